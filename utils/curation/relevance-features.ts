/**
 * The words and word pairs the relevance model weighs. Shared by the classifier at run time
 * and by scripts/train-relevance.mjs, so the weights are learned on exactly the features they
 * are later applied to.
 *
 * A feature is a field prefix and a word ("t:raft"), two neighbouring words ("b:same_tim"),
 * or a concept ("t:@failure"), after dropping stopwords and stemming (stem, below). Title words
 * ("t:") are kept apart from body words ("b:": the summary and the categories): a word means
 * more in a title.
 */

/**
 * Words that say little on their own and are dropped. Who is speaking and how a title asks are
 * kept (PLAIN_MARKERS below): "how we", "my" and "what happens when" tell an engineering
 * write-up, a personal project and a plain-language explainer apart.
 */
const STOPWORDS = new Set(
  (
    'a an the and or but nor of to in on at by for from with without into onto over under about as is are was ' +
    'were be been being am this that these those it its it’s he she they them his her ' +
    'their which who whom there here so than then too very can could will would should ' +
    'may might must do does did done has have had having not no yes any some more most other such ' +
    'only own just also if s t ve re ll d'
  ).split(' '),
);

/**
 * A light suffix stripper, so "crashed", "crashes" and "crashing" are one word and what the
 * model learns from one form carries to the others: a plural "s" or "ies", then "ing", "ed"
 * or "ly", a doubled final consonant ("stopped" → "stop") and a final "e" ("scale" and
 * "scaling" → "scal"). Words with digits stay as they are. The stems are not always words;
 * explanations show the word as the post wrote it (relevanceTokens).
 */
function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  let stemmed = word;
  if (stemmed.length > 3 && stemmed.endsWith('s') && !stemmed.endsWith('ss') && !stemmed.endsWith('us')) {
    stemmed = stemmed.slice(0, -1);
  }
  if (/\d/.test(stemmed)) return stemmed;
  const ends = (suffix: string, keep: number) => stemmed.endsWith(suffix) && stemmed.length - suffix.length >= keep;
  if (ends('ing', 3)) stemmed = stemmed.slice(0, -3);
  else if (ends('ed', 3)) stemmed = stemmed.slice(0, -2);
  else if (ends('ly', 4)) stemmed = stemmed.slice(0, -2);
  const last = stemmed.at(-1) ?? '';
  if (stemmed.length > 3 && last === stemmed.at(-2) && !'lsz'.includes(last)) stemmed = stemmed.slice(0, -1);
  if (stemmed.length > 4 && stemmed.endsWith('e')) stemmed = stemmed.slice(0, -1);
  return stemmed;
}

/**
 * Pronouns, question words and "every/all/each", which STOPWORDS keeps: weighed by the model,
 * but never shown to a reader as a reason for a pick. As stems, the form features carry.
 */
export const PLAIN_MARKER_STEMS: ReadonlySet<string> = new Set(
  'i me my we our us you your what how why when where every all each'.split(' ').map(stem),
);

const BARE_NUMBER = /^\p{N}+$/u;
/** Stems of words seen before: feeds repeat their words, and a sync classifies thousands of posts. */
const STEMS = new Map<string, string>();
const MAX_REMEMBERED_STEMS = 50_000;

function rememberedStem(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    stemmed = stem(word);
    if (STEMS.size < MAX_REMEMBERED_STEMS) STEMS.set(word, stemmed);
  }
  return stemmed;
}

/**
 * The words of a text without stopwords, in order, lower case. Bare numbers ("part 2", "2024",
 * "#301") say nothing about a subject and are left out; a number with letters ("10x", "2pc")
 * is a word.
 */
function plainWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .match(/[\p{L}\p{N}][\p{L}\p{N}+#]*/gu);
  return (words ?? []).filter((word) => !STOPWORDS.has(word) && !BARE_NUMBER.test(word));
}

/** The words of a text as plainWords finds them, each as written and stemmed: for explanations. */
export function relevanceTokens(text: string): { word: string; stem: string }[] {
  return plainWords(text).map((word) => ({ word, stem: rememberedStem(word) }));
}

/** Lower-case stemmed words without stopwords or bare numbers, in order. */
export function relevanceWords(text: string): string[] {
  return plainWords(text).map(rememberedStem);
}

/**
 * Plain words grouped by the situation they describe. A post about distributed systems that
 * avoids the jargon still talks of many machines, of things failing, happening twice or out of
 * order; a group is one feature, so what the model learns from "twice" in one post carries to
 * "duplicate" in another. The last groups name the other places a general feed's posts come
 * from (the browser, careers, company news, travel and books, one developer's machine, home
 * projects, logins and attacks, machine learning), so that a field word used there in another sense ("a
 * partition table", "consensus in a team", "Kafka" the novelist) meets words that say where it
 * is. Written as plain words, stemmed below as relevanceWords stems them; a hyphenated "a-b" is
 * a pair of neighbouring words once stopwords are gone.
 */
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  many: (
    'server servers machine machines node nodes cluster clusters fleet host hosts worker workers instance ' +
    'instances peer peers device devices phone phones laptop laptops services microservice microservices ' +
    'backend backends cloud clouds network networks distributed decentralized peer-to-peer p2p edge cdn cable ' +
    'cables player players client clients provider providers dependency dependencies upstream downstream ' +
    'container containers vm vms pod pods box boxes computer computers'
  ).split(' '),
  places: (
    'region regions datacenter datacenters data-center data-centers data-centre data-centres zone zones ' +
    'continent continents site sites office offices country countries city cities ocean oceans multi-region ' +
    'cross-region global globally everywhere worldwide world internet building buildings geo'
  ).split(' '),
  copies: (
    'replica replicas copy copies mirror mirrors standby standbys follower followers secondary secondaries ' +
    'primary primaries identical same replicate replicated replicating replication'
  ).split(' '),
  failure: (
    'fail fails failed failing failure failures crash crashes crashed die dies died dead down downtime outage ' +
    'outages lost losing lose loses survive survives surviving recover recovery timeout timeouts slow partial ' +
    'disaster incident incidents postmortem failover burn burns dark blip hiccup flaky unreliable stall stalls ' +
    'hang stuck drop dropped dropping missing corrupt corruption restart restarts reboot kill killing ' +
    'chaos drill drills availability nines resilient resilience uptime redundancy redundant ' +
    'fallback degrade degraded graceful gracefully unavailable unreachable reliable reliability durable ' +
    'durability guarantee guarantees damage cascade cascading overload overloaded goes-down went-down safely ' +
    'vanish vanished disappear disappeared disappears gone forgot forget forgets silent silently broken break ' +
    'breaks broke power blackout stay-up stays-up split-brain'
  ).split(' '),
  repeat: (
    'twice duplicate duplicates duplicated double doubled again retry retries retried resend replay replays ' +
    'repeat repeated idempotent idempotency race races racing concurrent concurrently simultaneous ' +
    'simultaneously collide clash overlap both once dedupe deduplicate deduplication exactly-once least-once ' +
    'most-once same-time oversell oversold overselling overbook overbooked double-booked double-booking ' +
    'collision collisions two-people'
  ).split(' '),
  time: (
    'clock clocks timestamp timestamps order ordered ordering sequence sequences late arrive arrives ' +
    'arrived out-order before-after wall-clock drift drifting skew leap ' +
    'causal causality time-sortable sortable'
  ).split(' '),
  agreement: (
    'agree agrees agreement disagree disagrees sync syncing synced step consistent inconsistent consistency ' +
    'stale lag lagging behind catch catch-up drift-apart diverge mismatch reconcile reconciliation reconciling ' +
    'match offline reconnect reconnecting merge merging merged conflict conflicts version versions final ' +
    'truth coordinate coordination synchronize synchronise synchronization synchronisation synchronized ' +
    'converge convergence eventually lock locks locking lease leases collaborative multiplayer deliver delivered ' +
    'delivery acknowledge acknowledged acknowledgement ack acks confirm confirmed commit commits committed ' +
    'elect election leader leaders boss coordinator vote votes majority charge in-charge consensus'
  ).split(' '),
  flow: (
    'queue queues stream streams event events message messages log logs job jobs task tasks backlog broker ' +
    'brokers consumer consumers producer producers pipeline pipelines webhook webhooks ' +
    'publish subscribe subscriber subscribers inbox outbox'
  ).split(' '),
  split: (
    'shard shards sharded sharding split splitting spread spreading tenant tenants multi-tenant hot-key ' +
    'rebalance rebalancing key keys range ranges bucket buckets divide divided cell cells'
  ).split(' '),
  scale: (
    'million millions billion billions thousand thousands huge peak spike surge load traffic busy hot grow ' +
    'growth capacity throughput latency bottleneck fan-out bigger ' +
    'scale scaling scalable autoscaling autoscaler trillion trillions petabyte petabytes terabyte terabytes ' +
    'horizontal horizontally 10x 100x qps rps high-traffic busiest rush frenzy viral overwhelm ' +
    'overwhelmed flood flooded stampede thundering-herd heavy heaviest'
  ).split(' '),
  data: (
    'database databases table tables row rows record records write writes read reads transaction transactions ' +
    'storage store stores ledger ledgers balance balances inventory payment payments data cart carts basket ' +
    'account accounts ticket tickets seat seats counter counters count counts invoice invoices money transfer ' +
    'transfers file files'
  ).split(' '),
  frontend: (
    'css html react component components ui ux design designer animation font fonts color colour button ' +
    'browser page image images theme layout dom tailwind figma tab tabs javascript typescript redux'
  ).split(' '),
  people: (
    'career interview interviews hiring hire manager managers promotion burnout mentor ' +
    'mentoring culture meeting meetings founder founders job-offer salary remote productivity habit habits ' +
    'resume coworker coworkers standup standups onboarding'
  ).split(' '),
  company: (
    'announce announcing announcement launch launches raise raises funding award webinar summit keynote ' +
    'welcome pricing certified hackathon'
  ).split(' '),
  elsewhere: (
    'island islands beach beaches holiday holidays vacation travel trip hotel novel novels book books essay ' +
    'literature poem poetry history historical empire war museum recipe cooking food wine music album song film ' +
    'movie health medicine medical cancer disease brain gene genes genome protein clinical climate energy solar ' +
    'battery car cars rocket planet star telescope physics chemistry biology psychology parenting kids school ' +
    'student students sport sports running fitness politics political senate parliament government ' +
    'economy economics law court lawsuit judge religion church art exhibition gallery painting garden gardening'
  ).split(' '),
  local: (
    'shell terminal editor vim neovim emacs ide keyboard dotfiles bash zsh cli command-line compiler syntax regex ' +
    'unit-test unit-tests mock mocks mocking linter lint formatter git fdisk partition-table filesystem disk usb ' +
    'windows macos desktop goroutine goroutines thread threads mutex gil asyncio single-threaded heap heaps allocator garbage-collector lock-free cpu register registers'
  ).split(' '),
  hobby: 'homelab home-lab nas raspberry weekend hobby side-project family personal photos'.split(' '),
  auth: (
    'jwt oauth password passwords login authentication authenticate cookie cookies session sessions xss csrf ' +
    'phishing malware vulnerability vulnerabilities exploit cve hacker hackers attack attacks breach portfolio arduino toy'
  ).split(' '),
  ml: (
    'llm llms gpt model models training neural transformer transformers embedding embeddings fine-tune ' +
    'fine-tuning finetuning dataset datasets diffusion prompt prompts agent agents ai chatbot chatgpt'
  ).split(' '),
};

/** The concepts of the situation a distributed-systems post describes; counted together below. */
const SYSTEMS_CONCEPTS = new Set([
  'many',
  'places',
  'copies',
  'failure',
  'repeat',
  'time',
  'agreement',
  'flow',
  'split',
  'scale',
]);

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
