import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatFromContentType, formatFromName, sniffFormat } from './format.ts';

test('file names decide the format when they can', () => {
  assert.equal(formatFromName('a/b/berita.HTML'), 'html');
  assert.equal(formatFromName('feed.atom'), 'feed');
  assert.equal(formatFromName('batch.ndjson'), 'jsonl');
  assert.equal(formatFromName('notes.txt'), 'text');
  assert.equal(formatFromName('README'), null);
  assert.equal(formatFromName('.bashrc'), null);
});

test('content types decide for URLs; vague ones are sniffed; media is unsupported', () => {
  assert.equal(formatFromContentType('text/html; charset=utf-8'), 'html');
  assert.equal(formatFromContentType('application/rss+xml'), 'feed');
  assert.equal(formatFromContentType('application/feed+xml'), 'feed');
  assert.equal(formatFromContentType('text/plain'), 'sniff');
  assert.equal(formatFromContentType(null), 'sniff');
  assert.equal(formatFromContentType('text/markdown'), 'text');
  assert.equal(formatFromContentType('application/pdf'), 'unsupported');
});

test('sniffing looks past XML declarations and comments to the root element', () => {
  assert.equal(sniffFormat('\n<!DOCTYPE html>\n<html><body>x</body></html>'), 'html');
  assert.equal(sniffFormat('<!-- saved page -->\n<html lang="id">'), 'html');
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<!-- generator -->\n<rss version="2.0">'), 'feed');
  assert.equal(sniffFormat('<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">'), 'feed');
  assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom">'), 'feed');
  assert.equal(sniffFormat('{"text": "a"}\n{"text": "b"}\n'), 'jsonl');
  assert.equal(sniffFormat('Jakarta - Presiden mengatakan <b>tidak</b>.'), 'text');
});
