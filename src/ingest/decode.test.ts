import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.ts';
import { IngestFailure } from './failure.ts';

const rules = (decoded: { diagnostics: { rule: string }[] }) => decoded.diagnostics.map((d) => d.rule);

test('valid UTF-8 is read as UTF-8 without diagnostics', () => {
  const decoded = decodeBytes(Buffer.from('Presiden berkata “tidak” – café', 'utf8'));
  assert.equal(decoded.encoding, 'utf-8');
  assert.equal(decoded.text, 'Presiden berkata “tidak” – café');
  assert.deepEqual(rules(decoded), []);
});

test('a UTF-8 BOM is stripped', () => {
  const decoded = decodeBytes(
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Berita', 'utf8')]),
  );
  assert.equal(decoded.text, 'Berita');
  assert.equal(decoded.encoding, 'utf-8');
});

test('UTF-16 with a BOM, little- and big-endian, and UTF-16LE without one', () => {
  const text = 'Jakarta — “kutipan” dan café';
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')]);
  assert.deepEqual(decodeBytes(le), { text, encoding: 'utf-16le', diagnostics: [] });
  assert.deepEqual(decodeBytes(be), { text, encoding: 'utf-16be', diagnostics: [] });
  assert.equal(decodeBytes(Buffer.from(text, 'utf16le')).encoding, 'utf-16le');
});

test('undeclared windows-1252 is recognised and decoded, with a note that it was a guess', () => {
  const text = 'Le café – ‘quoted’ and “double” – naïve résumé, déjà vu.';
  const decoded = decodeBytes(iconv.encode(text, 'windows-1252'));
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.text, text);
  assert.deepEqual(rules(decoded), ['ingest/encoding-guessed']);
});

test('a declared charset wins over guessing: meta, XML declaration, HTTP header', () => {
  const body = 'Harga naik 5‰ – “kata dia”';
  const meta = Buffer.concat([
    Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>'),
    iconv.encode(body, 'windows-1252'),
  ]);
  const fromMeta = decodeBytes(meta);
  assert.equal(fromMeta.encoding, 'windows-1252');
  assert.ok(fromMeta.text.includes(body));
  const xml = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="ISO-8859-2"?><rss>'),
    iconv.encode('Łódź', 'iso-8859-2'),
  ]);
  assert.ok(decodeBytes(xml).text.includes('Łódź'));
  const http = decodeBytes(iconv.encode('Kraków ść', 'windows-1250'), { httpCharset: 'windows-1250' });
  assert.equal(http.text, 'Kraków ść');
  assert.deepEqual(rules(http), []);
});

test('valid UTF-8 under a wrong declaration is read as UTF-8 with a note', () => {
  const bytes = Buffer.from('<meta charset="windows-1252"><p>“kutipan”</p>', 'utf8');
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.encoding, 'utf-8');
  assert.ok(decoded.text.includes('“kutipan”'));
  assert.deepEqual(rules(decoded), ['ingest/charset-mismatch']);
});

test('damaged UTF-8 is decoded with replacement characters and an invalid-utf8 diagnostic', () => {
  const good = Buffer.from('Dia berkata “kami menolak” — dan “kami tetap menolak” — kemarin. ', 'utf8');
  const bytes = Buffer.concat([good, Buffer.from([0xe2, 0x80]), Buffer.from(' lalu pergi.', 'utf8')]);
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.encoding, 'utf-8');
  assert.ok(decoded.text.includes('\ufffd'));
  assert.ok(decoded.text.startsWith('Dia berkata “kami menolak”'));
  assert.deepEqual(rules(decoded), ['ingest/invalid-utf8']);
  assert.match(decoded.diagnostics[0]!.message, /1 invalid UTF-8 byte sequence\(s\), first at byte \d+/);
});

test('binary content is rejected: magic numbers, NUL bytes, control characters', () => {
  const cases: [Buffer, RegExp][] = [
    [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
    [Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), /PDF document/],
    [Buffer.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), /ZIP archive/],
    [Buffer.from('text\0with a NUL byte'), /NUL bytes/],
    [Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /control characters/],
  ];
  for (const [bytes, kind] of cases) {
    assert.throws(
      () => decodeBytes(bytes),
      (error: unknown) =>
        error instanceof IngestFailure && error.reason === 'binary' && kind.test(error.message),
    );
  }
});

test('a UTF-8 BOM does not hide invalid bytes after it', () => {
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('Kata “dia”'),
    Buffer.from([0xc3]),
  ]);
  const decoded = decodeBytes(bytes);
  assert.equal(decoded.text, 'Kata “dia”\ufffd');
  assert.deepEqual(rules(decoded), ['ingest/invalid-utf8']);
});
