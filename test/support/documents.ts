import { createHash } from 'node:crypto';
import type { EnrichedDocument } from '../../src/model/document.ts';

/** A small enriched document built by hand, for store and API tests. */
export function makeDocument(overrides: Partial<EnrichedDocument> & { text: string }): EnrichedDocument {
  const hash = createHash('sha256')
    .update(overrides.text + (overrides.title ?? ''))
    .digest('hex');
  return {
    id: `doc_${hash.slice(0, 16)}`,
    contentHash: hash,
    source: 'test',
    kind: 'text',
    url: null,
    language: 'id',
    title: null,
    outlet: null,
    outletEvidence: null,
    section: null,
    byline: null,
    published: null,
    removed: [],
    diagnostics: [],
    entities: [],
    quotes: [],
    figures: [],
    times: [],
    duplicateOf: null,
    ...overrides,
  };
}
