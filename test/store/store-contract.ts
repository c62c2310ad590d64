import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Store } from '../../src/store/store.ts';
import { makeDocument } from '../support/documents.ts';

const flood = makeDocument({
  title: 'Banjir bandang melanda Lembah Sari',
  outlet: 'Kabar Lembah',
  text: 'Banjir bandang menerjang tiga kecamatan.\n\nSekitar 1.200 warga mengungsi ke balai desa.',
  published: { value: '2025-03-03', evidence: 'Senin, 3 Maret 2025', inferred: false },
  entities: [{ entity: 'ent_lembah', name: 'Lembah Sari', type: 'LOC', mentions: [] }],
});
const market = makeDocument({
  title: 'Harga beras stabil',
  outlet: 'Kabar Niaga',
  language: 'id',
  text: 'Harga beras medium bertahan di kisaran Rp 13.500 per kilogram.',
  published: { value: '2025-02-27', evidence: '2025-02-27', inferred: false },
});

/** One contract, run against every Store backend. */
export function storeContract(name: string, open: () => Store): void {
  test(`${name}: saving the same content twice changes nothing`, () => {
    const store = open();
    const first = store.saveDocuments([{ document: flood, raw: 'raw flood', rawFormat: 'text' }]);
    const second = store.saveDocuments([{ document: flood, raw: 'raw flood', rawFormat: 'text' }]);
    assert.deepEqual(first.added, [flood.id]);
    assert.deepEqual(second.unchanged, [flood.id]);
    assert.equal(store.stats().documents, 1);
    assert.deepEqual(store.getDocument(flood.id), flood);
    assert.deepEqual(store.getRaw(flood.id), { content: 'raw flood', format: 'text' });
    store.close();
  });

  test(`${name}: a failing batch leaves what was stored intact`, () => {
    const store = open();
    store.saveDocuments([{ document: flood, raw: 'raw', rawFormat: 'text' }]);
    const broken = { ...market, text: undefined as unknown as string };
    assert.throws(() =>
      store.saveDocuments([
        { document: market, raw: 'ok', rawFormat: 'text' },
        { document: { ...broken, id: 'x', contentHash: 'y' }, raw: 'r', rawFormat: 'text' },
      ]),
    );
    assert.equal(store.stats().documents, 1, 'the whole batch rolled back, the earlier document kept');
    assert.ok(store.getDocument(flood.id));
    store.close();
  });

  test(`${name}: filters, search with stems and snippets, entity links`, () => {
    const store = open();
    store.saveDocuments([
      { document: flood, raw: 'a', rawFormat: 'text' },
      { document: market, raw: 'b', rawFormat: 'text' },
    ]);
    assert.deepEqual(
      store.listDocuments({ outlet: 'Kabar Niaga' }).map((d) => d.id),
      [market.id],
    );
    assert.deepEqual(
      store.listDocuments({ from: '2025-03' }).map((d) => d.id),
      [flood.id],
    );
    assert.deepEqual(
      store.listDocuments({ to: '2025-02' }).map((d) => d.id),
      [market.id],
    );
    assert.deepEqual(
      store.listDocuments({ entity: 'ent_lembah' }).map((d) => d.id),
      [flood.id],
    );
    const hits = store.search('warga mengungsi');
    assert.equal(hits[0]?.id, flood.id);
    assert.match(hits[0]?.snippet ?? '', /\[warga\]/i);
    assert.deepEqual(store.search('"; DROP TABLE documents; --'), []);
    assert.deepEqual(store.search('NEAR( AND OR'), []);
    assert.deepEqual(store.entityTimeline('ent_lembah'), [{ period: '2025-03', documents: 1, mentions: 0 }]);
    store.close();
  });

  test(`${name}: clusters, entities, feeds and failures round-trip`, () => {
    const store = open();
    store.saveEntities([
      {
        id: 'ent_lembah',
        name: 'Lembah Sari',
        type: 'LOC',
        aliases: [{ alias: 'Lembah', source: 'user' }],
        documents: [flood.id],
      },
    ]);
    store.saveClusters({
      events: [
        {
          id: 'evt_1',
          title: 'Banjir',
          date: '2025-03-02',
          documents: [flood.id],
          entities: [],
          evidence: [],
        },
      ],
      storylines: [{ id: 'sty_1', title: 'Banjir', events: ['evt_1'], entities: [] }],
      claims: [],
    });
    assert.equal(store.getEntity('ent_lembah')?.aliases[0]?.source, 'user');
    assert.equal(store.getEvent('evt_1')?.title, 'Banjir');
    assert.equal(store.getStoryline('sty_1')?.events.length, 1);
    assert.equal(store.getEvent('nope'), null);
    assert.equal(store.addFeed('https://example.test/rss'), true);
    assert.equal(store.addFeed('https://example.test/rss'), false);
    store.saveFeedState({
      url: 'https://example.test/rss',
      etag: '"abc"',
      lastModified: null,
      lastPolledAt: null,
      nextPollAt: null,
      consecutiveFailures: 1,
      lastError: 'timeout',
    });
    assert.equal(store.feeds()[0]?.etag, '"abc"');
    store.saveFailures([
      { source: 'x.txt', reason: 'empty', message: 'x.txt: file is empty', at: '2025-01-01T00:00:00Z' },
    ]);
    assert.equal(store.failures()[0]?.reason, 'empty');
    store.close();
  });

  test(`${name}: learned outlet lines accumulate per document`, () => {
    const store = open();
    store.recordOutletLines('Kabar Lembah', ['kabar lembah - jernih melihat daerah', 'tags']);
    store.recordOutletLines('Kabar Lembah', ['kabar lembah - jernih melihat daerah', 'tags', 'tags']);
    const counts = store.outletLineCounts('Kabar Lembah');
    assert.equal(counts.documents, 2);
    assert.equal(counts.lines.get('tags'), 2);
    assert.equal(store.outletLineCounts('Other').documents, 0);
    store.close();
  });
}
