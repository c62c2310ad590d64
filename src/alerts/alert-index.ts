import { queryStems } from '../search/stems.ts';
import type { QueryNode } from '../search/syntax.ts';
import { searchableText } from '../search/words.ts';
import type { DocumentView } from './document-view.ts';
import { matchesQuery } from './match-query.ts';

/** A key a document offers and an alert may need: one of its words, stems, names, its outlet or language. */
type Key = string;
const PREFIX_KEY_LENGTH = 3;

/**
 * Saved searches indexed by what they cannot match without (a percolator): each alert is filed
 * under keys of which every matching document has at least one, so a new document is checked
 * only against the alerts filed under its own keys. The cost per document follows its own
 * length and the alerts it could match, not the number of alerts.
 */
export class AlertIndex<A extends { id: string }> {
  readonly #byKey = new Map<Key, A[]>();
  /** Alerts no key can stand for (a date filter alone): checked against every document. */
  readonly #always: A[] = [];
  readonly #queries = new Map<string, QueryNode>();

  constructor(alerts: { alert: A; query: QueryNode }[]) {
    for (const { alert, query } of alerts) {
      this.#queries.set(alert.id, query);
      const keys = requiredKeys(query);
      if (keys === null) {
        this.#always.push(alert);
        continue;
      }
      for (const key of keys) {
        const filed = this.#byKey.get(key);
        if (filed) filed.push(alert);
        else this.#byKey.set(key, [alert]);
      }
    }
  }

  /** The alerts this document matches. */
  matching(doc: DocumentView): A[] {
    const candidates = new Map<string, A>();
    for (const alert of this.#always) candidates.set(alert.id, alert);
    for (const key of documentKeys(doc)) {
      for (const alert of this.#byKey.get(key) ?? []) candidates.set(alert.id, alert);
    }
    return [...candidates.values()].filter((alert) => matchesQuery(this.#queries.get(alert.id)!, doc));
  }
}

/** Keys of which every matching document has one; null when no such set is known. */
function requiredKeys(node: QueryNode): Set<Key> | null {
  switch (node.type) {
    case 'word':
      if (node.prefix) return new Set([`p:${node.word.slice(0, PREFIX_KEY_LENGTH)}`]);
      return new Set([`w:${node.word}`, `n:${node.word}`, ...queryStems(node.word).map((stem) => `s:${stem}`)]);
    case 'phrase':
      return new Set([`w:${node.words[0]!}`, `n:${node.words.join(' ')}`]);
    case 'filter':
      if (node.field === 'outlet') return new Set([`o:${searchableText(node.value)}`]);
      if (node.field === 'entity') return new Set([`n:${searchableText(node.value)}`]);
      if (node.field === 'lang') return new Set([`l:${node.value}`]);
      return null;
    case 'not':
      return null;
    case 'or': {
      const union = new Set<Key>();
      for (const child of node.children) {
        const keys = requiredKeys(child);
        if (keys === null) return null;
        for (const key of keys) union.add(key);
      }
      return union;
    }
    case 'and': {
      // Any one child's keys will do: the smallest set files the alert under the fewest keys.
      let best: Set<Key> | null = null;
      for (const child of node.children) {
        const keys = requiredKeys(child);
        if (keys !== null && (best === null || keys.size < best.size)) best = keys;
      }
      return best;
    }
  }
}

function documentKeys(doc: DocumentView): Set<Key> {
  const keys = new Set<Key>();
  for (const word of doc.wordSet) {
    keys.add(`w:${word}`);
    if (word.length >= PREFIX_KEY_LENGTH) keys.add(`p:${word.slice(0, PREFIX_KEY_LENGTH)}`);
  }
  for (const stem of doc.stems) keys.add(`s:${stem}`);
  for (const name of doc.names) keys.add(`n:${name}`);
  if (doc.outlet) keys.add(`o:${doc.outlet}`);
  keys.add(`l:${doc.language}`);
  return keys;
}
