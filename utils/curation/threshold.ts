/**
 * Feed articles scoring below this relevance are "low relevance": stored, but hidden from
 * picks unless the reader asks for them. The classifier is calibrated against it, and it is
 * the default of the user's setting.
 */
export const DEFAULT_RELEVANCE_THRESHOLD = 0.35;
