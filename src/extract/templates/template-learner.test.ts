import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractFromText } from '../text/extract-text.ts';
import { splitLines } from '../text/shape.ts';
import { normaliseTemplateLine, OutletTemplateLearner, TEMPLATE_DEFAULTS } from './template-learner.ts';
import { isTemplateLine } from './template-lines.ts';

const referenceDate = new Date('2026-11-23T00:00:00Z');
const FOOTER = 'Kirimkan kabar dari lingkunganmu ke meja redaksi kami';
const SHARED_BACKGROUND =
  'Kota itu telah lama menjadi pusat perdagangan rempah di kawasan timur dan dikunjungi ribuan pedagang dari berbagai negeri setiap musim.';

const TOPICS = ['banjir', 'kebakaran', 'pasar murah', 'festival', 'kemacetan', 'pemadaman listrik'];

function article(n: number): string {
  const topic = TOPICS[n - 1] ?? 'cuaca';
  return [
    `Warga Kota Hadapi ${topic} Sejak Pagi`,
    `Berita tentang ${topic} ini menceritakan kejadian penting di kota pada pagi hari.`,
    FOOTER,
    SHARED_BACKGROUND,
    `Warga yang ditemui di lokasi ${topic} memberi keterangan kepada petugas kelurahan.`,
  ].join('\n');
}

describe('OutletTemplateLearner', () => {
  test('counts distinct normalised lines per outlet document', () => {
    const learner = new OutletTemplateLearner();
    learner.observe('Lensa Kota', ['Ikuti kami!', 'ikuti  KAMI', 'Berita satu.']);
    learner.observe('lensa kota', ['Ikuti kami.']);
    assert.deepEqual(learner.lineFrequency('Lensa Kota', 'IKUTI KAMI'), { documents: 2, outletDocuments: 2 });
    assert.deepEqual(learner.lineFrequency('Lain', 'Ikuti kami'), { documents: 0, outletDocuments: 0 });
  });

  test('normalises case, digits, punctuation and spacing', () => {
    assert.equal(normaliseTemplateLine('© 2025  Lensa Kota.'), normaliseTemplateLine('© 2024 LENSA KOTA'));
    assert.equal(normaliseTemplateLine(' Baca: 12 berita! '), 'baca 00 berita');
  });

  test('a line needs enough documents and a large enough share', () => {
    const learner = new OutletTemplateLearner();
    for (let i = 0; i < 3; i++) learner.observe('X', ['footer']);
    assert.equal(isTemplateLine(learner, 'X', 'footer'), false, 'three documents are too few');
    learner.observe('X', ['footer']);
    assert.equal(isTemplateLine(learner, 'X', 'footer'), true);
    for (let i = 0; i < 6; i++) learner.observe('X', ['other']);
    assert.equal(isTemplateLine(learner, 'X', 'footer'), false, '4 of 10 is under the share');
    assert.ok(TEMPLATE_DEFAULTS.minShare > 0.4);
  });

  test("five documents sharing a footer: it is removed from the sixth as the outlet's template", () => {
    const learner = new OutletTemplateLearner();
    for (let n = 1; n <= 5; n++) learner.observe('Lensa Kota', splitLines(article(n)));
    const ctx = { hints: { outlet: 'Lensa Kota' }, url: null, referenceDate };
    const sixth = extractFromText(article(6), { ...ctx, templates: learner });
    assert.ok(
      sixth.removed.some((p) => p.text === FOOTER && p.kind === 'template' && p.rule === 'outlet-template'),
    );
    assert.ok(!sixth.text.includes(FOOTER));
    assert.ok(sixth.text.includes(SHARED_BACKGROUND), 'a long body sentence is never template');
    assert.equal(sixth.text.split('\n\n').length, 3);
    const unlearned = extractFromText(article(6), ctx);
    assert.ok(unlearned.text.includes(FOOTER), 'without the learner the footer line stays');
  });
});
