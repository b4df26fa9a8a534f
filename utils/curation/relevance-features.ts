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
 * "duplicate" in another. Written as plain words, stemmed below as relevanceWords stems them;
 * "a b" is a pair of neighbouring words once stopwords are gone.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  many: (
    'server servers machine machines node nodes cluster clusters replica replicas copy copies region regions ' +
    'datacenter datacenters zone zones fleet host hosts worker workers shard shards instance instances peer peers ' +
    'continent continents site sites device devices phone phones laptop laptops office offices broker brokers ' +
    'consumer consumers producer producers services microservice microservices backend backends'
  ).split(' '),
  failure: (
    'fail fails failed failing failure failures crash crashes crashed die dies died dead down downtime outage ' +
    'outages lost losing lose loses survive survives surviving recover recovery timeout timeouts slow partial ' +
    'disaster incident incidents postmortem failover burn burns dark blip hiccup flaky unreliable stall stalls ' +
    'hang stuck drop dropped dropping missing corrupt corruption lie lies restart restarts reboot kill killing ' +
    'chaos drill drills availability nines resilient resilience'
  ).split(' '),
  repeat: (
    'twice duplicate duplicates duplicated double doubled again retry retries retried resend replay replays ' +
    'repeat repeated idempotent idempotency race races racing concurrent concurrently simultaneous ' +
    'simultaneously collide clash overlap both once'
  ).split(' '),
  agreement: (
    'agree agrees agreement disagree disagrees sync syncing synced step consistent inconsistent consistency ' +
    'stale lag lagging behind catch drift diverge mismatch reconcile reconciliation reconciling match order ' +
    'ordered ordering sequence clock clocks timestamp timestamps late arrive offline reconnect reconnecting ' +
    'merge merging merged conflict conflicts version versions final truth'
  ).split(' '),
  scale: (
    'million millions billion billions thousand thousands huge peak spike surge load traffic busy hot grow ' +
    'growth split splitting spread spreading capacity throughput latency bottleneck backlog fan-out bigger'
  ).split(' '),
  data: (
    'database databases table tables row rows record records write writes read reads transaction transactions ' +
    'queue queues event events message messages log logs stream streams'
  ).split(' '),
  frontend: (
    'css html react component components ui ux design designer animation font fonts color colour button ' +
    'browser page image images theme layout dom tailwind figma'
  ).split(' '),
  people: (
    'career interview interviews hiring hire manager managers managing team teams promotion burnout mentor ' +
    'mentoring culture meeting meetings founder founders job salary remote productivity habit habits'
  ).split(' '),
  company: (
    'announce announcing announcement launch launches raise raises funding award webinar summit keynote ' +
    'welcome pricing certified hackathon'
  ).split(' '),
};

/** The concepts of the situation a distributed-systems post describes; counted together below. */
const SYSTEMS_CONCEPTS = new Set(['many', 'failure', 'repeat', 'agreement', 'scale']);

const CONCEPT_OF = new Map<string, string>();
for (const [concept, members] of Object.entries(CONCEPTS)) {
  for (const member of members) CONCEPT_OF.set(relevanceWords(member).join('_'), concept);
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

/**
 * The distinct features of a post; presence counts, repetition does not. One more says how
 * many of the systems concepts the post touches at all ("x:concepts3"): a post that speaks of
 * many machines, of failure and of order is about systems, whichever words it picks.
 */
export function relevanceFeatures(input: { title: string; summary: string; categories: readonly string[] }): string[] {
  const features = new Set<string>();
  add(features, 't', relevanceWords(input.title));
  add(features, 'b', relevanceWords(input.summary));
  for (const category of input.categories) add(features, 'b', relevanceWords(category));
  const concepts = new Set<string>();
  for (const feature of features) {
    const concept = feature.split(':@')[1];
    if (concept !== undefined && SYSTEMS_CONCEPTS.has(concept)) concepts.add(concept);
  }
  for (let count = 2; count <= concepts.size; count += 1) features.add(`x:concepts${count}`);
  return [...features];
}
