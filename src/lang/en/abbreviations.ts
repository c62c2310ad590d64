/** English abbreviations that keep their period, as they appear in news copy. */

/** Titles before a name: the period never ends a sentence (`Mr. Smith`). */
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'hon',
  'pres',
  'supt',
  'insp',
  'fr',
  'st',
]);

/** Other abbreviations: the period may end a sentence when a new sentence clearly follows. */
const OTHER_ABBREVIATIONS = new Set([
  'jr',
  'sr',
  'inc',
  'corp',
  'ltd',
  'co',
  'bros',
  'vs',
  'etc',
  'approx',
  'est',
  'mt',
  'ft',
  'ave',
  'blvd',
  'rd',
  'dept',
  'univ',
  'assn',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'tue',
  'tues',
  'thu',
  'thurs',
  'ala',
  'ariz',
  'calif',
  'colo',
  'conn',
  'fla',
  'kan',
  'mich',
  'minn',
  'nev',
  'okla',
  'tenn',
  'tex',
  'va',
  'wis',
]);

/** `word` without its period, any case. */
export function isEnglishAbbreviation(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/u, '');
  return TITLE_ABBREVIATIONS.has(lower) || OTHER_ABBREVIATIONS.has(lower);
}

/** Abbreviated titles (`Mr.`, `Gen.`) after which a name, never a new sentence, follows. */
export function isEnglishTitleAbbreviation(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(word.toLowerCase().replace(/\.$/u, ''));
}
