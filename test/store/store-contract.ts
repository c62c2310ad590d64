import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EnrichedDocument } from '../../src/model/document.ts';
import type { StoredEntity } from '../../src/model/entity.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { QuerySyntaxError } from '../../src/search/syntax.ts';
import type { DocumentToSave, RawEnvelope, Store } from '../../src/store/store.ts';
import { makeDocument } from '../support/documents.ts';
import { REPO_DIR } from '../support/shared.ts';

/** How the contract opens stores of one backend. */
export interface StoreFactory {
  /** A new, empty store. */
  open(): Store | Promise<Store>;
  /** Whether a reader outside a transaction never sees the transaction's uncommitted writes. */
  isolatesReads: boolean;
  /**
   * Two store objects over one new, empty database, as two processes would hold them; left out
   * where a backend cannot share a database between objects (an in-memory database).
   */
  openPair?(): Promise<[Store, Store]> | [Store, Store];
}

const flood = makeDocument({
  title: 'Banjir bandang melanda Lembah Sari',
  outlet: 'Kabar Lembah',
  text: 'Banjir bandang menerjang tiga kecamatan.\n\nSekitar 1.200 warga mengungsi ke balai desa.',
  published: { value: '2025-03-03', evidence: 'Senin, 3 Maret 2025', inferred: false },
  entities: [
    {
      entity: 'ent_lembah',
      name: 'Lembah Sari',
      type: 'LOC',
      mentions: [{ start: 0, end: 6, text: 'Banjir' }],
    },
  ],
});
const market = makeDocument({
  title: 'Harga beras stabil',
  outlet: 'Kabar Niaga',
  language: 'id',
  text: 'Harga beras medium bertahan di kisaran Rp 13.500 per kilogram di Lembah Sari.',
  published: { value: '2025-02-27', evidence: '2025-02-27', inferred: false },
  entities: [{ entity: 'ent_lembah', name: 'Lembah Sari', type: 'LOC', mentions: [] }],
});

const lembah: StoredEntity = {
  id: 'ent_lembah',
  name: 'Lembah Sari',
  type: 'LOC',
  aliases: [{ alias: 'Kabupaten Lembah Sari', source: 'text', evidence: 'Kabupaten Lembah Sari' }],
  documentCount: 2,
  forms: { 'Lembah Sari': 2 },
};
const dewi: StoredEntity = {
  id: 'ent_dewi',
  name: 'Dewi Anggraeni Putri',
  type: 'PER',
  aliases: [{ alias: 'Dewi', source: 'rule' }],
  documentCount: 5,
};
const bpbd: StoredEntity = {
  id: 'ent_bpbd',
  name: 'Badan Penanggulangan Bencana Daerah',
  type: 'ORG',
  aliases: [{ alias: 'BPBD', source: 'curated' }],
  documentCount: 2,
};

function toSave(document: EnrichedDocument, raw = `raw of ${document.id}`): DocumentToSave {
  return { document, raw, rawFormat: 'text' };
}

function numbered(n: number): EnrichedDocument {
  return makeDocument({ title: `Berita ${n}`, text: `Isi berita nomor ${n} tentang desa ke-${n}.` });
}

async function save(store: Store, documents: EnrichedDocument[]): Promise<void> {
  await store.transaction((tx) => tx.saveDocuments(documents.map((d) => toSave(d))));
}

/** One contract, run against every Store backend. */
export function storeContract(name: string, factory: StoreFactory): void {
  /** Runs `check` on a fresh store and closes it whatever happens. */
  const withStore = async (check: (store: Store) => Promise<void>): Promise<void> => {
    const store = await factory.open();
    try {
      await check(store);
    } finally {
      await store.close();
    }
  };

  test(`${name}: saving the same content twice changes nothing`, () =>
    withStore(async (store) => {
      const first = await store.transaction((tx) => tx.saveDocuments([toSave(flood, 'raw flood')]));
      const second = await store.transaction((tx) => tx.saveDocuments([toSave(flood, 'raw flood')]));
      assert.deepEqual(first.added, [flood.id]);
      assert.deepEqual(second.unchanged, [flood.id]);
      assert.equal((await store.stats()).documents, 1);
      assert.deepEqual(await store.getDocument(flood.id), flood);
      assert.deepEqual(await store.getRaw(flood.id), { content: 'raw flood', format: 'text' });
      assert.deepEqual(await store.knownHashes([flood.contentHash, 'other']), new Set([flood.contentHash]));
    }));

  test(`${name}: a document id saved with new content replaces the old document`, () =>
    withStore(async (store) => {
      await save(store, [flood]);
      const rewritten = { ...market, id: flood.id };
      const result = await store.transaction((tx) => tx.saveDocuments([toSave(rewritten)]));
      assert.deepEqual(result.updated, [flood.id]);
      assert.equal((await store.getDocument(flood.id))?.title, market.title);
      assert.equal((await store.search({ q: 'mengungsi' })).total, 0, 'the old text is no longer searchable');
      assert.equal((await store.search({ q: 'beras' })).hits[0]?.id, flood.id);
    }));

  test(`${name}: a caller's id holds its latest text, even a text another id holds`, () =>
    withStore(async (store) => {
      const keyed = (document: EnrichedDocument): DocumentToSave => ({ ...toSave(document), keyedById: true });
      await save(store, [flood]);
      const copy = { ...flood, id: 'rec-7' };
      const stored = await store.transaction((tx) => tx.saveDocuments([keyed(copy)]));
      assert.deepEqual(stored.added, ['rec-7'], 'under its own id, though the text is stored as another');
      const anonymous = { ...flood, id: 'doc_other' };
      const skipped = await store.transaction((tx) => tx.saveDocuments([toSave(anonymous)]));
      assert.deepEqual(skipped.unchanged, ['doc_other'], 'without a caller id, stored content is not stored again');
      await store.transaction((tx) => tx.saveDocuments([keyed({ ...market, id: 'rec-7' })]));
      const back = await store.transaction((tx) => tx.saveDocuments([keyed(copy)]));
      assert.deepEqual(back.updated, ['rec-7'], 'the original text sent again under its id wins');
      assert.equal((await store.getDocument('rec-7'))?.title, flood.title);
      const keys = await store.storedKeys(['rec-7', 'nope'], [flood.contentHash, market.contentHash]);
      assert.deepEqual(keys.hashOfId, new Map([['rec-7', flood.contentHash]]));
      assert.deepEqual(keys.idOfHash, new Map([[flood.contentHash, flood.id]]), 'the first holder of a text');
      assert.equal((await store.stats()).documents, 2);
    }));

  test(`${name}: a throw inside a transaction leaves nothing of it written`, () =>
    withStore(async (store) => {
      await save(store, [flood]);
      const failing = store.transaction(async (tx) => {
        await tx.saveDocuments([toSave(market)]);
        await tx.upsertEntities([dewi]);
        await tx.recordOutletLines('Kabar Niaga', ['baca juga']);
        await tx.saveFailures([
          { source: 'x', reason: 'empty', message: 'x: empty', at: '2025-01-01T00:00:00Z' },
        ]);
        throw new Error('the batch broke');
      });
      await assert.rejects(failing, /the batch broke/);
      const stats = await store.stats();
      assert.equal(stats.documents, 1, 'the earlier document is kept, the batch is gone');
      assert.equal(stats.entities, 0);
      assert.equal(stats.failures, 0);
      assert.equal((await store.outletLineCounts(['Kabar Niaga'])).get('Kabar Niaga')?.documents, 0);
      assert.deepEqual(await store.knownHashes([market.contentHash]), new Set());
      await save(store, [market]);
      assert.equal((await store.stats()).documents, 2, 'the store takes the next transaction');
    }));

  test(`${name}: a document that cannot be stored fails its whole batch`, () =>
    withStore(async (store) => {
      const broken = { ...market, id: 'broken', contentHash: 'broken', text: undefined as unknown as string };
      await assert.rejects(store.transaction((tx) => tx.saveDocuments([toSave(flood), toSave(broken)])));
      assert.equal((await store.stats()).documents, 0);
    }));

  test(`${name}: a transaction reads its own writes`, () =>
    withStore(async (store) => {
      await store.transaction(async (tx) => {
        await tx.saveDocuments([toSave(flood)]);
        assert.deepEqual(await tx.knownHashes([flood.contentHash]), new Set([flood.contentHash]));
        assert.deepEqual(
          (await tx.getDocuments([flood.id])).map((d) => d.id),
          [flood.id],
        );
      });
    }));

  test(
    `${name}: readers outside a transaction never see its uncommitted writes`,
    { skip: factory.isolatesReads ? false : 'one connection: reads share the transaction' },
    () =>
      withStore(async (store) => {
        let seenDuring: unknown = 'not read';
        await store.transaction(async (tx) => {
          await tx.saveDocuments([toSave(flood)]);
          seenDuring = await store.getDocument(flood.id);
        });
        assert.equal(seenDuring, null);
        assert.ok(await store.getDocument(flood.id), 'visible once committed');
      }),
  );

  test(`${name}: transactions of one store object run one after another`, () =>
    withStore(async (store) => {
      const steps: string[] = [];
      const first = store.transaction(async (tx) => {
        steps.push('first begins');
        await sleep(20);
        await tx.saveDocuments([toSave(flood)]);
        steps.push('first ends');
      });
      const second = store.transaction(async (tx) => {
        steps.push('second begins');
        await tx.saveDocuments([toSave(market)]);
      });
      const feed = store.addFeed('https://example.test/rss').then(() => steps.push('feed added'));
      await Promise.all([first, second, feed]);
      assert.deepEqual(steps, ['first begins', 'first ends', 'second begins', 'feed added']);
      assert.equal((await store.stats()).documents, 2);
    }));

  test(`${name}: closing waits for the transaction in progress`, async () => {
    const store = await factory.open();
    const pending = store.transaction(async (tx) => {
      await sleep(10);
      return tx.saveDocuments([toSave(flood)]);
    });
    await store.close();
    assert.deepEqual((await pending).added, [flood.id]);
  });

  test(
    `${name}: two store objects on one database write concurrently; the second waits`,
    { skip: factory.openPair ? false : 'this backend cannot share one database between objects' },
    async () => {
      const [first, second] = await factory.openPair!();
      try {
        const commits: string[] = [];
        const holding = first.transaction(async (tx) => {
          await tx.saveDocuments([toSave(flood)]);
          await sleep(150);
          commits.push('first');
        });
        await sleep(20);
        const waiting = second.transaction(async (tx) => {
          await tx.saveDocuments([toSave(market)]);
          commits.push('second');
        });
        assert.equal((await second.stats()).documents, 0, 'a reader is not blocked by the other writer');
        await Promise.all([holding, waiting]);
        assert.deepEqual(commits, ['first', 'second']);
        assert.equal((await first.stats()).documents, 2);
        assert.equal((await second.stats()).documents, 2);
      } finally {
        await first.close();
        await second.close();
      }
    },
  );

  test(`${name}: filters, search with stems and snippets, entity links`, () =>
    withStore(async (store) => {
      await save(store, [flood, market]);
      const ids = async (query: Parameters<Store['listDocuments']>[0]) =>
        (await store.listDocuments(query)).map((d) => d.id);
      assert.deepEqual(await ids({ outlet: 'Kabar Niaga' }), [market.id]);
      assert.deepEqual(await ids({ from: '2025-03' }), [flood.id]);
      assert.deepEqual(await ids({ to: '2025-02' }), [market.id]);
      assert.deepEqual(await ids({ entity: 'ent_lembah' }), [flood.id, market.id]);
      assert.deepEqual(await ids({ limit: 1, offset: 1 }), [market.id], 'newest first, paged');
      // The count is of every page, under the same filters as the list.
      assert.equal(await store.countDocuments({ limit: 1, offset: 1 }), 2);
      assert.equal(await store.countDocuments({ outlet: 'Kabar Niaga' }), 1);
      assert.equal(await store.countDocuments({ to: '2025-02' }), 1);
      assert.equal(await store.countDocuments({ entity: 'ent_lembah' }), 2);
      assert.equal(await store.countDocuments({ entity: 'ent_nobody' }), 0);
      const { hits } = await store.search({ q: 'warga mengungsi' });
      assert.equal(hits[0]?.id, flood.id);
      assert.match(hits[0]?.snippet ?? '', /\[warga mengungsi\]/i, 'found words side by side share a mark');
      // FTS and SQL syntax in a query is the search language's to reject, never the database's.
      await assert.rejects(store.search({ q: '"; DROP TABLE documents; --' }), QuerySyntaxError);
      await assert.rejects(store.search({ q: 'NEAR( AND OR' }), QuerySyntaxError);
      assert.equal((await store.search({ q: "'; DROP TABLE documents; -- NEAR" })).total, 0);
      assert.deepEqual(await store.entityTimeline('ent_lembah'), [
        { period: '2025-02', documents: 1, mentions: 0 },
        { period: '2025-03', documents: 1, mentions: 1 },
      ]);
    }));

  test(`${name}: getDocuments keeps the order asked, leaves out unknown ids, and reads past one chunk`, () =>
    withStore(async (store) => {
      await save(store, [flood, market]);
      const unknown = Array.from({ length: 1200 }, (_, i) => `doc_missing_${i}`);
      const found = await store.getDocuments([market.id, ...unknown, flood.id]);
      assert.deepEqual(
        found.map((d) => d.id),
        [market.id, flood.id],
      );
      assert.deepEqual(found[1], flood);
      assert.deepEqual(await store.getDocuments([]), []);
    }));

  test(`${name}: updateDocuments rewrites those documents and moves their timeline periods`, () =>
    withStore(async (store) => {
      await save(store, [flood, market]);
      const redated: EnrichedDocument = {
        ...flood,
        published: {
          value: '2025-02-28',
          evidence: 'the event',
          inferred: true,
          reasoning: 'from its event',
        },
        duplicateOf: market.id,
      };
      await store.transaction((tx) => tx.updateDocuments([redated]));
      assert.deepEqual(await store.getDocument(flood.id), redated);
      assert.deepEqual(await store.getDocument(market.id), market, 'other documents are left alone');
      assert.deepEqual(await store.entityTimeline('ent_lembah'), [
        { period: '2025-02', documents: 2, mentions: 1 },
      ]);
      assert.deepEqual(
        (await store.listDocuments({ from: '2025-03' })).map((d) => d.id),
        [],
        'the listing filters on the new date',
      );
    }));

  test(`${name}: an update of content replaced in the meantime is ignored`, () =>
    withStore(async (store) => {
      await save(store, [flood]);
      const stale = { ...flood, contentHash: 'an older text', duplicateOf: 'doc_other' };
      await store.transaction((tx) => tx.updateDocuments([stale]));
      assert.deepEqual(await store.getDocument(flood.id), flood);
    }));

  test(`${name}: upsertEntities writes only the given entities; the catalog has them without documents`, () =>
    withStore(async (store) => {
      await store.transaction((tx) => tx.upsertEntities([lembah, dewi]));
      const renamed: StoredEntity = {
        ...lembah,
        name: 'Lembah Sari Regency',
        aliases: [{ alias: 'Lembah Sari', source: 'user' }],
        documentCount: 3,
        pinned: true,
      };
      await store.transaction((tx) => tx.upsertEntities([renamed]));
      const catalog = await store.entityCatalog();
      assert.deepEqual(
        [...catalog].sort((a, b) => a.id.localeCompare(b.id)),
        [dewi, renamed],
        'the other entity is untouched, the given one replaced',
      );
      assert.ok(catalog.every((e) => !('documents' in e)));
      assert.deepEqual(
        (await store.listEntities({ q: 'regency' })).items.map((e) => e.id),
        ['ent_lembah'],
        'found by its new name',
      );
      assert.equal((await store.listEntities({ q: 'kabupaten' })).total, 0, 'its old alias is forgotten');
      assert.equal((await store.listEntities({ q: 'dewi' })).total, 1);
    }));

  test(`${name}: getEntity takes its documents from the entity timeline`, () =>
    withStore(async (store) => {
      await store.transaction(async (tx) => {
        await tx.saveDocuments([toSave(flood), toSave(market)]);
        await tx.upsertEntities([lembah]);
      });
      const entity = await store.getEntity('ent_lembah');
      assert.deepEqual(entity, {
        id: lembah.id,
        name: lembah.name,
        type: lembah.type,
        aliases: lembah.aliases,
        documents: [market.id, flood.id],
      });
      assert.equal(await store.getEntity('ent_nobody'), null);
    }));

  test(`${name}: listEntities finds by name or alias, by type, most documents first, with the total`, () =>
    withStore(async (store) => {
      await store.transaction((tx) => tx.upsertEntities([lembah, dewi, bpbd]));
      const all = await store.listEntities({});
      assert.deepEqual(
        all.items.map((e) => e.id),
        ['ent_dewi', 'ent_bpbd', 'ent_lembah'],
        'most documents first, then by name',
      );
      assert.equal(all.total, 3);
      assert.equal(all.items[0]?.documentCount, 5);
      const paged = await store.listEntities({ limit: 1, offset: 1 });
      assert.deepEqual(
        paged.items.map((e) => e.id),
        ['ent_bpbd'],
      );
      assert.equal(paged.total, 3, 'the total counts every match, not the page');
      assert.deepEqual(
        (await store.listEntities({ q: 'bpbd' })).items.map((e) => e.id),
        ['ent_bpbd'],
        'an alias matches, whatever its case',
      );
      assert.deepEqual(
        (await store.listEntities({ q: 'SARI' })).items.map((e) => e.id),
        ['ent_lembah'],
      );
      const orgs = await store.listEntities({ type: 'ORG', q: 'a' });
      assert.deepEqual(
        orgs.items.map((e) => e.id),
        ['ent_bpbd'],
      );
      assert.deepEqual(await store.listEntities({ q: 'nobody' }), { items: [], total: 0 });
    }));

  test(`${name}: scanDocuments pages through every document exactly once`, () =>
    withStore(async (store) => {
      const documents = Array.from({ length: 7 }, (_, i) => numbered(i));
      await save(store, documents.slice(0, 4));
      await save(store, documents.slice(4));
      const seen: string[] = [];
      let pages = 0;
      for (let after: string | null = null, first = true; first || after !== null; first = false) {
        const page = await store.scanDocuments({ limit: 3, after });
        pages += 1;
        for (const row of page.rows) {
          seen.push(row.document.id);
          assert.equal(row.raw.content, `raw of ${row.document.id}`);
          assert.ok(!Number.isNaN(Date.parse(row.ingestedAt)));
        }
        after = page.next;
      }
      assert.equal(pages, 3);
      assert.deepEqual(
        [...seen].sort(),
        documents.map((d) => d.id).sort(),
      );
      assert.equal(new Set(seen).size, seen.length, 'no document twice');
      const exact = await store.scanDocuments({ limit: 7, after: null });
      assert.equal(exact.rows.length, 7);
      assert.equal(exact.next, null, 'a full last page says that nothing follows');
    }));

  test(`${name}: a scan gives back how each raw item came in, or null where it was not kept`, () =>
    withStore(async (store) => {
      const envelope: RawEnvelope = {
        givenId: 'arsip-1',
        source: 'arsip.jsonl#1',
        kind: 'jsonl',
        format: 'text',
        encoding: 'windows-1252',
        hints: { outlet: 'Kabar Lembah', published: '2025-03-03' },
      };
      await store.transaction((tx) =>
        tx.saveDocuments([{ ...toSave(flood, 'raw flood'), envelope }, toSave(market, 'raw market')]),
      );
      const { rows } = await store.scanDocuments({ limit: 10, after: null });
      const raws = new Map(rows.map((row) => [row.document.id, row.raw]));
      assert.deepEqual(raws.get(flood.id), { content: 'raw flood', format: 'text', envelope });
      assert.deepEqual(raws.get(market.id), { content: 'raw market', format: 'text', envelope: null });
    }));

  test(`${name}: scanDocuments since an instant gives only the documents stored from then on`, () =>
    withStore(async (store) => {
      await save(store, [flood]);
      await sleep(5);
      const since = new Date().toISOString();
      await sleep(5);
      await save(store, [market]);
      const page = await store.scanDocuments({ since, limit: 10, after: null });
      assert.deepEqual(
        page.rows.map((r) => r.document.id),
        [market.id],
      );
    }));

  test(`${name}: clusters written by ingesting real articles read back through every cluster method`, () =>
    withStore(async (store) => {
      await ingestIntoStore([join(REPO_DIR, 'samples')], store, {
        referenceDate: new Date('2025-03-12T00:00:00Z'),
        batchSize: 4,
      });
      const events = await store.events();
      assert.ok(events.length > 0, 'the samples make events');
      assert.deepEqual(
        [...(await store.events({ limit: 2 })), ...(await store.events({ limit: 1000, offset: 2 }))],
        events,
        'pages of events follow each other',
      );
      for (const event of events) assert.deepEqual(await store.getEvent(event.id), event);
      const dates = events.map((e) => e.date ?? '');
      assert.deepEqual(dates, [...dates].sort().reverse(), 'events newest first');

      const bySize = await store.storylines({ sort: 'size' });
      const recent = await store.storylines({ sort: 'recent' });
      assert.ok(bySize.length > 0, 'the samples make storylines');
      assert.deepEqual(
        recent.map((s) => s.id).sort(),
        bySize.map((s) => s.id).sort(),
        'both orders hold the same storylines',
      );
      // How recent a storyline is (the latest day its events reach) is the cluster stage's to say;
      // its pages must still follow each other.
      assert.deepEqual(
        [
          ...(await store.storylines({ sort: 'recent', limit: 2 })),
          ...(await store.storylines({ sort: 'recent', limit: 1000, offset: 2 })),
        ],
        recent,
        'pages of recent storylines follow each other',
      );
      for (const storyline of bySize) assert.deepEqual(await store.getStoryline(storyline.id), storyline);

      const claims = await store.claims();
      assert.ok(claims.length > 0, 'the samples make claims');
      for (const event of events) {
        const expected = claims.filter((c) => c.figures.some((f) => event.documents.includes(f.document)));
        const found = await store.claimsOfDocuments(event.documents);
        assert.deepEqual(
          found.map((c) => c.id).sort(),
          expected.map((c) => c.id).sort(),
          `claims of ${event.id}, each once`,
        );
      }
      assert.equal(await store.getEvent('evt_missing'), null);
      assert.equal(await store.getStoryline('sty_missing'), null);
      const stats = await store.stats();
      assert.equal(stats.events, events.length);
      assert.equal(stats.storylines, bySize.length);
      assert.equal(stats.claims, claims.length);
      // The totals of the lists count what the unpaged lists hold.
      assert.equal(await store.countClusters('event'), events.length);
      assert.equal(await store.countClusters('storyline'), bySize.length);
      assert.equal(await store.countClusters('claim'), claims.length);
    }));

  test(`${name}: feeds and failures round-trip`, () =>
    withStore(async (store) => {
      assert.equal(await store.addFeed('https://example.test/rss'), true);
      assert.equal(await store.addFeed('https://example.test/rss'), false);
      const state = {
        url: 'https://example.test/rss',
        etag: '"abc"',
        lastModified: 'Tue, 04 Mar 2025 10:00:00 GMT',
        lastPolledAt: '2025-03-04T10:00:00.000Z',
        nextPollAt: '2025-03-04T10:15:00.000Z',
        consecutiveFailures: 1,
        lastError: 'timeout',
      };
      await store.saveFeedState(state);
      assert.deepEqual(await store.feeds(), [state]);
      await store.saveFailures([
        { source: 'x.txt', reason: 'empty', message: 'x.txt: file is empty', at: '2025-01-01T00:00:00Z' },
      ]);
      await store.transaction((tx) =>
        tx.saveFailures([
          { source: 'y.bin', reason: 'binary', message: 'y.bin', at: '2025-01-02T00:00:00Z' },
        ]),
      );
      assert.deepEqual(
        (await store.failures()).map((f) => f.reason),
        ['binary', 'empty'],
        'newest first',
      );
      assert.equal((await store.stats()).failures, 2);
    }));

  test(`${name}: learned outlet lines accumulate per document`, () =>
    withStore(async (store) => {
      await store.transaction(async (tx) => {
        await tx.recordOutletLines('Kabar Lembah', ['kabar lembah - jernih melihat daerah', 'tags']);
        await tx.recordOutletLines('Kabar Lembah', ['kabar lembah - jernih melihat daerah', 'tags', 'tags']);
      });
      const counts = await store.outletLineCounts(['Kabar Lembah', 'Other']);
      assert.equal(counts.get('Kabar Lembah')?.documents, 2);
      assert.equal(counts.get('Kabar Lembah')?.lines.get('tags'), 2, 'a line counts once per document');
      assert.equal(counts.get('Other')?.documents, 0, 'an outlet never seen has nothing learned');
      assert.equal(counts.get('Other')?.lines.size, 0);
    }));

  test(`${name}: stats count what the store holds`, () =>
    withStore(async (store) => {
      const withPieces = { ...market, removed: [{ text: 'Baca juga', kind: 'related' as const }] };
      await store.transaction(async (tx) => {
        await tx.saveDocuments([toSave(flood), toSave(withPieces)]);
        await tx.upsertEntities([lembah, dewi]);
      });
      const stats = await store.stats();
      assert.equal(stats.documents, 2);
      assert.equal(stats.entities, 2);
      assert.equal(stats.removedPieces, 1);
      assert.deepEqual(
        stats.outlets.map((o) => o.outlet).sort(),
        ['Kabar Lembah', 'Kabar Niaga'],
      );
      assert.deepEqual(stats.languages, [{ language: 'id', documents: 2 }]);
    }));
}
