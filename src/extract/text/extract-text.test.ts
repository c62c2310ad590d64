import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hasShared, readSeed } from '../../../test/support/shared.ts';
import type { RemovedKind } from '../../model/document.ts';
import type { TextExtraction } from '../types.ts';
import { extractFromText } from './extract-text.ts';

const referenceDate = new Date('2026-11-23T00:00:00Z');

function extractSeed(prefix: string): { raw: string; result: TextExtraction } {
  const raw = readSeed(prefix);
  return { raw, result: extractFromText(raw, { hints: {}, url: null, referenceDate }) };
}

function assertRemoved(result: TextExtraction, text: string, kind: RemovedKind): void {
  const piece = result.removed.find((p) => p.text === text);
  assert.ok(piece, `expected '${text}' among removed pieces`);
  assert.equal(piece.kind, kind, `kind of '${text}'`);
  assert.ok(!paragraphs(result).includes(text), `'${text}' must be gone from the text`);
  if (text.length > 12) assert.ok(!result.text.includes(text), `'${text}' must be gone from the text`);
}

/** The whole input line holding `fragment` is a paragraph of the clean text, verbatim. */
function assertKept(result: TextExtraction, raw: string, fragment: string): void {
  const line = raw.split('\n').find((l) => l.includes(fragment));
  assert.ok(line, `seed has a line with '${fragment}'`);
  assert.ok(paragraphs(result).includes(line.trim()), `body keeps verbatim: '${fragment}…'`);
}

function paragraphs(result: TextExtraction): string[] {
  return result.text.split('\n\n');
}

function assertCleanShape(result: TextExtraction): void {
  assert.equal(result.text, result.text.trim());
  assert.ok(!/\n{3,}/.test(result.text), 'paragraphs are separated by exactly one blank line');
  assert.ok(paragraphs(result).every((p) => p.length > 0 && !p.includes('\n')));
}

describe('extractFromText on the seeds', { skip: !hasShared() }, () => {
  test('000: rubric, headline, inline promo and lone outlet name go; the outlet is Mureks', () => {
    const { raw, result } = extractSeed('000');
    assertCleanShape(result);
    assert.equal(result.section, 'Internasional');
    assert.equal(
      result.title,
      'Kim Jong Un Bersumpah Dukung Penuh Putin, Sebut Hubungan Rusia-Korut Paling Berharga',
    );
    assertRemoved(result, 'Internasional', 'section');
    assertRemoved(
      result,
      'Mureks juga menyajikan berbagai artikel informatif terkait. mureks.co.id',
      'promo',
    );
    assertRemoved(result, 'Mureks', 'promo');
    assert.ok(!result.text.endsWith('Mureks'));
    assertKept(result, raw, 'Mureks mencatat bahwa');
    assertKept(result, raw, 'Sebagai respons, Presiden Putin');
    assertKept(result, raw, 'Peran Korea Utara dalam Konflik Ukraina');
    assertKept(result, raw, '“Saya akan menghormati tanpa syarat');
    assert.equal(paragraphs(result).length, 8);
    assert.equal(result.outlet?.name, 'Mureks');
    assert.ok(result.outlet?.evidence.includes('mureks.co.id'));
    assert.equal(result.byline, null);
  });

  test('000: "Jumat (9/1)" gives 2026-01-09, the latest Friday 9 January not after the reference date', () => {
    const { raw, result } = extractSeed('000');
    assert.equal(result.published?.value, '2026-01-09');
    assert.equal(result.published?.inferred, true);
    assert.ok(result.published?.evidence.includes('Jumat (9/1)'));
    assert.ok(raw.includes(result.published?.evidence ?? '∅'), 'evidence is verbatim input');
    assert.match(result.published?.reasoning ?? '', /Friday in 2026/);
  });

  test('001: dateline, closing ornament, tagline and navigation go; the outlet is KlikWartaku', () => {
    const { raw, result } = extractSeed('001');
    assertCleanShape(result);
    assert.equal(result.title, 'Kim Jong Un Tegaskan Dukungan Penuh Rusia dalam Perang Ukraina');
    assert.equal(result.section, null);
    assertRemoved(result, 'KLIKWARTAKU —', 'dateline');
    assertRemoved(result, 'KlikWartaku.Com Gak Cuma Cepat Tapi Tepat', 'promo');
    assertRemoved(result, 'Homepage', 'navigation');
    assert.ok(result.removed.some((p) => p.text === '***' && p.kind === 'other'));
    assert.ok(!result.text.includes('***'));
    assert.ok(result.text.startsWith('Pemimpin Korea Utara Kim Jong Un kembali menegaskan'));
    assert.ok(result.text.endsWith('dalam geopolitik global.'));
    assertKept(result, raw, '11.000 Tentara Korea Utara Dikirim ke Rusia');
    assertKept(result, raw, 'Perjanjian Pertahanan Bersama Rusia-Korea Utara');
    assertKept(result, raw, 'Dimensi Baru Konflik Global');
    assertKept(result, raw, 'Langkah ini memperkuat kesepakatan');
    assert.equal(paragraphs(result).length, 13);
    assert.equal(result.outlet?.name, 'KlikWartaku');
    assert.ok(raw.includes(result.outlet?.evidence ?? '∅'));
  });

  test('001: "Juni tahun lalu" and "April lalu" alone give no publication date', () => {
    assert.equal(extractSeed('001').result.published, null);
  });

  test('002: "Berita Terkait" and "Back to top button" go; no outlet evidence', () => {
    const { raw, result } = extractSeed('002');
    assertCleanShape(result);
    assert.equal(
      result.title,
      'Kim Jong Un Dukung Rusia Terkait Soal Ukraina, Tegaskan Solidaritas Korea Utara',
    );
    assertRemoved(result, 'Berita Terkait', 'related');
    assertRemoved(result, 'Back to top button', 'navigation');
    assertKept(result, raw, 'Dukungan ini bukan hanya merupakan indikasi politik');
    assertKept(result, raw, 'Dalam pertemuan yang diadakan pada Sabtu, 12 Juli 2025');
    assert.equal(paragraphs(result).length, 9);
    assert.equal(result.outlet, null);
  });

  test('002: the release date "dirilis pada Minggu, 13 Juli 2025" is taken, its weekday checked', () => {
    const { result } = extractSeed('002');
    assert.equal(result.published?.value, '2025-07-13');
    assert.ok(result.published?.evidence.includes('Minggu, 13 Juli 2025'));
    assert.match(result.published?.reasoning ?? '', /Sunday matches 13 July 2025/);
    assert.equal(result.diagnostics.length, 0);
  });

  test('003: share label and "JAKARTA -" dateline go; no title, no outlet', () => {
    const { raw, result } = extractSeed('003');
    assertCleanShape(result);
    assertRemoved(result, 'Bagikan:', 'share');
    assertRemoved(result, 'JAKARTA -', 'dateline');
    assert.ok(result.text.startsWith('Pemimpin Korea Utara Kim Jong-un bersumpah'));
    assertKept(result, raw, 'Pada Juli 2022, Korea Utara mengakui');
    assertKept(result, raw, '"Keadilan pasti akan menang');
    assert.equal(paragraphs(result).length, 12);
    assert.equal(result.title, null);
    assert.equal(result.outlet, null);
  });

  test('003: "pada Hari Senin" with "12 Juni" gives Monday 12 June 2023, after 2022 mentioned in the text', () => {
    const { raw, result } = extractSeed('003');
    assert.equal(result.published?.value, '2023-06-12');
    assert.equal(result.published?.inferred, true);
    assert.ok(raw.includes(result.published?.evidence ?? '∅'));
    assert.match(result.published?.reasoning ?? '', /Monday in 2023/);
    assert.match(result.published?.reasoning ?? '', /2022/);
  });

  test('004: header, captions, dateline and the whole tail go; sub-headings and quotes stay', () => {
    const { raw, result } = extractSeed('004');
    assertCleanShape(result);
    assert.equal(result.section, 'Internasional');
    assert.equal(result.title, "Rusia & Korut 'Bersatu', Putin Puja-puji Pasukan Kim Jong Un");
    assertRemoved(result, 'sef, CNBC Indonesia', 'byline');
    assertRemoved(result, '15 August 2025 13:12', 'date');
    assertRemoved(result, '(Sputnik/Mikhail Metzel/Kremlin via REUTERS)', 'credit');
    assert.ok(result.removed.some((p) => p.kind === 'caption' && p.text.startsWith('Foto: Presiden Rusia')));
    assert.ok(
      result.removed.some((p) => p.kind === 'caption' && p.text.startsWith('Presiden Rusia Valdimir')),
    );
    assertRemoved(result, 'Jakarta, CNBC Indonesia -', 'dateline');
    assertRemoved(result, '(sef/sef)', 'editor');
    assertRemoved(result, '[Gambas:Video CNBC]', 'embed');
    assertRemoved(
      result,
      'Next Article Kim Jong Un Makin Mesra dengan Rusia, Dukung Serangan ke Ukraina',
      'related',
    );
    assertRemoved(result, 'Tags', 'tags');
    for (const label of ['Related Articles', 'Recommendation', 'Most Popular'])
      assertRemoved(result, label, 'related');
    assert.ok(result.text.startsWith('Presiden Rusia Vladimir Putin memuji pasukan Korea Utara (Korut).'));
    assertKept(result, raw, 'Delegasi Khusus');
    assertKept(result, raw, 'Respons Kim Jong Un');
    assertKept(result, raw, '"Rakyat Rusia akan selamanya menyimpan kenangan');
    assertKept(result, raw, 'Panggilan telepon tersebut dilakukan');
    assert.equal(paragraphs(result).length, 16);
    assert.equal(result.byline, 'sef');
    assert.equal(result.outlet?.name, 'CNBC Indonesia');
    assert.ok(result.outlet?.evidence.includes('CNBC Indonesia'));
  });

  test('004: the header date line is read to the minute', () => {
    const { result } = extractSeed('004');
    assert.deepEqual(
      {
        value: result.published?.value,
        evidence: result.published?.evidence,
        inferred: result.published?.inferred,
      },
      { value: '2025-08-15T13:12', evidence: '15 August 2025 13:12', inferred: false },
    );
  });

  test('every seed: removed pieces and kept text are verbatim pieces of the input', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { raw, result } = extractSeed(prefix);
      for (const piece of result.removed) assert.ok(raw.includes(piece.text), `${prefix}: '${piece.text}'`);
      for (const paragraph of paragraphs(result))
        assert.ok(raw.includes(paragraph), `${prefix}: '${paragraph}'`);
    }
  });

  test('every seed: extraction is idempotent on its own output', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const { result } = extractSeed(prefix);
      const again = extractFromText(result.text, { hints: {}, url: null, referenceDate });
      assert.equal(again.text, result.text, prefix);
    }
  });
});
