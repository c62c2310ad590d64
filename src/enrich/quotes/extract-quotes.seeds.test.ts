import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hasShared, readSeed, seedFiles } from '../../../test/support/shared.ts';
import type { Quote } from '../../model/quote.ts';
import { extractQuotes } from './extract-quotes.ts';

const skip = hasShared() ? false : 'needs ../shared';

function quoteStarting(quotes: Quote[], words: string): Quote {
  const found = quotes.find((quote) => quote.text.startsWith(words));
  assert.ok(
    found,
    `no quote starting "${words}" in ${JSON.stringify(quotes.map((q) => q.text.slice(0, 40)))}`,
  );
  return found;
}

describe('extractQuotes on the seed articles (entities: [])', { skip }, () => {
  it('seed 004: kata Putin, tambahnya, a continuing quote paragraph, "heroik", menurut KCNA', () => {
    const quotes = extractQuotes(readSeed('004'), []);
    const militant = quoteStarting(quotes, 'Ikatan persahabatan militan');
    assert.deepEqual(militant.speaker, { entity: null, name: 'Putin', evidence: 'verb:kata' });
    const proven = quoteStarting(quotes, 'Hal ini sepenuhnya dibuktikan');
    assert.equal(proven.speaker?.name, 'Putin');
    assert.equal(proven.cue, 'tambahnya');
    const forever = quoteStarting(quotes, 'Rakyat Rusia akan selamanya');
    assert.deepEqual(forever.speaker, { entity: null, name: 'Putin', evidence: 'continuation' });
    const heroic = quotes.find((quote) => quote.text === 'heroik');
    assert.match(heroic?.speaker?.name ?? '', /Putin$/);
    const volodin = quoteStarting(quotes, 'Volodin berterima kasih');
    assert.deepEqual(volodin.speaker, { entity: null, name: 'KCNA', evidence: 'menurut' });
  });

  it('seed 003: kata Pemimpin Kim, John Kirby, and no scare quotes', () => {
    const quotes = extractQuotes(readSeed('003'), []);
    assert.equal(quoteStarting(quotes, 'Keadilan pasti akan menang').speaker?.name, 'Kim');
    assert.equal(quoteStarting(quotes, 'Sebagai bagian dari kesepakatan').speaker?.name, 'John Kirby');
    assert.ok(!quotes.some((quote) => quote.text === 'nakal' || quote.text === 'republik rakyat'));
  });

  it('seed 000: tulis Kim Jong Un', () => {
    const quote = quoteStarting(extractQuotes(readSeed('000'), []), 'Saya akan menghormati');
    assert.deepEqual(quote.speaker, { entity: null, name: 'Kim Jong Un', evidence: 'verb:tulis' });
  });

  it('seed 002: demikian kutipan dari laporan KCNA', () => {
    const quote = quoteStarting(extractQuotes(readSeed('002'), []), 'Kim Jong Un kembali menegaskan');
    assert.equal(quote.direct, true);
    assert.deepEqual(quote.speaker, { entity: null, name: 'KCNA', evidence: 'frame' });
  });

  it('every quote of every seed points at its own words; direct ones carry no quotation marks', () => {
    for (const file of seedFiles()) {
      const text = readSeed(file.split('/').pop()?.slice(0, 3) ?? '');
      for (const quote of extractQuotes(text, [])) {
        assert.equal(text.slice(quote.start, quote.end), quote.text);
        if (quote.direct) assert.doesNotMatch(quote.text, /^["“”„‘'«]|["“”‘’'»]$/u);
      }
    }
  });
});
