import assert from 'node:assert/strict';
import { basename } from 'node:path';
import { createAlert } from '../../src/alerts/create-alert.ts';
import { ingestIntoStore } from '../../src/pipeline/ingest-into-store.ts';
import type { Store } from '../../src/store/store.ts';
import { seedFiles } from '../support/shared.ts';

const referenceDate = new Date('2026-11-23T00:00:00Z');

/** The seed prefixes (000…004) of the documents an alert's feed lists, newest match first. */
async function feedPrefixes(store: Store, alertId: string): Promise<string[]> {
  const items = await store.alerts.feed(alertId, 100);
  const docs = await store.getDocuments(items.map((item) => item.documentId));
  const prefixOf = new Map(docs.map((doc) => [doc.id, basename(doc.source).slice(0, 3)]));
  return items.map((item) => prefixOf.get(item.documentId)!);
}

/**
 * The case on any store: an alert on "Lavrov" made after 000, 003 and 004 are stored
 * (004 mentions Lavrov: it existed before, so it is never replayed) lists exactly 001 and 002,
 * which arrive afterwards; one made once everything is stored lists none. A second ingest of the
 * same files changes nothing, so the feed does not grow.
 */
export async function alertsFollowNewArticles(store: Store): Promise<void> {
  const files = seedFiles();
  const at = (prefix: string): string => files.find((file) => basename(file).startsWith(prefix))!;
  await ingestIntoStore([at('000'), at('003'), at('004')], store, { referenceDate, batchSize: 50 });
  const early = await createAlert(store, { name: 'Lavrov', query: 'Lavrov' });
  const korut = await createAlert(store, { name: 'Korea Utara', query: 'Korut' });
  await ingestIntoStore([at('001')], store, { referenceDate, batchSize: 50 });
  await ingestIntoStore([at('002')], store, { referenceDate, batchSize: 50 });
  await ingestIntoStore(files, store, { referenceDate, batchSize: 50 });
  const late = await createAlert(store, { name: 'Lavrov, late', query: 'Lavrov' });

  assert.deepEqual(await feedPrefixes(store, early.alert.id), ['002', '001'], 'the two stored afterwards, newest first');
  // Korut is an alias of Korea Utara: both new articles are about it under its full name.
  assert.deepEqual((await feedPrefixes(store, korut.alert.id)).sort(), ['001', '002']);
  assert.deepEqual(await feedPrefixes(store, late.alert.id), [], 'no replay of what was stored before');
  const listed = await store.alerts.list();
  assert.deepEqual(
    listed.map((alert) => [alert.name, alert.matches, alert.newMatches]),
    [
      ['Lavrov', 2, 2],
      ['Korea Utara', 2, 2],
      ['Lavrov, late', 0, 0],
    ],
  );
  await store.transaction((tx) => tx.alerts.markSeen(early.alert.id, new Date(Date.now() + 1000).toISOString()));
  assert.equal((await store.alerts.get(early.alert.id))?.newMatches, 0, 'seen: nothing new');
  assert.equal(await store.transaction((tx) => tx.alerts.remove(early.alert.id)), true);
  assert.equal(await store.alerts.get(early.alert.id), null);
}
