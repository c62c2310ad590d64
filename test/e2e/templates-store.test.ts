import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestItem } from '../../src/ingest/index.ts';
import type { EnrichedDocument } from '../../src/model/document.ts';
import { ingestItemsIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { DocumentCursor, Store } from '../../src/store/store.ts';

function article(n: number): IngestItem {
  const body = [
    `Berita nomor ${n}`,
    '',
    `LEMBAH, Warta Lembah - Warga desa ke-${n} menggelar kerja bakti membersihkan saluran air sepanjang ${n * 10} meter.`,
    '',
    `Kepala desa mengatakan kegiatan serupa akan digelar setiap bulan mulai tahun ini di ${n} dusun.`,
    '',
    'Dukung jurnalisme warga dengan berlangganan buletin kami setiap pekan',
  ].join('\n');
  return {
    ok: true,
    doc: {
      source: `mem#${n}`,
      kind: 'text',
      format: 'text',
      content: body,
      encoding: 'utf-8',
      hints: {},
      diagnostics: [],
    },
  };
}

test("an outlet's recurring line is learned across ingest batches through the store", async () => {
  const store = new SqliteStore({ path: ':memory:' });
  const options = { referenceDate: new Date('2025-03-12T00:00:00Z'), batchSize: 2 };
  await ingestItemsIntoStore([1, 2, 3, 4].map(article), store, options);
  const learned = (await store.outletLineCounts(['Warta Lembah'])).get('Warta Lembah');
  assert.equal(learned?.documents, 4);
  await ingestItemsIntoStore([article(5)], store, options);
  const fifth = (await storedDocuments(store)).find((d) => d.source === 'mem#5');
  assert.ok(fifth);
  assert.ok(!fifth.text.includes('berlangganan buletin'), fifth.text);
  assert.ok(fifth.removed.some((r) => r.kind === 'template' && r.text.includes('berlangganan buletin')));
  assert.ok(fifth.text.includes('kerja bakti'));
  await store.close();
});

async function storedDocuments(store: Store): Promise<EnrichedDocument[]> {
  const documents: EnrichedDocument[] = [];
  let after: DocumentCursor = null;
  do {
    const page = await store.scanDocuments({ limit: 100, after });
    documents.push(...page.rows.map((row) => row.document));
    after = page.next;
  } while (after !== null);
  return documents;
}
