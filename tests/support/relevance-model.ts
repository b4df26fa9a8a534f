import weights from '../../public/model/relevance-weights.json';
import { RelevanceWeightsSchema } from '../../utils/curation/relevance-model';

/** The shipped weights, read as the extension reads them: parsed by their schema. */
export const TRAINED_MODEL = RelevanceWeightsSchema.parse(weights);
