/**
 * Abbreviations that end in a period in Indonesian news: a period after them is part of the word
 * and does not end a sentence. Stored lower-cased, without the final period.
 */

/** Titles and honorifics that stand before a name (a capital after them never starts a sentence). */
const TITLES_BEFORE_NAME = [
  'bpk',
  'bp',
  'dr',
  'drs',
  'dra',
  'ir',
  'prof',
  'h',
  'hj',
  'kh',
  'ust',
  'st',
  'sdr',
  'sdri',
  'yth',
  'kol',
  'letkol',
  'mayjen',
  'brigjen',
  'jend',
  'kapt',
  'lettu',
  'serda',
  'aiptu',
  'aipda',
  'bripka',
  'brigpol',
  'kompol',
  'akbp',
  'irjen',
  'komjen',
  'mr',
  'mrs',
  'ms',
  'mt',
  'rev',
  'pres',
  'no',
  'jl',
  'jln',
  'gg',
  'kel',
  'kec',
  'kab',
  'prov',
  'ds',
  'rt',
  'rw',
  'kav',
  'lt',
  'tbk',
  'pt',
  'cv',
  'ud',
  'a.n',
  'u.p',
  'q.s',
  'h.r',
  'saw',
  'swt',
];

/** Abbreviations that usually close a phrase and may end a sentence ("..., dll. Lalu ..."). */
const PHRASE_ENDINGS = [
  'dll',
  'dsb',
  'dst',
  'dkk',
  'tsb',
  'ybs',
  'sbb',
  'dgn',
  'yg',
  'utk',
  'tdk',
  'tgl',
  'thn',
  'th',
  'hlm',
  'ket',
  'km',
  'kg',
  'rp',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'etc',
  'jr',
  'sr',
  'wib',
  'wit',
  'wita',
];

/** Academic degrees written after a name ("Andi, S.H., M.Si."). */
const DEGREES = [
  's.h',
  's.e',
  's.t',
  's.kom',
  's.pd',
  's.ag',
  's.sos',
  's.ip',
  's.psi',
  's.ked',
  's.farm',
  's.si',
  's.s',
  's.ikom',
  'm.h',
  'm.si',
  'm.sc',
  'm.a',
  'm.m',
  'm.pd',
  'm.kom',
  'm.t',
  'm.hum',
  'm.ag',
  'm.ba',
  'm.kes',
  'm.ikom',
  'ph.d',
  'b.a',
  'b.sc',
  'sp.a',
  'sp.b',
  'sp.og',
  'sp.pd',
  'sp.jp',
  'sp.kj',
  'sp.m',
  'sp.s',
  'sp.tht',
  'lc',
];

const TITLE_SET = new Set(TITLES_BEFORE_NAME);
const ENDING_SET = new Set(PHRASE_ENDINGS);
const DEGREE_SET = new Set(DEGREES);

function normalise(word: string): string {
  const lower = word.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

/** True when `word` (with or without its final period) is a known abbreviation. */
export function isAbbreviation(word: string): boolean {
  const key = normalise(word);
  return TITLE_SET.has(key) || ENDING_SET.has(key) || DEGREE_SET.has(key);
}

/** True for abbreviations after which a capitalised word is never a new sentence (Prof., Jl., No.). */
export function isTitleAbbreviation(word: string): boolean {
  return TITLE_SET.has(normalise(word));
}

/** True for academic degrees written after names (S.H., M.Si., Ph.D.). */
export function isDegree(word: string): boolean {
  return DEGREE_SET.has(normalise(word));
}

/** Longest dotted abbreviation length worth looking ahead for ("s.sos." → 6). */
export const MAX_ABBREVIATION_LENGTH = 8;
