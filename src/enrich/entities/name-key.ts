/**
 * Normal forms of names used to compare them: `nameKey` (case, accents, hyphens, periods and
 * apostrophes ignored: "Kim Jong-un" = "Kim jong Un") and `foldKey`, which also folds the usual
 * transliteration and old-spelling variants (Sergei/Sergey, Soeharto/Suharto, Jusuf/Yusuf).
 */

const NAME_SEPARATORS = /[\s\u00a0\-‐‑–]+/u;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu;

/** Surface tokens of a name: split at spaces and hyphens, outer punctuation removed. */
export function nameTokens(name: string): string[] {
  return name
    .split(NAME_SEPARATORS)
    .map((token) => token.replace(EDGE_PUNCTUATION, ''))
    .filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/** Only ASCII letters and digits (tested for every word of every text, so by code). */
function isPlainAscii(token: string): boolean {
  for (let at = 0; at < token.length; at++) {
    const code = token.charCodeAt(at);
    if (!((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)))
      return false;
  }
  return true;
}

/** One token lower-cased, without accents, periods or apostrophes. */
export function normalizeToken(token: string): string {
  if (isPlainAscii(token)) return token.toLowerCase();
  return token
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.'’`ʼ]/gu, '');
}

/** The same names come back in every document: each distinct string is split and normalised once. */
const CACHE_LIMIT = 50_000;
const keyTokensCache = new Map<string, readonly string[]>();

function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, value);
  return value;
}

/** Normalised tokens of a name (a shared array: do not modify). */
export function nameKeyTokens(name: string): readonly string[] {
  const cached = keyTokensCache.get(name);
  if (cached) return cached;
  const tokens = nameTokens(name)
    .map(normalizeToken)
    .filter((token) => token.length > 0);
  return remember(keyTokensCache, name, tokens);
}

export function nameKey(name: string): string {
  return nameKeyCache.get(name) ?? remember(nameKeyCache, name, nameKeyTokens(name).join(' '));
}

const nameKeyCache = new Map<string, string>();

/** Each fold with a string every match contains, so a token without it skips the regex. */
const FOLDS: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/x/g, 'ks', 'x'],
  [/ph/g, 'f', 'ph'],
  [/w/g, 'v', 'w'],
  [/dzh/g, 'j', 'dzh'],
  [/dj/g, 'j', 'dj'],
  [/zh/g, 'j', 'zh'],
  [/dz/g, 'j', 'dz'],
  [/kh/g, 'h', 'kh'],
  [/ch/g, 'h', 'ch'],
  [/tj/g, 'c', 'tj'],
  [/sh/g, 'sy', 'sh'],
  [/oe/g, 'u', 'oe'],
  [/^ye/g, 'e', 'ye'],
  [/j/g, 'y', 'j'],
  [/y/g, 'i', 'y'],
  [/(\p{L})\1+/gu, '$1', ''],
];

/**
 * A token with transliteration variants folded together: ei/ey/ii/iy → i, j → y, dz/zh/dj → j,
 * ch/kh → h, sh → sy, tj → c, oe → u, x → ks, w → v, doubled letters single. Only used to compare whole names.
 */
export function foldToken(token: string): string {
  const cached = foldCache.get(token);
  if (cached !== undefined) return cached;
  let folded = normalizeToken(token);
  for (const [pattern, replacement, needed] of FOLDS) {
    if (folded.includes(needed)) folded = folded.replace(pattern, replacement);
  }
  folded = folded.replace(/ei$/u, 'i').replace(/ei(?=[^aiueo])/gu, 'e');
  return remember(foldCache, token, folded);
}

const foldCache = new Map<string, string>();

export function foldKey(name: string): string {
  return foldKeyCache.get(name) ?? remember(foldKeyCache, name, nameKeyTokens(name).map(foldToken).join(' '));
}

const foldKeyCache = new Map<string, string>();

/** The key names are matched by: folded, except acronyms, where every letter counts (FA ≠ FAA). */
export function matchKey(form: string): string {
  return (
    matchKeyCache.get(form) ?? remember(matchKeyCache, form, isAcronym(form) ? nameKey(form) : foldKey(form))
  );
}

const matchKeyCache = new Map<string, string>();

/** All capitals (and digits), 2–8 characters: PBB, KCNA, G20. */
export function isAcronym(surface: string): boolean {
  if (startsWithAsciiNonCapital(surface)) return false;
  const bare = surface.replace(/[.&-]/g, '');
  return /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(bare) && /\p{Lu}.*\p{Lu}/u.test(bare);
}

/** Asked of every name: most start with a character that rules an acronym out at once. */
function startsWithAsciiNonCapital(surface: string): boolean {
  let at = 0;
  while (at < surface.length && (surface[at] === '.' || surface[at] === '&' || surface[at] === '-')) at++;
  const code = surface.charCodeAt(at);
  return code < 128 && !(code >= 65 && code <= 90);
}

/** Does the name look written with care: each word capitalised, except particles and acronyms? */
export function isWellFormedName(surface: string, particles: ReadonlySet<string>): boolean {
  const tokens = nameTokens(surface);
  if (tokens.length === 0) return false;
  return tokens.every((token, index) => {
    if (/^\p{Lu}/u.test(token) || /^\p{N}/u.test(token)) return true;
    return index > 0 && particles.has(token.toLowerCase());
  });
}

/** Initials of a longer name, with and without function words: "Perserikatan Bangsa-Bangsa" → PBB. */
export function initialsOf(name: string, functionWords: ReadonlySet<string>): string[] {
  const tokens = nameKeyTokens(name);
  const all = tokens.map((token) => token[0] ?? '').join('');
  const content = tokens
    .filter((token) => !functionWords.has(token))
    .map((token) => token[0] ?? '')
    .join('');
  return all === content ? [all] : [all, content];
}

/** Collapses runs of white space so that a surface form reads as one line. */
export function tidySurface(surface: string): string {
  return surface.replace(/\s+/gu, ' ').trim();
}
