import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Indonesian stemmer by affix rules. Every reading of a word's affixes (particle, possessive,
 * derivational suffix, up to three prefixes with their sound changes: meny- → s, mem- → p/m,
 * men- → t/n, meng- → k/∅, peny-, pem-, pen-, peng-, ber-, ter-, per-) yields a candidate root.
 * A word-frequency lexicon learned from news (scripts/build-lexicon.ts) picks among them; without
 * it the first reading of each rule wins.
 */

const MIN_ROOT_LENGTH = 3;
const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];
/** Prefix and suffix pairs that Indonesian never combines around one root (be-…-i, di-…-an, …). */
const FORBIDDEN_CONFIXES = new Set(['be:i', 'di:an', 'ke:i', 'ke:kan', 'me:an', 'se:i', 'se:kan', 'te:an']);

const VOWEL = /^[aiueo]/;
/** Bare affixes are never roots, however often they occur as stray tokens. */
const AFFIX_FORMS = new Set([
  'ber',
  'ter',
  'per',
  'mem',
  'men',
  'meng',
  'meny',
  'pem',
  'pen',
  'peng',
  'peny',
  'nya',
  'kan',
]);

interface Reading {
  root: string;
  prefixes: string[];
  suffix: string | null;
}

/** Roots the prefix `prefix` may leave, given the rest of the word after it. */
function prefixVariants(word: string): { prefix: string; roots: string[] }[] {
  const out: { prefix: string; roots: string[] }[] = [];
  const add = (prefix: string, ...roots: string[]) => out.push({ prefix, roots });
  for (const simple of ['di', 'ke', 'se']) if (word.startsWith(simple)) add(simple, word.slice(2));
  if (word.startsWith('belajar')) add('be', word.slice(3));
  if (word.startsWith('pelajar')) add('pe', word.slice(3));
  addNasalVariants(word, 'me', add);
  addNasalVariants(word, 'pe', add);
  for (const [prefix, head] of [
    ['be', 'ber'],
    ['te', 'ter'],
    ['pe', 'per'],
  ] as const) {
    if (!word.startsWith(head)) {
      if (word.startsWith(prefix) && /^[^aiueo]er/.test(word.slice(2))) add(prefix, word.slice(2));
      continue;
    }
    const rest = word.slice(3);
    if (VOWEL.test(rest)) add(prefix, rest, `r${rest}`);
    else add(prefix, rest);
  }
  return out;
}

/** me-/pe- with the nasal that assimilates to the root's first sound. */
function addNasalVariants(
  word: string,
  prefix: 'me' | 'pe',
  add: (p: string, ...roots: string[]) => void,
): void {
  if (!word.startsWith(prefix)) return;
  const rest = word.slice(2);
  if (/^[lrwy][aiueo]/.test(rest)) add(prefix, rest);
  if (/^m[bfv]/.test(rest)) add(prefix, rest.slice(1));
  if (/^mp[aiueo]/.test(rest) && !rest.startsWith('mper')) add(prefix, rest.slice(1));
  if (rest.startsWith('mper')) add(prefix, rest.slice(1));
  if (/^m[aiueo]/.test(rest)) add(prefix, `p${rest.slice(1)}`, rest);
  if (/^n(?:[cdjz]|sy)/.test(rest)) add(prefix, rest.slice(1));
  if (/^n[aiueo]/.test(rest)) add(prefix, `t${rest.slice(1)}`, rest);
  if (/^ng[ghkq]/.test(rest)) add(prefix, rest.slice(2));
  if (/^nge[^aiueo]/.test(rest)) add(prefix, rest.slice(3));
  if (/^ng[aiueo]/.test(rest)) add(prefix, rest.slice(2), `k${rest.slice(2)}`, rest);
  if (/^ny[aiueo]/.test(rest)) add(prefix, `s${rest.slice(2)}`, rest);
  if (prefix === 'pe' && /^[bcdfgjkpstz][aiueo]/.test(rest)) add(prefix, rest);
}

function stripPrefixes(reading: Reading, out: Reading[]): void {
  out.push(reading);
  if (reading.prefixes.length >= 3) return;
  for (const { prefix, roots } of prefixVariants(reading.root)) {
    if (reading.prefixes.includes(prefix)) continue;
    if (
      reading.suffix &&
      FORBIDDEN_CONFIXES.has(`${prefix}:${reading.suffix}`) &&
      reading.prefixes.length === 0
    ) {
      continue;
    }
    for (const root of roots) {
      if (root.length < MIN_ROOT_LENGTH || !/[aiueo]/.test(root)) continue;
      stripPrefixes({ root, prefixes: [...reading.prefixes, prefix], suffix: reading.suffix }, out);
    }
  }
}

function withoutEnding(word: string, endings: string[]): string[] {
  const forms = [word];
  for (const ending of endings) {
    const rest = word.slice(0, word.length - ending.length);
    if (word.endsWith(ending) && rest.length >= MIN_ROOT_LENGTH) forms.push(rest);
  }
  return forms;
}

/** A candidate root and how many affixes were removed to reach it. */
interface Stripped {
  root: string;
  affixes: number;
}

function affixReadings(word: string): Stripped[] {
  const found: Stripped[] = [];
  const collect = (start: Reading, endings: number) => {
    const readings: Reading[] = [];
    stripPrefixes(start, readings);
    for (const reading of readings)
      found.push({ root: reading.root, affixes: endings + reading.prefixes.length });
  };
  for (const noParticle of withoutEnding(word, PARTICLES)) {
    for (const noPossessive of withoutEnding(noParticle, POSSESSIVES)) {
      const endings = (noParticle === word ? 0 : 1) + (noPossessive === noParticle ? 0 : 1);
      collect({ root: noPossessive, prefixes: [], suffix: null }, endings);
      for (const suffix of SUFFIXES) {
        const rest = noPossessive.slice(0, noPossessive.length - suffix.length);
        if (!noPossessive.endsWith(suffix) || rest.length < MIN_ROOT_LENGTH) continue;
        if (suffix === 'i' && rest.endsWith('i')) continue;
        collect({ root: rest, prefixes: [], suffix }, endings + 1);
      }
    }
  }
  return found;
}

/** Every affix reading of a lower-cased word, the word itself first. */
export function stemCandidates(word: string): string[] {
  return [...new Set(affixReadings(word).map((reading) => reading.root))];
}

/** Word counts learned from news text; only lower-case occurrences count, so names stay out. */
export type WordFrequencies = ReadonlyMap<string, number>;

const LEXICON_PATH = resolve(dirname(fileURLToPath(import.meta.url)), '../../../models/id-words.tsv');
let lexicon: WordFrequencies | null | undefined;

/** The shipped word-frequency lexicon, loaded once; null when the file is absent. */
export function loadWordFrequencies(path: string = LEXICON_PATH): WordFrequencies | null {
  if (path === LEXICON_PATH && lexicon !== undefined) return lexicon;
  const loaded = existsSync(path) ? parseWordFrequencies(readFileSync(path, 'utf8')) : null;
  if (path === LEXICON_PATH) lexicon = loaded;
  return loaded;
}

export function parseWordFrequencies(tsv: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of tsv.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) counts.set(line.slice(0, tab), Number(line.slice(tab + 1)));
  }
  return counts;
}

/** A stripped root must be this common in absolute terms and relative to the word it came from. */
const MIN_ROOT_COUNT = 4;
const MIN_ROOT_SHARE = 0.03;

/** Picks the attested candidate root; `candidates[0]` is the word itself. */
function chooseRoot(candidates: string[], frequencies: WordFrequencies): string {
  const word = candidates[0]!;
  const floor = Math.max(MIN_ROOT_COUNT, MIN_ROOT_SHARE * (frequencies.get(word) ?? 0));
  let best = word;
  let bestCount = 0;
  for (const candidate of candidates.slice(1)) {
    const count = frequencies.get(candidate) ?? 0;
    if (count < floor || AFFIX_FORMS.has(candidate)) continue;
    if (count > bestCount || (count === bestCount && candidate.length < best.length)) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

/** Without a lexicon: the reading that removes the most affixes, the first rule variant on ties. */
function mostAffixesRemoved(word: string): string {
  let best: Stripped = { root: word, affixes: 0 };
  for (const reading of affixReadings(word)) if (reading.affixes > best.affixes) best = reading;
  return best.root;
}

/**
 * Lower-cased stem of one word. Hyphenated reduplications stem to their first half
 * (`buku-buku` → `buku`); words with digits or other scripts come back lower-cased.
 */
export function stem(word: string, frequencies: WordFrequencies | null = loadWordFrequencies()): string {
  const lower = word.toLowerCase();
  const halves = lower.split('-');
  if (halves.length === 2 && halves[0] && halves[0] === halves[1]) return stem(halves[0], frequencies);
  if (!/^[a-z]+$/.test(lower) || lower.length <= MIN_ROOT_LENGTH + 1) return lower;
  if (!frequencies) return mostAffixesRemoved(lower);
  // A common derived form (memberi) may win over its root (beri) at first; stem again until stable.
  let current = lower;
  for (;;) {
    const next = chooseRoot(stemCandidates(current), frequencies);
    if (next === current) return current;
    current = next;
  }
}
