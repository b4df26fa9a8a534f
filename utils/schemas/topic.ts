import { z } from './zod';
import { TOPIC_IDS } from '../curation/topic-labels';

export const TopicSchema = z.enum(TOPIC_IDS);
export type Topic = z.infer<typeof TopicSchema>;
