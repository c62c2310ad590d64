import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { NewsEvent } from '../model/cluster.ts';
import type { EnrichedDocument } from '../model/document.ts';
import { inferDatesFromEvents, ownPublished } from './dates.ts';

function doc(id: string, published: string | null): EnrichedDocument {
  return {
    id,
    contentHash: id,
    source: id,
    kind: 'text',
    url: null,
    language: 'id',
    title: null,
    outlet: null,
    outletEvidence: null,
    section: null,
    byline: null,
    published: published ? { value: published, evidence: published, inferred: false } : null,
    text: '',
    removed: [],
    diagnostics: [],
    entities: [],
    quotes: [],
    figures: [],
    times: [],
    duplicateOf: null,
  };
}

const event = (id: string, documents: string[]): NewsEvent => ({
  id,
  title: '',
  date: null,
  documents,
  entities: [],
  evidence: [],
});

describe('inferDatesFromEvents', () => {
  it('gives an undated document the month all dated members share', () => {
    const docs = [doc('a', '2025-07-13'), doc('b', '2025-07-20'), doc('u', null)];
    const [inferred] = inferDatesFromEvents(docs, [event('e1', ['a', 'b', 'u'])]);
    assert.equal(inferred?.document, 'u');
    assert.equal(inferred?.published.value, '2025-07');
    assert.equal(inferred?.published.inferred, true);
    assert.equal(inferred?.published.evidence, 'a: 2025-07-13; b: 2025-07-20');
    assert.match(inferred?.published.reasoning ?? '', /^from event e1: /);
  });

  it('falls back to the year when the dated members span months, and to nothing across years', () => {
    const spanMonths = [doc('a', '2025-07-30'), doc('b', '2025-08-02'), doc('u', null)];
    assert.equal(inferDatesFromEvents(spanMonths, [event('e', ['a', 'b', 'u'])])[0]?.published.value, '2025');
    const spanYears = [doc('a', '2024-12-30'), doc('b', '2025-01-02'), doc('u', null)];
    assert.deepEqual(inferDatesFromEvents(spanYears, [event('e', ['a', 'b', 'u'])]), []);
  });

  it('never uses a date that was itself inferred from an event', () => {
    const [inferred] = inferDatesFromEvents(
      [doc('a', '2025-07-13'), doc('u', null)],
      [event('e', ['a', 'u'])],
    );
    const again = { ...doc('u', null), published: inferred!.published };
    assert.equal(ownPublished(again), null);
    assert.deepEqual(inferDatesFromEvents([again, doc('v', null)], [event('e', ['u', 'v'])]), []);
  });
});
