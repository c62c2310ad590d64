import type { DocumentToSave } from './store.ts';

/** What saving one document does to the documents table. */
export type SaveAction =
  /** Nothing: the id holds this content already, or (no caller's id) the content is stored. */
  | 'unchanged'
  /** The same content analysed again (`replace`): rewritten in place, row and ingest time kept. */
  | 'rewrite'
  /** The id comes back with other content: the latest text under an id wins. */
  | 'replace'
  | 'insert';

/**
 * A caller's id is the identity of a record; without one the content is (the id is derived from
 * its hash). So a record under a caller's id is stored even when its text is stored under
 * another id; the duplicate detector then marks it a copy of the earlier one.
 */
export function saveAction(
  item: DocumentToSave,
  /** The content hash stored under the item's id, if the id is stored. */
  storedHashOfId: string | undefined,
  /** Whether the item's content is stored under any id. */
  contentStored: boolean,
): SaveAction {
  if (storedHashOfId !== undefined) {
    if (storedHashOfId !== item.document.contentHash) return 'replace';
    return item.replace ? 'rewrite' : 'unchanged';
  }
  return contentStored && !item.keyedById ? 'unchanged' : 'insert';
}
