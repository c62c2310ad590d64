import { type ClusterOptions, DEFAULT_CLUSTER_OPTIONS, learnWordClusters } from './clusters.ts';

/**
 * What unlabelled news teaches about single words, shipped inside the NER model: how often a word
 * is capitalised away from the start of a sentence (a name-likeness prior that also works on
 * lower-cased text), and its distributional cluster.
 */
export interface WordResources {
  /** Lower-cased word → capitalisation class: A always, M mostly, S sometimes, L (almost) never. */
  capitalisation: Map<string, string>;
  /** Lower-cased word → `fine:coarse` cluster ids. */
  clusters: Map<string, string>;
}

const MIN_OCCURRENCES = 2;
const SENTENCE_OPENERS = new Set(['"', '“', "'", '‘', '(', '[', '-', '—', ':', '.', '!', '?']);

function capitalisationClass(capitalised: number, total: number): string {
  const share = capitalised / total;
  if (share >= 0.95) return 'A';
  if (share >= 0.6) return 'M';
  if (share >= 0.15) return 'S';
  return 'L';
}

function learnCapitalisation(sentences: string[][]): Map<string, string> {
  const tallies = new Map<string, [number, number]>();
  for (const sentence of sentences) {
    for (let at = 1; at < sentence.length; at++) {
      const token = sentence[at]!;
      if (!/^\p{L}/u.test(token) || SENTENCE_OPENERS.has(sentence[at - 1]!)) continue;
      const lower = token.toLowerCase();
      const tally = tallies.get(lower) ?? [0, 0];
      if (/^\p{Lu}/u.test(token)) tally[0]++;
      tally[1]++;
      tallies.set(lower, tally);
    }
  }
  const classes = new Map<string, string>();
  for (const [word, [capitalised, total]] of tallies) {
    if (total >= MIN_OCCURRENCES) classes.set(word, capitalisationClass(capitalised, total));
  }
  return classes;
}

export function learnWordResources(
  sentences: string[][],
  clusterOptions: ClusterOptions = DEFAULT_CLUSTER_OPTIONS,
): WordResources {
  // Stray whitespace tokens in the source would break the one-word-per-line file format.
  const clean = sentences.map((sentence) => sentence.filter((token) => token !== '' && !/\s/u.test(token)));
  return { capitalisation: learnCapitalisation(clean), clusters: learnWordClusters(clean, clusterOptions) };
}

/** One line per word: `word<TAB>capitalisation<TAB>cluster`, empty fields where unknown. */
export function serialiseWordResources(resources: WordResources): string {
  const words = new Set([...resources.capitalisation.keys(), ...resources.clusters.keys()]);
  return [...words]
    .sort()
    .map(
      (word) => `${word}\t${resources.capitalisation.get(word) ?? ''}\t${resources.clusters.get(word) ?? ''}`,
    )
    .join('\n');
}

export function parseWordResources(text: string): WordResources {
  const capitalisation = new Map<string, string>();
  const clusters = new Map<string, string>();
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const lineEnd = newline < 0 ? text.length : newline;
    const firstTab = text.indexOf('\t', start);
    const secondTab = firstTab < 0 ? -1 : text.indexOf('\t', firstTab + 1);
    if (firstTab > start && secondTab > firstTab && secondTab < lineEnd) {
      const word = text.slice(start, firstTab);
      if (secondTab > firstTab + 1) capitalisation.set(word, text.slice(firstTab + 1, secondTab));
      if (lineEnd > secondTab + 1) clusters.set(word, text.slice(secondTab + 1, lineEnd));
    }
    start = lineEnd + 1;
  }
  return { capitalisation, clusters };
}
