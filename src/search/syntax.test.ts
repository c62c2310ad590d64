import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_TERMS, parseQuery, QuerySyntaxError } from './syntax.ts';

const word = (w: string, prefix = false) => ({ type: 'word', word: w, prefix });

/** The tree without positions: what a query means. */
function shape(q: string): unknown {
  return JSON.parse(JSON.stringify(parseQuery(q), (key, value) => (key === 'start' || key === 'end' ? undefined : value)));
}

function errorAt(q: string): { position: number; message: string } {
  try {
    parseQuery(q);
  } catch (error) {
    assert.ok(error instanceof QuerySyntaxError, `${q}: ${String(error)}`);
    return { position: error.position, message: error.message };
  }
  assert.fail(`${q} should not parse`);
}

test('words are ANDed; OR binds looser; parentheses group', () => {
  assert.deepEqual(shape('banjir Jakarta'), { type: 'and', children: [word('banjir'), word('jakarta')] });
  assert.deepEqual(shape('a b OR c'), {
    type: 'or',
    children: [{ type: 'and', children: [word('a'), word('b')] }, word('c')],
  });
  assert.deepEqual(shape('a (b OR c)'), {
    type: 'and',
    children: [word('a'), { type: 'or', children: [word('b'), word('c')] }],
  });
  assert.deepEqual(shape('a AND b'), shape('a b'), 'AND may be written');
  assert.equal((shape('banjir or longsor') as { children: unknown[] }).children.length, 3, 'lower-case or is a word');
});

test('exclusions, phrases, prefixes and filters', () => {
  assert.deepEqual(shape('Ukraina -Lavrov'), {
    type: 'and',
    children: [word('ukraina'), { type: 'not', child: word('lavrov') }],
  });
  assert.deepEqual(shape('Ukraina NOT Lavrov'), shape('Ukraina -Lavrov'));
  assert.deepEqual(shape('"Korea  Utara"'), { type: 'phrase', words: ['korea', 'utara'] });
  assert.deepEqual(shape('kirim*'), word('kirim', true));
  assert.deepEqual(shape('covid-19'), { type: 'phrase', words: ['covid', '19'] }, 'a hyphenated word is a phrase');
  assert.deepEqual(shape('Jakarta - Bandung'), shape('Jakarta Bandung'), 'a dash standing alone is punctuation');
  assert.deepEqual(shape('banjir -'), word('banjir'));
  assert.deepEqual(shape('outlet:"Kabar Lembah" lang:ID from:2025-03 to:2025-03-31 entity:Korut'), {
    type: 'and',
    children: [
      { type: 'filter', field: 'outlet', value: 'Kabar Lembah' },
      { type: 'filter', field: 'lang', value: 'id' },
      { type: 'filter', field: 'from', value: '2025-03' },
      { type: 'filter', field: 'to', value: '2025-03-31' },
      { type: 'filter', field: 'entity', value: 'Korut' },
    ],
  });
  assert.deepEqual(shape('http://x.id'), { type: 'phrase', words: ['http', 'x', 'id'] }, 'an unknown field is words');
  assert.deepEqual(shape('banjir & longsor'), shape('banjir longsor'), 'a token without letters is dropped');
});

test('what cannot be read is an error that says where', () => {
  const cases: [string, number, RegExp][] = [
    ['banjir "Korea', 7, /unclosed quote/],
    ['(banjir', 0, /\( without its \)/],
    ['banjir)', 6, /\) without its \(/],
    ['banjir OR', 7, /OR needs a term/],
    ['OR banjir', 0, /OR needs a term/],
    ['banjir AND', 7, /AND needs a term/],
    ['-banjir', 0, /exclusion needs a term/],
    ['banjir OR -longsor', 10, /exclusion needs a term/],
    ['from:2025-13', 5, /from: wants a date/],
    ['to:kemarin', 3, /to: wants a date/],
    ['lang:indonesia', 5, /language code/],
    ['outlet:', 0, /needs a value/],
    ['d*', 0, /at least 3 letters/],
    ['ki*rim', 2, /may only end a word/],
    ['""', 0, /empty phrase/],
    ['()', 0, /empty parentheses/],
    ['& %', 0, /no words/],
  ];
  for (const [q, position, message] of cases) {
    const error = errorAt(q);
    assert.match(error.message, message, q);
    assert.equal(error.position, position, q);
  }
});

test('a query has a budget of terms and nesting, so none can stall a server', () => {
  const many = Array.from({ length: 32 }, () => 'd').join(' ');
  assert.equal(errorAt(many).position, MAX_TERMS * 2, 'the first term over the budget is named');
  assert.doesNotThrow(() => parseQuery(Array.from({ length: MAX_TERMS }, (_, i) => `w${i}`).join(' ')));
  assert.match(errorAt(`${'('.repeat(9)}a${')'.repeat(9)}`).message, /nest/);
});
