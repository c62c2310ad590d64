import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findQuotedSpans } from './quote-marks.ts';

function quoted(text: string): string[] {
  return findQuotedSpans(text, 0, text.length).map((span) => text.slice(span.start, span.end));
}

describe('findQuotedSpans', () => {
  it('reads every quotation style without the marks and the comma before the closer', () => {
    assert.deepEqual(quoted('“Kami siap,” kata Ani.'), ['Kami siap']);
    assert.deepEqual(quoted('"Kami siap," kata Ani.'), ['Kami siap']);
    assert.deepEqual(quoted('‘Kami siap,’ kata Ani.'), ['Kami siap']);
    assert.deepEqual(quoted("'Kami siap,' kata Ani."), ['Kami siap']);
    assert.deepEqual(quoted('«Kami siap», kata Ani.'), ['Kami siap']);
    assert.deepEqual(quoted('„Kami siap“, kata Ani.'), ['Kami siap']);
  });

  it('reads the closing mark used as an opener, with or without spaces inside', () => {
    assert.deepEqual(quoted('”Kami siap,” kata Ani.'), ['Kami siap']);
    assert.deepEqual(quoted('bantuan . ” Saya minta semua jalan , ” kata Presiden .'), [
      'Saya minta semua jalan',
    ]);
  });

  it('keeps a quote left open at the paragraph end as unclosed', () => {
    const text = '"Kami akan terus bekerja.';
    const [span] = findQuotedSpans(text, 0, text.length);
    assert.equal(span?.closed, false);
    assert.equal(text.slice(span?.start, span?.end), 'Kami akan terus bekerja.');
  });

  it('closes an unclosed quote where a fresh opener starts', () => {
    assert.deepEqual(quoted('“Satu. “Dua,” kata Ani.'), ['Satu.', 'Dua']);
  });

  it('does not take apostrophes for quotation marks', () => {
    assert.deepEqual(quoted("Salat Jum'at di masjid Ma’ruf Amin."), []);
    assert.deepEqual(quoted('Ia bilang ‘oke’ lalu pergi ke rumah Ma’ruf.'), ['oke']);
  });

  it('pairs marks inside the given paragraph only', () => {
    const text = 'Lain. "Satu," kata Ani. Lagi.';
    const from = text.indexOf('"');
    const spans = findQuotedSpans(text, from, text.indexOf(' Lagi'));
    assert.equal(spans.length, 1);
    assert.equal(spans[0]?.open, from);
  });
});
