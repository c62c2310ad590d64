import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { extractDocument } from '../../src/extract/extract-document.ts';
import { decodeBytes } from '../../src/ingest/decode.ts';
import type { RawDocument } from '../../src/model/document.ts';
import { terminalSafe, withoutC0Controls } from '../../src/serve/cli/terminal-text.ts';
import { REPO_DIR, SEEDS_DIR } from '../support/shared.ts';

const seed = readFileSync(join(SEEDS_DIR, '000_75aa186616058dd0.txt'), 'utf8');

test('a UTF-8 article with five bad byte sequences is read as UTF-8 with U+FFFD and a diagnostic', () => {
  // Fewer well-formed multi-byte characters (two dashes) than bad sequences, as in a mostly ASCII article.
  const text = seed.replace(/[“”]/g, '"').replace('Moskow.', 'Moskow — kata sumber.').replace('Ukraina.', 'Ukraina — tulis KCNA.');
  const good = Buffer.from(text, 'utf8');
  const bad = [Buffer.from([0xff]), Buffer.from([0xc3, 0x28]), Buffer.from([0xe2, 0x82]), Buffer.from([0x80]), Buffer.from([0xfe])];
  const parts: Buffer[] = [];
  const step = Math.floor(good.length / 6);
  for (let i = 0; i < 5; i++) parts.push(good.subarray(i * step, (i + 1) * step), bad[i]!);
  parts.push(good.subarray(5 * step));
  const decoded = decodeBytes(Buffer.concat(parts));
  assert.equal(decoded.encoding, 'utf-8');
  assert.ok(decoded.text.includes('Moskow — kata'), 'the em dash is not read as windows-1252');
  assert.ok(decoded.text.includes('Ukraina — tulis'));
  assert.ok(decoded.text.includes('\uFFFD'));
  assert.ok(decoded.diagnostics.some((d) => d.rule === 'ingest/invalid-utf8'));
});

test('a windows-1252 article is still recognised as such', () => {
  const text = 'Café “Kopi Ñusantara” di Jakarta, 15 Maret 2025. Pengunjung memesan crème brûlée.\n'.repeat(5);
  const decoded = decodeBytes(iconv.encode(text, 'windows-1252'));
  assert.equal(decoded.encoding, 'windows-1252');
  assert.equal(decoded.text, text);
});

function raw(content: string, hints: RawDocument['hints'], format: RawDocument['format'] = 'text'): RawDocument {
  return { source: 'arsip.jsonl#1', kind: 'jsonl', format, content, encoding: 'utf-8', hints, diagnostics: [] };
}

test('a published hint that is no date ("nomor 3") is a diagnostic, not a date', () => {
  const referenceDate = new Date('2026-01-12T00:00:00Z');
  for (const format of ['text', 'html'] as const) {
    const content = format === 'html' ? `<html><body><article><p>${seed.split('\n\n').join('</p><p>')}</p></article></body></html>` : seed;
    const doc = extractDocument(raw(content, { published: 'nomor 3' }), { referenceDate });
    assert.notEqual(doc.published?.value, '2001-03-01', format);
    assert.ok(!/given by the source/i.test(doc.published?.reasoning ?? ''), `${format}: ${doc.published?.reasoning}`);
    assert.ok(doc.diagnostics.some((d) => d.rule === 'published/unparseable-hint'), format);
  }
  const dated = extractDocument(raw(seed, { published: 'Fri, 09 Jan 2026 06:12:00 GMT' }), { referenceDate });
  assert.equal(dated.published?.value.slice(0, 10), '2026-01-09', 'a real date in a hint is still read');
});

test('control characters never reach the terminal; tab, newline and text stay', () => {
  const hostile = 'Judul\x1b[2J\x1b]0;pwned\x07 berita\x1b[31m merah\x1b[0m\r\u009b2J\u0007\ttab\nbaris — “kutip”';
  assert.equal(terminalSafe(hostile), 'Judul berita merah\ttab\nbaris — “kutip”');
  const json = JSON.stringify({ title: hostile, c1: 'a\u0085b' });
  assert.equal(JSON.parse(withoutC0Controls(json)).title, hostile, 'JSON on stdout is left intact');
  assert.equal(JSON.parse(withoutC0Controls(json)).c1, 'a\u0085b');
  assert.ok(REPO_DIR);
});
