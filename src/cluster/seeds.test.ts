import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readSeed } from '../../test/support/shared.ts';
import type { EnrichedDocument } from '../model/document.ts';
import type { Figure, FigureQualifier } from '../model/figure.ts';
import { clusterDocuments } from './index.ts';
import { packFor } from './language.ts';
import { capitalisedWordEntities } from './proxy-entities.ts';

/** Publication dates as the extractor would give them; seed 001 carries none. */
const PUBLISHED: Record<string, string | null> = {
  '000': '2026-01-09',
  '001': null,
  '002': '2025-07-13',
  '003': '2023-06-12',
  '004': '2025-08-15',
};

/** Hand-built figures, as the figure extractor reports them (value, qualifier, unit). */
const FIGURES: Record<string, [string, number, FigureQualifier, string][]> = {
  '000': [['ribuan pasukan', 1000, 'order-of-magnitude', 'pasukan']],
  '001': [
    ['sekitar 11.000 tentara', 11000, 'about', 'tentara'],
    ['ribuan pekerja', 1000, 'order-of-magnitude', 'pekerja'],
  ],
  '004': [
    ['lebih dari 10.000 tentara', 10000, 'more-than', 'tentara'],
    ['600 tentara', 600, 'exact', 'tentara'],
  ],
};

function figuresIn(text: string, specs: [string, number, FigureQualifier, string][]): Figure[] {
  return specs.map(([phrase, value, qualifier, unit]) => {
    const start = text.indexOf(phrase);
    assert.ok(start >= 0, `"${phrase}" not in seed`);
    return { text: phrase, value, qualifier, unit, kind: 'count', start, end: start + phrase.length };
  });
}

/** The first line long enough to be a headline stands in for the extracted title. */
function headline(text: string): string | null {
  return (
    text
      .split('\n')
      .find((line) => line.trim().length >= 40)
      ?.trim() ?? null
  );
}

function seedDocument(prefix: string): EnrichedDocument {
  const text = readSeed(prefix);
  const published = PUBLISHED[prefix];
  return {
    id: `seed-${prefix}`,
    contentHash: prefix,
    source: `seed ${prefix}`,
    kind: 'text',
    url: null,
    language: 'id',
    title: headline(text),
    outlet: null,
    outletEvidence: null,
    section: null,
    byline: null,
    published: published ? { value: published, evidence: published, inferred: false } : null,
    text,
    removed: [],
    diagnostics: [],
    entities: capitalisedWordEntities(text, packFor('id')),
    quotes: [],
    figures: figuresIn(text, FIGURES[prefix] ?? []),
    times: [],
    duplicateOf: null,
  };
}

describe('clustering the five seed articles', () => {
  const docs = ['000', '001', '002', '003', '004'].map(seedDocument);
  const result = clusterDocuments(docs);
  const eventOf = (id: string) => result.events.find((event) => event.documents.includes(id))!;

  it("puts 001 and 002 (Lavrov's July 2025 visit) in one event and 000, 003, 004 in three others", () => {
    assert.equal(eventOf('seed-001').id, eventOf('seed-002').id);
    const others = ['seed-000', 'seed-003', 'seed-004'].map((id) => eventOf(id).id);
    assert.equal(new Set([...others, eventOf('seed-001').id]).size, 4);
    assert.equal(result.events.length, 4);
    const link = eventOf('seed-001').evidence.find((entry) => entry.document === 'seed-001')!;
    assert.equal(link.linkedTo, 'seed-002');
    assert.ok(link.similarity > 0.5);
  });

  it('chains all four events into one storyline', () => {
    assert.equal(result.storylines.length, 1);
    assert.equal(result.storylines[0]!.events.length, 4);
  });

  it('groups the troop figures of 000, 001 and 004 into one claim, inconsistent by their intervals', () => {
    const claim = result.claims.find((candidate) =>
      candidate.figures.some((f) => f.text === 'sekitar 11.000 tentara'),
    );
    assert.ok(claim, `no claim with the 11,000 troops among ${JSON.stringify(result.claims)}`);
    assert.deepEqual(claim.figures.map((figure) => figure.text).sort(), [
      'lebih dari 10.000 tentara',
      'ribuan pasukan',
      'sekitar 11.000 tentara',
    ]);
    assert.equal(claim.unit, 'troops');
    assert.equal(claim.consistent, false);
    assert.match(claim.reasoning, /ribuan pasukan ∈ \[1000, 9999\]/);
  });

  it('puts every document in exactly one event and every event in exactly one storyline, whatever the input order', () => {
    const documents = result.events.flatMap((event) => event.documents).sort();
    assert.deepEqual(documents, docs.map((doc) => doc.id).sort());
    const events = result.storylines.flatMap((storyline) => storyline.events).sort();
    assert.deepEqual(events, result.events.map((event) => event.id).sort());
    const reversed = clusterDocuments([...docs].reverse());
    const shape = (events: typeof result.events) =>
      events.map((event) => `${event.id}:${event.documents.join(',')}`).sort();
    assert.deepEqual(shape(reversed.events), shape(result.events));
    assert.deepEqual(
      reversed.claims.map((claim) => claim.id).sort(),
      result.claims.map((claim) => claim.id).sort(),
    );
  });

  it('dates the undated 001 to 2025-07 from its event, as an inference', () => {
    const seed001 = result.documents.find((doc) => doc.id === 'seed-001')!;
    assert.equal(seed001.published?.value, '2025-07');
    assert.equal(seed001.published?.inferred, true);
    assert.match(seed001.published?.evidence ?? '', /seed-002: 2025-07-13/);
  });
});
