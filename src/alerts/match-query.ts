import { queryStems } from '../search/stems.ts';
import type { QueryNode } from '../search/syntax.ts';
import { searchableText } from '../search/words.ts';
import type { DocumentView } from './document-view.ts';

/**
 * Whether one document matches a parsed query, decided in memory: the same language as search
 * (words on their stems, exact phrases, prefixes, OR, exclusions, filters, entity names under any
 * alias), so that an alert's feed holds what a search run after the ingest would find among the
 * new articles. Typo tolerance is left to interactive search: an alert matches what it says.
 */
export function matchesQuery(node: QueryNode, doc: DocumentView): boolean {
  switch (node.type) {
    case 'and':
      return node.children.every((child) => matchesQuery(child, doc));
    case 'or':
      return node.children.some((child) => matchesQuery(child, doc));
    case 'not':
      return !matchesQuery(node.child, doc);
    case 'word':
      return node.prefix ? hasPrefix(doc, node.word) : hasWord(doc, node.word);
    case 'phrase':
      return doc.names.has(node.words.join(' ')) || hasPhrase(doc.words, node.words);
    case 'filter':
      return matchesFilter(node, doc);
  }
}

function hasWord(doc: DocumentView, word: string): boolean {
  if (doc.wordSet.has(word) || doc.names.has(word)) return true;
  return queryStems(word).some((stem) => doc.stems.has(stem));
}

function hasPrefix(doc: DocumentView, prefix: string): boolean {
  for (const word of doc.wordSet) if (word.startsWith(prefix)) return true;
  return false;
}

function hasPhrase(words: string[], phrase: string[]): boolean {
  const first = phrase[0]!;
  for (let at = words.indexOf(first); at !== -1 && at + phrase.length <= words.length; at = words.indexOf(first, at + 1)) {
    if (phrase.every((word, offset) => words[at + offset] === word)) return true;
  }
  return false;
}

function matchesFilter(node: Extract<QueryNode, { type: 'filter' }>, doc: DocumentView): boolean {
  switch (node.field) {
    case 'outlet':
      return doc.outlet !== null && doc.outlet === searchableText(node.value);
    case 'entity':
      return doc.names.has(searchableText(node.value));
    case 'lang':
      return doc.language === node.value;
    case 'from':
      // Compared at the filter's precision: from:2025-03 takes every date of March 2025 on.
      return doc.published !== null && doc.published.slice(0, node.value.length) >= node.value;
    case 'to':
      return doc.published !== null && doc.published.slice(0, node.value.length) <= node.value;
  }
}
