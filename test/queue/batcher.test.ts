import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Batcher } from '../../src/queue/batcher.ts';

test('items gather into batches of at most maxSize; each item gets its own outcome', async () => {
  const batches: number[][] = [];
  const batcher = new Batcher<number>({
    maxSize: 3,
    maxWaitMs: 20,
    process: async (items) => {
      batches.push(items);
      return items.map((n) => (n === 4 ? { ok: false, error: new Error('four is bad') } : { ok: true }));
    },
  });
  const results = await Promise.allSettled([1, 2, 3, 4, 5].map((n) => batcher.add(n)));
  assert.deepEqual(batches, [
    [1, 2, 3],
    [4, 5],
  ]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled'],
  );
  assert.match(String((results[3] as PromiseRejectedResult).reason), /four is bad/);
});

test('a batch that throws fails all its items; flush does not wait for the timer', async () => {
  const batcher = new Batcher<string>({
    maxSize: 10,
    maxWaitMs: 60_000,
    process: () => Promise.reject(new Error('database gone')),
  });
  const pending = [batcher.add('a'), batcher.add('b')];
  batcher.flush();
  const results = await Promise.allSettled(pending);
  assert.ok(results.every((r) => r.status === 'rejected' && /database gone/.test(String(r.reason))));
  await batcher.idle();
});
