import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Annotation, buildSegments, paragraphRanges } from './segments.ts';

const ann = (
  kind: Annotation['kind'],
  start: number,
  end: number,
  group = `${kind}:${start}`,
): Annotation => ({
  kind,
  start,
  end,
  group,
  label: group,
});

test('segments cover the range exactly and carry the annotations over them', () => {
  const text = 'Kata Dewi di Lembah Sari.';
  const segments = buildSegments(text, [ann('entity', 5, 9), ann('entity', 13, 24)]);
  assert.equal(segments.map((s) => s.text).join(''), text);
  assert.deepEqual(
    segments.map((s) => [s.text, s.annotations.map((a) => a.kind)]),
    [
      ['Kata ', []],
      ['Dewi', ['entity']],
      [' di ', []],
      ['Lembah Sari', ['entity']],
      ['.', []],
    ],
  );
});

test('overlapping and nested spans stack instead of clashing', () => {
  const text = '"Sekitar 1.200 warga mengungsi," kata Dewi.';
  const quote = ann('quote', 1, 30);
  const figure = ann('figure', 1, 20);
  const crossing = ann('time', 25, 40);
  const segments = buildSegments(text, [figure, quote, crossing]);
  assert.equal(segments.map((s) => s.text).join(''), text);
  const at = (offset: number) => segments.find((s) => s.start <= offset && offset < s.end)!;
  assert.deepEqual(new Set(at(5).annotations.map((a) => a.kind)), new Set(['quote', 'figure']));
  assert.deepEqual(new Set(at(22).annotations.map((a) => a.kind)), new Set(['quote']));
  assert.deepEqual(new Set(at(27).annotations.map((a) => a.kind)), new Set(['quote', 'time']));
  assert.deepEqual(new Set(at(35).annotations.map((a) => a.kind)), new Set(['time']));
  for (const s of segments) assert.equal(s.text, text.slice(s.start, s.end));
});

test('empty, reversed and out-of-range spans are ignored; spans are clipped to the range', () => {
  const text = 'Banjir bandang.';
  const segments = buildSegments(text, [ann('figure', 3, 3), ann('figure', 9, 4), ann('entity', 10, 99)], {
    start: 7,
    end: 15,
  });
  assert.deepEqual(
    segments.map((s) => [s.text, s.annotations.length]),
    [
      ['ban', 0],
      ['dang.', 1],
    ],
  );
});

test('an emoji or other astral character keeps UTF-16 offsets intact', () => {
  const text = 'Warga 🙏 Dewi';
  const start = text.indexOf('Dewi');
  const segments = buildSegments(text, [ann('entity', start, start + 4)]);
  assert.equal(segments.at(-1)?.text, 'Dewi');
});

test('paragraphs split on blank lines and keep their offsets into the text', () => {
  const text = 'Satu.\n\nDua\nbaris.\n \n\nTiga.';
  const ranges = paragraphRanges(text);
  assert.deepEqual(
    ranges.map((r) => text.slice(r.start, r.end)),
    ['Satu.', 'Dua\nbaris.', 'Tiga.'],
  );
});
