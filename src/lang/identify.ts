import { ENGLISH_FUNCTION_WORDS } from './en/language-markers.ts';
import { INDONESIAN_ONLY_MARKERS, MALAYIC_COMMON_WORDS } from './id/language-markers.ts';
import { forEachWord, isAsciiLetter, type WordPattern } from './id/word-scan.ts';
import { MALAY_ONLY_MARKERS } from './ms-markers.ts';

export interface LanguageGuess {
  /** `id`, `ms`, `en`, or `und` when the text is in another language or too short to tell. */
  language: string;
  /** 0–1: how clearly the winner won, scaled down for little evidence; 0 for `und` from too short a text. */
  confidence: number;
}

/** Enough for any article's language; keeps the cost flat for huge inputs. */
const SAMPLE_CHARS = 10_000;
const MIN_LETTERS = 20;
/** Fewer marker words than this and the text is too short to call. */
const MIN_MARKER_HITS = 3;
/** Words needed before a lack of markers says "another language" rather than "too short". */
const MIN_WORDS_FOR_OTHER_LANGUAGE = 15;
/** Marker hits that count as full evidence; below it confidence shrinks. */
const FULL_EVIDENCE_HITS = 12;
/** English or Malay-Indonesian prose has well over this share of marker words; other languages don't. */
const MIN_MARKER_SHARE = 0.08;
/** Malay wins only on at least this much weighted evidence, and more of it than Indonesian. */
const MIN_MALAY_SCORE = 2;

const WORD: WordPattern = {
  pattern: /\p{L}+(?:[-'’]\p{L}+)*/gu,
  isWordChar: isAsciiLetter,
  isJoiner: (code) => code === 45 || code === 39,
  marks: false,
};

interface Tally {
  words: number;
  english: number;
  malayic: number;
  indonesianScore: number;
  malayScore: number;
}

/** A marker list as a map (no prototype keys such as "constructor"), with the first words of its pairs. */
interface MarkerTable {
  weights: Map<string, number>;
  pairStarts: Set<string>;
}

function markerTable(markers: Readonly<Record<string, number>>): MarkerTable {
  const weights = new Map(Object.entries(markers));
  const pairStarts = new Set(
    [...weights.keys()].filter((key) => key.includes(' ')).map((key) => key.split(' ')[0]!),
  );
  return { weights, pairStarts };
}

const INDONESIAN = markerTable(INDONESIAN_ONLY_MARKERS);
const MALAY = markerTable(MALAY_ONLY_MARKERS);

/** Everything the tally asks about one word, found with one lookup instead of six. */
interface WordFacts {
  english: boolean;
  malayicCommon: boolean;
  indonesian: number | undefined;
  malay: number | undefined;
  startsIndonesianPair: boolean;
  startsMalayPair: boolean;
}

const WORD_FACTS: ReadonlyMap<string, WordFacts> = (() => {
  const facts = new Map<string, WordFacts>();
  const words = [
    ...ENGLISH_FUNCTION_WORDS,
    ...MALAYIC_COMMON_WORDS,
    ...INDONESIAN.weights.keys(),
    ...MALAY.weights.keys(),
    ...INDONESIAN.pairStarts,
    ...MALAY.pairStarts,
  ];
  for (const word of words) {
    facts.set(word, {
      english: ENGLISH_FUNCTION_WORDS.has(word),
      malayicCommon: MALAYIC_COMMON_WORDS.has(word),
      indonesian: INDONESIAN.weights.get(word),
      malay: MALAY.weights.get(word),
      startsIndonesianPair: INDONESIAN.pairStarts.has(word),
      startsMalayPair: MALAY.pairStarts.has(word),
    });
  }
  return facts;
})();

/** The marker (the word, or the two-word pair it ends) and its weight, if any. */
function markerOf(
  table: MarkerTable,
  word: string,
  single: number | undefined,
  previous: string,
  previousStartsPair: boolean,
): [string, number] | null {
  if (single !== undefined) return [word, single];
  if (!previousStartsPair) return null;
  const pair = `${previous} ${word}`;
  const double = table.weights.get(pair);
  return double !== undefined ? [pair, double] : null;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;

/** Share of letters outside the Latin script, or null when there are too few letters to judge. */
function nonLatinShare(text: string): number | null {
  let letters = 0;
  let latin = 0;
  // By code unit, not `for…of`: that made a string of every character.
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      letters++;
      latin++;
    } else if (code >= 0x80) {
      const point = text.codePointAt(at)!;
      if (point > 0xffff) at++;
      const ch = String.fromCodePoint(point);
      if (!LETTER.test(ch)) continue;
      letters++;
      if (LATIN.test(ch)) latin++;
    }
  }
  return letters < MIN_LETTERS ? null : (letters - latin) / letters;
}

/** How a token may count: lower-case words fully; capitalised sentence openers as function words only. */
type WordUse = { word: string; opener: boolean } | null;

/** Letters a–z, hyphens and apostrophes only: most words, and they count as they are. */
function isPlainLowerCase(token: string): boolean {
  for (let at = 0; at < token.length; at++) {
    const code = token.charCodeAt(at);
    if (!((code >= 97 && code <= 122) || code === 45 || code === 39)) return false;
  }
  return true;
}

function wordUse(token: string, text: string, index: number): WordUse {
  if (isPlainLowerCase(token)) return { word: token, opener: false };
  const word = token.replace('’', "'");
  const lower = word.toLowerCase();
  if (word === lower) return { word, opener: false };
  if (word.slice(1) !== lower.slice(1)) return null;
  const before = text.slice(Math.max(0, index - 4), index);
  const opensSentence = /(\n|[.!?"“‘(])\s*$/.test(before) || (index <= 4 && before.trim() === '');
  return opensSentence ? { word: lower, opener: true } : null;
}

function firstTimeWeight(marker: [string, number] | null, seen: Set<string>): number {
  if (!marker || seen.has(marker[0])) return 0;
  seen.add(marker[0]);
  return marker[1];
}

/**
 * Counts marker words. Only lower-case tokens (and, as function words, capitalised sentence
 * openers) count, so names (Wang, Serikat) never do. Indonesian and Malay markers score once per distinct word, so one topic
 * word repeated (cukai rokok…) cannot outvote the rest of the text.
 */
function tally(text: string): Tally {
  const counts: Tally = { words: 0, english: 0, malayic: 0, indonesianScore: 0, malayScore: 0 };
  const seenIndonesian = new Set<string>();
  const seenMalay = new Set<string>();
  let previous = '';
  let previousFacts: WordFacts | undefined;
  forEachWord(text, WORD, (start, end) => {
    const use = wordUse(text.slice(start, end), text, start);
    if (use === null) {
      previous = '';
      previousFacts = undefined;
      return;
    }
    const { word, opener } = use;
    const facts = WORD_FACTS.get(word);
    counts.words++;
    // A capitalised opener may be a name (Wang, Puan): it never scores as an Indonesian or Malay marker.
    const indonesian = opener
      ? null
      : markerOf(INDONESIAN, word, facts?.indonesian, previous, previousFacts?.startsIndonesianPair === true);
    const malay = opener
      ? null
      : markerOf(MALAY, word, facts?.malay, previous, previousFacts?.startsMalayPair === true);
    if (facts?.english) counts.english++;
    else if (facts?.malayicCommon || indonesian || malay) counts.malayic++;
    counts.indonesianScore += firstTimeWeight(indonesian, seenIndonesian);
    counts.malayScore += firstTimeWeight(malay, seenMalay);
    previous = word;
    previousFacts = facts;
  });
  return counts;
}

function indonesianOrMalay(counts: Tally, share: number, evidence: number): LanguageGuess {
  const { indonesianScore: id, malayScore: ms } = counts;
  // Laplace-smoothed: with no distinctive word at all the split is an even 0.5.
  if (ms >= MIN_MALAY_SCORE && ms > id)
    return { language: 'ms', confidence: round2(share * evidence * ((ms + 1) / (id + ms + 2))) };
  return { language: 'id', confidence: round2(share * evidence * ((id + 1) / (id + ms + 2))) };
}

/**
 * Tells Indonesian, Malay and English apart by counting hand-written marker words: function words
 * separate English from Malay-Indonesian, then spellings and word choices separate Indonesian from
 * Malay. Other scripts, other languages and too-short texts give `und`.
 */
export function identifyLanguage(text: string): LanguageGuess {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const foreignScript = nonLatinShare(sample);
  if (foreignScript === null) return { language: 'und', confidence: 0 };
  if (foreignScript > 0.5) return { language: 'und', confidence: round2(foreignScript) };
  const counts = tally(sample);
  const hits = counts.english + counts.malayic;
  const topShare = counts.words > 0 ? Math.max(counts.english, counts.malayic) / counts.words : 0;
  if (hits < MIN_MARKER_HITS || topShare < MIN_MARKER_SHARE) {
    // Many words but few markers: another language, the fewer markers the surer. Few words: no idea.
    const otherLanguage = counts.words >= MIN_WORDS_FOR_OTHER_LANGUAGE;
    const confidence = otherLanguage ? round2(1 - Math.min(1, topShare / MIN_MARKER_SHARE)) : 0;
    return { language: 'und', confidence };
  }
  const evidence = Math.min(1, hits / FULL_EVIDENCE_HITS);
  if (counts.english > counts.malayic)
    return { language: 'en', confidence: round2((counts.english / hits) * evidence) };
  return indonesianOrMalay(counts, counts.malayic / hits, evidence);
}
