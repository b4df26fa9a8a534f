/**
 * The words and word pairs the relevance model weighs. Shared by the classifier at run time
 * and by scripts/train-relevance.mjs, so the weights are learned on exactly the features they
 * are later applied to.
 *
 * A feature is a field prefix and a word ("t:raft"), or two neighbouring words
 * ("b:same_time"), after dropping stopwords and a plural "s". Title words ("t:") are kept
 * apart from body words ("b:": the summary and the categories): a word means more in a title.
 */

const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under about as is are was ' +
    'were be been being am this that these those it its it’s i me my we our us you your he she they them his her ' +
    'their what which who whom how why when where there here so than then too very can could will would should ' +
    'may might must do does did done has have had having not no yes all any some each every more most other such ' +
    'only own just also if s t ve re ll d'
  ).split(' '),
);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** Lower-case words without stopwords, in order. */
export function relevanceWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu);
  return (words ?? []).filter((word) => !STOPWORDS.has(word)).map(stem);
}

/**
 * Plain words grouped by the situation they describe. A post about distributed systems that
 * avoids the jargon still talks of many machines, of things failing, happening twice or out of
 * order; a group is one feature, so what the model learns from "twice" in one post carries to
 * "duplicate" in another. Stemmed as relevanceWords stems; phrases are word pairs.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  many: [
    'server',
    'machine',
    'node',
    'cluster',
    'replica',
    'copie',
    'copy',
    'region',
    'data_centre',
    'data_center',
    'datacenter',
    'zone',
    'fleet',
    'host',
    'worker',
    'shard',
    'instance',
    'peer',
    'continent',
    'site',
  ],
  failure: [
    'fail',
    'failure',
    'fails',
    'failed',
    'crash',
    'crashe',
    'die',
    'dies',
    'dead',
    'down',
    'outage',
    'lost',
    'losing',
    'lose',
    'survive',
    'surviving',
    'recover',
    'recovery',
    'timeout',
    'slow',
    'partial',
    'disaster',
    'incident',
    'postmortem',
    'failover',
    'burn',
  ],
  repeat: [
    'twice',
    'duplicate',
    'double',
    'again',
    'retry',
    'retrie',
    'repeat',
    'once',
    'same_time',
    'at_once',
    'race',
    'racing',
    'together',
    'concurrent',
    'simultaneou',
    'collide',
  ],
  agreement: [
    'agree',
    'agreement',
    'disagree',
    'sync',
    'in_step',
    'consistent',
    'stale',
    'old_data',
    'behind',
    'lag',
    'catch',
    'merge',
    'merging',
    'conflict',
    'reconcile',
    'reconciliation',
    'right',
    'wrong',
    'truth',
    'order',
    'ordering',
    'ordered',
    'clock',
    'late',
    'offline',
    'reconnect',
    'drift',
    'version',
  ],
  scale: [
    'million',
    'billion',
    'thousand',
    'peak',
    'split',
    'splitting',
    'spread',
    'spreading',
    'busy',
    'load',
    'traffic',
    'capacity',
    'throughput',
    'latency',
    'scale',
    'bigger',
    'grow',
    'hot',
  ],
  data: [
    'database',
    'table',
    'row',
    'record',
    'write',
    'read',
    'transaction',
    'queue',
    'event',
    'message',
    'log',
    'stream',
  ],
  frontend: [
    'css',
    'html',
    'react',
    'component',
    'ui',
    'ux',
    'design',
    'designer',
    'animation',
    'font',
    'color',
    'colour',
    'button',
    'browser',
    'page',
    'image',
    'mobile_ui',
    'theme',
    'layout',
    'dom',
    'tailwind',
    'figma',
  ],
  people: [
    'career',
    'interview',
    'hiring',
    'hire',
    'manager',
    'managing',
    'team',
    'promotion',
    'burnout',
    'mentor',
    'mentoring',
    'culture',
    'meeting',
    'founder',
    'job',
    'salary',
    'remote',
    'productivity',
    'habit',
    'decision',
  ],
  company: [
    'announce',
    'announcing',
    'launch',
    'launche',
    'release',
    'raise',
    'funding',
    'award',
    'customer_story',
    'webinar',
    'summit',
    'keynote',
    'join',
    'welcome',
    'new_look',
    'pricing',
    'certified',
  ],
};

const CONCEPT_OF = new Map<string, string>();
for (const [concept, members] of Object.entries(CONCEPTS)) {
  for (const member of members) CONCEPT_OF.set(member, concept);
}

function addConcepts(into: Set<string>, prefix: string, words: readonly string[]): void {
  for (let index = 0; index < words.length; index += 1) {
    const single = CONCEPT_OF.get(words[index]!);
    if (single) into.add(`${prefix}:@${single}`);
    if (index > 0) {
      const pair = CONCEPT_OF.get(`${words[index - 1]}_${words[index]}`);
      if (pair) into.add(`${prefix}:@${pair}`);
    }
  }
}

function add(into: Set<string>, prefix: string, words: readonly string[]): void {
  addConcepts(into, prefix, words);
  for (let index = 0; index < words.length; index += 1) {
    into.add(`${prefix}:${words[index]}`);
    if (index > 0) into.add(`${prefix}:${words[index - 1]}_${words[index]}`);
  }
}

/** The distinct features of a post; presence counts, repetition does not. */
export function relevanceFeatures(input: { title: string; summary: string; categories: readonly string[] }): string[] {
  const features = new Set<string>();
  add(features, 't', relevanceWords(input.title));
  add(features, 'b', relevanceWords(input.summary));
  for (const category of input.categories) add(features, 'b', relevanceWords(category));
  return [...features];
}
