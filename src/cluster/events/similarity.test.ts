import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { englishEntityMentions } from '../../lang/en/index.ts';
import type { EnrichedDocument } from '../../model/document.ts';
import { toClusterDocument } from '../features.ts';
import { EventClusterer } from './event-clusterer.ts';
import { DEFAULT_LINK_MODEL, linkProbability } from './link-model.ts';
import { addVectors, sparseVector, weightedCosine } from './sparse-vector.ts';
import { TermStatistics } from './term-statistics.ts';

describe('sparse vectors', () => {
  it('computes IDF-weighted cosines', () => {
    const a = sparseVector([
      [1, 1],
      [2, 1],
    ]);
    const b = sparseVector([
      [2, 1],
      [3, 1],
    ]);
    assert.equal(weightedCosine(a, a, () => 1).toFixed(6), '1.000000');
    assert.equal(weightedCosine(a, b, () => 1).toFixed(3), '0.500');
    const rareShared = (id: number) => (id === 2 ? 3 : 1);
    assert.equal(weightedCosine(a, b, rareShared).toFixed(3), '0.900');
  });

  it('adds vectors and keeps the strongest entries under a cap', () => {
    const sum = addVectors(
      sparseVector([
        [5, 1],
        [1, 2],
      ]),
      sparseVector([
        [5, 2],
        [9, 0.5],
      ]),
      2,
    );
    assert.deepEqual([...sum.ids], [1, 5]);
    assert.deepEqual([...sum.values], [2, 3]);
  });
});

describe('TermStatistics', () => {
  it('keeps document frequencies per language, on top of a background corpus', () => {
    const stats = new TermStatistics([
      { language: 'id', documents: 100, frequencies: new Map([['kirim', 50]]) },
    ]);
    stats.observe(['kirim', 'lavrov'], 'id');
    const common = stats.idf(stats.intern('kirim', 'id'));
    const rare = stats.idf(stats.intern('lavrov', 'id'));
    assert.ok(rare > common);
    assert.equal(common.toFixed(4), Math.log(102 / 51.5).toFixed(4));
    stats.observe(['lavrov'], 'en');
    assert.equal(stats.idf(stats.intern('lavrov', 'en')).toFixed(4), Math.log(2 / 1.5).toFixed(4));
  });
});

function article(id: string, day: string | null, title: string, text: string): EnrichedDocument {
  return {
    id,
    contentHash: id,
    source: id,
    kind: 'text',
    url: null,
    language: 'en',
    title,
    outlet: null,
    outletEvidence: null,
    section: null,
    byline: null,
    published: day ? { value: day, evidence: day, inferred: false } : null,
    text,
    removed: [],
    diagnostics: [],
    entities: englishEntityMentions(text),
    quotes: [],
    figures: [],
    times: [],
    duplicateOf: null,
  };
}

const QUAKE_A = article(
  'quake-a',
  '2024-03-02',
  'Strong earthquake shakes Sulawesi, thousands flee coastal towns',
  'A magnitude 6.8 earthquake struck off Sulawesi on Saturday, and thousands of residents fled the coastal towns of Palu and Donggala. Officials in Palu said the tremor damaged a mosque and a bridge over the Palu river.',
);
const QUAKE_B = article(
  'quake-b',
  '2024-03-03',
  'Sulawesi earthquake damages mosque and bridge in Palu',
  'Residents of Palu and Donggala spent the night outdoors after Saturday’s magnitude 6.8 earthquake off Sulawesi. The tremor damaged a mosque and the bridge over the Palu river, officials in Palu said.',
);
const FOOTBALL = article(
  'football',
  '2024-03-02',
  'Persib beat Persija in a tense derby in Bandung',
  'Persib Bandung beat Persija Jakarta two goals to one on Saturday. The coach of Persib praised his defenders after the derby in Bandung.',
);

describe('EventClusterer', () => {
  it('links two reports of one earthquake and keeps a football match apart', () => {
    const clusterer = new EventClusterer();
    const docs = [QUAKE_A, FOOTBALL, QUAKE_B].map((doc) => toClusterDocument(doc));
    clusterer.primeDocumentFrequencies(docs);
    const [first, football, second] = docs.map((doc) => clusterer.add(doc));
    assert.equal(first!.created, true);
    assert.equal(football!.created, true);
    assert.equal(second!.created, false);
    assert.equal(second!.event, first!.event);
    assert.equal(second!.evidence.linkedTo, 'quake-a');
    assert.equal(second!.evidence.timeGapDays, 1);
    assert.ok(second!.evidence.sharedEntities.includes('Palu'));
    assert.ok(second!.compared <= 20);
    assert.equal(clusterer.events().length, 2);
  });

  it('never compares dated documents further apart than the time window', () => {
    const clusterer = new EventClusterer({ windowDays: 30 });
    clusterer.add(toClusterDocument(QUAKE_A));
    const yearLater = {
      ...QUAKE_B,
      id: 'quake-later',
      published: { value: '2025-03-03', evidence: '', inferred: false },
    };
    const assignment = clusterer.add(toClusterDocument(yearLater));
    assert.equal(assignment.compared, 0);
    assert.equal(assignment.created, true);
  });

  it('compares an undated document on content alone', () => {
    const clusterer = new EventClusterer();
    const docs = [QUAKE_A, FOOTBALL, { ...QUAKE_B, id: 'undated', published: null }].map((doc) =>
      toClusterDocument(doc),
    );
    clusterer.primeDocumentFrequencies(docs);
    clusterer.add(docs[0]!);
    clusterer.add(docs[1]!);
    const assignment = clusterer.add(docs[2]!);
    assert.equal(assignment.created, false);
    assert.equal(assignment.evidence.timeGapDays, null);
  });

  it('lets documents older than the retention period leave memory and keeps their events as summaries', () => {
    const clusterer = new EventClusterer({ windowDays: 30, retainDays: 30, retentionSweepEvery: 1 });
    clusterer.add(toClusterDocument(QUAKE_A));
    clusterer.add(
      toClusterDocument({ ...FOOTBALL, published: { value: '2024-06-01', evidence: '', inferred: false } }),
    );
    const rerun = {
      ...QUAKE_B,
      id: 'quake-rerun',
      published: { value: '2024-03-20', evidence: '', inferred: false },
    };
    const assignment = clusterer.add(toClusterDocument(rerun));
    assert.equal(assignment.compared, 0, 'the evicted March article is no candidate');
    assert.deepEqual(
      clusterer.events().map((event) => event.documents),
      [['quake-a'], ['football'], ['quake-rerun']],
    );
    assert.equal(clusterer.events()[0]!.title, QUAKE_A.title);
  });

  it('scores higher for more similar content and a shorter time gap', () => {
    const base = { body: 0.4, title: 0.3, entities: 0.3, bestMember: 0.4, timeGap: 0.1, undated: 0 };
    const p = (features: typeof base) => linkProbability(DEFAULT_LINK_MODEL, features);
    assert.ok(p({ ...base, body: 0.6, bestMember: 0.6 }) > p(base));
    assert.ok(p({ ...base, timeGap: 0.8 }) < p(base));
  });
});
