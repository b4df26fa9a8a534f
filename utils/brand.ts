/**
 * Quorum's accent colour, for the places that cannot read the pages' CSS variables: the toolbar
 * badge and the content script's shadow roots. The pages' --accent (components/styles.css)
 * is this same colour in light mode.
 */
export const BRAND_COLOUR = '#3446c9';
