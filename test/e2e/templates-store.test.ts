import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { IngestItem } from '../../src/ingest/index.ts';
import { ingestItemsIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';

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
  assert.equal(store.outletLineCounts('Warta Lembah').documents, 4);
  await ingestItemsIntoStore([article(5)], store, options);
  const fifth = store.allDocuments().find((d) => d.source === 'mem#5');
  assert.ok(fifth);
  assert.ok(!fifth.text.includes('berlangganan buletin'), fifth.text);
  assert.ok(fifth.removed.some((r) => r.kind === 'template' && r.text.includes('berlangganan buletin')));
  assert.ok(fifth.text.includes('kerja bakti'));
});
