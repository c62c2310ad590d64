import assert from 'node:assert/strict';
import { mkdirSync, truncateSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ATOM_FEED, RSS_FEED } from '../../test/ingest/feeds.ts';
import { collect, tempDirectory } from '../../test/ingest/support.ts';
import { hasShared, SEEDS_DIR, seedFiles } from '../../test/support/shared.ts';

const temp = tempDirectory('ingest-files');
const file = temp.path;

before(() => {
  mkdirSync(file('tree', 'b'), { recursive: true });
  mkdirSync(file('tree', '.git'));
  mkdirSync(file('tree', 'node_modules'));
  writeFileSync(file('tree', 'b', 'inner.txt'), 'Berita di dalam folder.');
  writeFileSync(file('tree', 'a.txt'), 'Berita pertama.');
  writeFileSync(file('tree', '.hidden.txt'), 'tersembunyi');
  writeFileSync(file('tree', '.git', 'HEAD'), 'ref: refs/heads/main');
  writeFileSync(file('tree', 'node_modules', 'x.txt'), 'dependency');
  writeFileSync(file('tree', 'picture'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
});

after(() => temp.remove());

test('the seeds directory gives five plain-text documents in name order', {
  skip: !hasShared(),
}, async () => {
  const { docs, failures } = await collect([SEEDS_DIR]);
  assert.deepEqual(failures, []);
  assert.deepEqual(
    docs.map((d) => d.source),
    seedFiles(),
  );
  for (const doc of docs) {
    assert.equal(doc.kind, 'text');
    assert.equal(doc.format, 'text');
    assert.equal(doc.encoding, 'utf-8');
    assert.ok(doc.content.length > 1000);
    assert.deepEqual(doc.diagnostics, []);
  }
});

test('directories are walked sorted, skipping hidden entries and node_modules; binary files fail', async () => {
  const { docs, failures } = await collect([file('tree')]);
  assert.deepEqual(
    docs.map((d) => d.source),
    [file('tree', 'a.txt'), file('tree', 'b', 'inner.txt')],
  );
  assert.equal(failures.length, 1);
  assert.equal(failures[0]!.reason, 'binary');
  assert.equal(failures[0]!.message, `${file('tree', 'picture')}: binary content (PNG image), not text`);
});

test('an empty or whitespace-only file is rejected as empty', async () => {
  writeFileSync(file('empty.txt'), '');
  writeFileSync(file('blank.txt'), ' \n\t\n');
  const { docs, failures } = await collect([file('empty.txt'), file('blank.txt')]);
  assert.equal(docs.length, 0);
  assert.deepEqual(
    failures.map((f) => [f.reason, f.message]),
    [
      ['empty', `${file('empty.txt')}: file is empty`],
      ['empty', `${file('blank.txt')}: contains only whitespace`],
    ],
  );
});

test('a 50 MB file is rejected as too large from its size alone', async () => {
  const path = file('huge.txt');
  // A sparse file: 50 MB long but no data written, so the test stays fast.
  writeFileSync(path, '');
  truncateSync(path, 50 * 1024 * 1024);
  const { failures } = await collect([path]);
  assert.equal(failures.length, 1);
  assert.equal(failures[0]!.reason, 'too-large');
  assert.equal(failures[0]!.message, `${path}: file is 50.0 MB, over the 20.0 MB limit`);
});

test('missing paths and unsupported schemes fail with their own reason', async () => {
  const { failures } = await collect([file('nope.txt'), 'ftp://example.com/feed.xml']);
  assert.deepEqual(
    failures.map((f) => [f.source, f.reason]),
    [
      [file('nope.txt'), 'not-found'],
      ['ftp://example.com/feed.xml', 'unsupported'],
    ],
  );
  assert.equal(failures[0]!.message, `${file('nope.txt')}: no such file or directory`);
});

test('truncated HTML is ingested as HTML; extraction deals with it later', async () => {
  writeFileSync(
    file('cut.html'),
    '<!DOCTYPE html><html><head><title>Berita</title></head><body><p>Presiden menga',
  );
  writeFileSync(file('page'), '<!doctype html>\n<html lang="id"><body><p>Tanpa ekstensi.</p></body></html>');
  const { docs, failures } = await collect([file('cut.html'), file('page')]);
  assert.deepEqual(failures, []);
  assert.deepEqual(
    docs.map((d) => [d.kind, d.format]),
    [
      ['html', 'html'],
      ['html', 'html'],
    ],
  );
  assert.ok(docs[0]!.content.endsWith('Presiden menga'));
});

test('gzipped HTML is decompressed', async () => {
  writeFileSync(file('page.html.gz'), gzipSync('<html><body><p>Dikompresi.</p></body></html>'));
  const { docs } = await collect([file('page.html.gz')]);
  assert.equal(docs[0]?.format, 'html');
  assert.ok(docs[0]?.content.includes('Dikompresi.'));
});

test('invalid UTF-8 is decoded with replacement and an invalid-utf8 diagnostic on the document', async () => {
  const text = Buffer.from('Dia berkata “kami menolak” dan “kami tetap menolak”. ', 'utf8');
  writeFileSync(file('broken.txt'), Buffer.concat([text, Buffer.from([0xff, 0xfe, 0x41])]));
  const { docs } = await collect([file('broken.txt')]);
  assert.equal(docs[0]?.encoding, 'utf-8');
  assert.ok(docs[0]?.content.includes('\ufffd'));
  assert.deepEqual(
    docs[0]?.diagnostics.map((d) => [d.stage, d.rule, d.severity]),
    [['ingest', 'ingest/invalid-utf8', 'warning']],
  );
});

test('a windows-1252 file and a UTF-16 file with BOM decode to the same text', async () => {
  const text = 'Le café – ‘quoted’ – “naïve” déjà vu, Jakarta.';
  writeFileSync(file('cp1252.txt'), iconv.encode(text, 'windows-1252'));
  writeFileSync(file('utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const { docs } = await collect([file('cp1252.txt'), file('utf16.txt')]);
  assert.deepEqual(
    docs.map((d) => [d.content, d.encoding]),
    [
      [text, 'windows-1252'],
      [text, 'utf-16le'],
    ],
  );
});

test('JSONL: a bad line in the middle fails alone, naming file:LINE, and the rest goes on', async () => {
  const lines = [
    JSON.stringify({
      id: 'a-1',
      text: 'Berita satu.',
      title: 'Satu',
      url: 'https://x.example/1',
      language: 'id',
    }),
    '',
    '{"id": "a-2", "text": "unterminated',
    JSON.stringify({ id: 7, html: '<p>Berita tiga.</p>', published: '2026-01-09', outlet: 'Contoh' }),
    JSON.stringify({ title: 'no body' }),
    JSON.stringify({ id: 'a-5', text: 'Berita lima.', byline: ['not', 'a', 'string'] }),
  ];
  writeFileSync(file('batch.jsonl'), `${lines.join('\n')}\n`);
  const { docs, failures } = await collect([file('batch.jsonl')]);
  const jsonl = file('batch.jsonl');
  assert.deepEqual(
    docs.map((d) => [d.source, d.givenId, d.kind, d.format]),
    [
      [`${jsonl}#1`, 'a-1', 'jsonl', 'text'],
      [`${jsonl}#4`, '7', 'jsonl', 'html'],
      [`${jsonl}#6`, 'a-5', 'jsonl', 'text'],
    ],
  );
  assert.deepEqual(docs[0]!.hints, { title: 'Satu', url: 'https://x.example/1', language: 'id' });
  assert.deepEqual(docs[1]!.hints, { outlet: 'Contoh', published: '2026-01-09' });
  assert.deepEqual(
    docs[2]!.diagnostics.map((d) => d.rule),
    ['ingest/field-ignored'],
  );
  assert.deepEqual(
    failures.map((f) => [f.source, f.reason]),
    [
      [`${jsonl}#3`, 'malformed-jsonl'],
      [`${jsonl}#5`, 'malformed-jsonl'],
    ],
  );
  assert.match(failures[0]!.message, new RegExp(`^${jsonl}:3: invalid JSON`));
  assert.equal(failures[1]!.message, `${jsonl}:5: record has no "text" or "html" field; it has title`);
});

test('an over-long JSONL line fails as too large without stopping the file', async () => {
  const long = JSON.stringify({ text: 'x'.repeat(500) });
  writeFileSync(file('long.jsonl'), `${long}\n${JSON.stringify({ text: 'pendek' })}\n`);
  const { docs, failures } = await collect([file('long.jsonl')], { maxBytes: 200 });
  assert.deepEqual(
    docs.map((d) => d.content),
    ['pendek'],
  );
  assert.equal(failures[0]?.reason, 'too-large');
  assert.equal(failures[0]?.source, `${file('long.jsonl')}#1`);
});

test('an RSS feed gives one HTML document per item, with its fields as hints', async () => {
  writeFileSync(file('news.rss'), RSS_FEED);
  const { docs, failures } = await collect([file('news.rss')]);
  assert.deepEqual(failures, []);
  assert.deepEqual(
    docs.map((d) => [d.source, d.kind, d.format]),
    [
      [`${file('news.rss')}#1`, 'feed', 'html'],
      [`${file('news.rss')}#2`, 'feed', 'html'],
    ],
  );
  assert.equal(
    docs[0]!.content,
    '<p>Harga beras medium naik menjadi Rp14.000 per kilogram, kata pedagang.</p>',
  );
  assert.deepEqual(docs[0]!.hints, {
    title: 'Harga beras naik di pasar tradisional',
    url: 'https://berita.example/ekonomi/harga-beras',
    published: '2026-01-13T01:30:00.000Z',
    byline: 'Siti Rahma',
    section: 'Ekonomi',
    language: 'id',
  });
  assert.equal(docs[1]!.content, '<p>Ratusan rumah terendam setelah hujan deras semalaman.</p>');
  assert.equal(docs[1]!.hints.url, 'https://berita.example/daerah/banjir');
});

test('an Atom feed (sniffed from content, no extension) gives its entries', async () => {
  writeFileSync(file('atomfeed'), ATOM_FEED);
  const { docs } = await collect([file('atomfeed')]);
  assert.equal(docs.length, 1);
  assert.deepEqual(docs[0]!.hints, {
    title: 'Port reopens after storm',
    url: 'https://news.example/world/port-reopens',
    published: '2026-01-12T22:15:00.000Z',
    byline: 'Jane Doe',
    section: 'World',
    language: 'en',
  });
  assert.equal(docs[0]!.content, '<p>The port reopened on Monday, officials said.</p>');
});

test('malformed feed XML fails naming the file and the line', async () => {
  const truncated = RSS_FEED.slice(0, RSS_FEED.indexOf('</content:encoded>') + 30);
  const mismatched = RSS_FEED.replace('</item>', '</channel>');
  writeFileSync(file('cut.xml'), truncated);
  writeFileSync(file('bad.rss'), mismatched);
  writeFileSync(
    file('sitemap.xml'),
    '<?xml version="1.0"?><urlset><url><loc>https://x/</loc></url></urlset>',
  );
  const { docs, failures } = await collect([file('cut.xml'), file('bad.rss'), file('sitemap.xml')]);
  assert.equal(docs.length, 0);
  assert.deepEqual(
    failures.map((f) => f.reason),
    ['malformed-feed', 'malformed-feed', 'unsupported'],
  );
  assert.match(
    failures[0]!.message,
    new RegExp(`^${file('cut.xml')}: malformed feed XML at line \\d+: truncated`),
  );
  assert.match(failures[1]!.message, /<\/channel> found where <\/item> \(opened on line 7\) was expected/);
  assert.equal(
    failures[2]!.message,
    `${file('sitemap.xml')}: XML is not an RSS or Atom feed (root element <urlset>)`,
  );
});

test('a JSON file holds one record or an array of them', async () => {
  writeFileSync(file('one.json'), JSON.stringify({ id: 'x', text: 'Satu berita.' }));
  writeFileSync(file('many.json'), JSON.stringify([{ text: 'A.' }, { text: 'B.' }]));
  const { docs } = await collect([file('one.json'), file('many.json')]);
  assert.deepEqual(
    docs.map((d) => [d.source, d.content]),
    [
      [file('one.json'), 'Satu berita.'],
      [`${file('many.json')}#1`, 'A.'],
      [`${file('many.json')}#2`, 'B.'],
    ],
  );
});

test('bad options throw at once, naming the expected and the actual value', async () => {
  await assert.rejects(
    collect([file('tree')], { maxBytes: -1 }),
    /maxBytes: expected an integer > 0, got -1/,
  );
});

test('bytes in hand go through the same decoding and splitting', async () => {
  const { ingestPayload } = await import('./index.ts');
  const body = Buffer.from(`${JSON.stringify({ text: 'Satu.' })}\nnot json\n`);
  const payload = {
    source: 'api',
    bytes: body,
    name: null,
    contentType: 'application/x-ndjson',
    url: null,
    hints: {},
  };
  const items = [];
  for await (const item of ingestPayload(payload)) items.push(item);
  assert.deepEqual(
    items.map((i) => (i.ok ? i.doc.source : `${i.source} ${i.reason}`)),
    ['api#1', 'api#2 malformed-jsonl'],
  );
  const binary = { ...payload, bytes: Buffer.from('%PDF-1.4\n'), contentType: null };
  const failures = [];
  for await (const item of ingestPayload(binary)) failures.push(item);
  assert.deepEqual(failures[0], {
    ok: false,
    source: 'api',
    reason: 'binary',
    message: 'api: binary content (PDF document), not text',
  });
});
