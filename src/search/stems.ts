import { packFor } from '../cluster/language.ts';
import { searchWords } from './words.ts';

/**
 * Stems for search: each folded word through its language pack's stemmer (Indonesian affix rules,
 * Porter for English, none for languages without a pack). Documents are stemmed in their own
 * language; a query word, whose language nobody states, is stemmed in every language that has a
 * stemmer, so "kirim" meets Indonesian "mengirim" and "sending" meets English "send".
 */

/** Languages whose packs stem: a query word gets one stem from each. */
const QUERY_LANGUAGES = ['id', 'en'];
/** Words repeat so much (news vocabulary is Zipfian) that a plain bounded memo removes most stemming. */
const MEMO_LIMIT = 200_000;

const memo = new Map<string, string>();

/** The stem of one folded word in `language`, folded again (a stem is always one searchable word). */
export function stemWord(word: string, language: string): string {
  const key = `${language}\u0000${word}`;
  let stemmed = memo.get(key);
  if (stemmed === undefined) {
    stemmed = searchWords(packFor(language).stem(word))[0] ?? word;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(key, stemmed);
  }
  return stemmed;
}

/** A text as the stems column holds it: the stems of its words, in order, space-separated. */
export function stemText(text: string, language: string): string {
  return searchWords(text)
    .map((word) => stemWord(word, language))
    .join(' ');
}

/** Every stem a folded query word may have in a stored document; `language` narrows it to one. */
export function queryStems(word: string, language?: string): string[] {
  return [...new Set((language ? [language] : QUERY_LANGUAGES).map((code) => stemWord(word, code)))];
}
