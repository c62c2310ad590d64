import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { hasShared, seedFiles, sharedPath } from '../../test/support/shared.ts';
import { identifyLanguage } from './identify.ts';

const skip = !hasShared() && 'needs ../shared';

test('the Indonesian seed articles are Indonesian', { skip }, () => {
  for (const file of seedFiles()) {
    const guess = identifyLanguage(readFileSync(file, 'utf8'));
    assert.equal(guess.language, 'id', file);
    assert.ok(guess.confidence > 0.6, `${file}: ${guess.confidence}`);
  }
});

test('English news articles (Giveme5W1H) are English', { skip }, () => {
  const dir = sharedPath('data', 'clustering', 'giveme5w1h-news-cluster-dev');
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'));
  assert.ok(files.length > 100);
  for (const name of files) {
    const article = JSON.parse(readFileSync(join(dir, name), 'utf8')) as { title?: string; text?: string };
    const guess = identifyLanguage(`${article.title ?? ''}\n${article.text ?? ''}`);
    assert.equal(guess.language, 'en', name);
  }
});

// Hand-written Malaysian news prose: kerajaan, wang, bilion, projek, kes, polis, bahawa, peratus…
const MALAY = [
  'Kerajaan akan memperuntukkan wang sebanyak RM2 bilion untuk projek pembinaan sekolah baharu di seluruh ' +
    'negara, kata Menteri Kewangan semalam. Peruntukan itu sebahagian daripada bajet tahun depan yang akan ' +
    'dibentangkan di Parlimen.',
  'Polis menahan tiga lelaki yang disyaki terlibat dalam kes rompakan di sebuah syarikat di Shah Alam. Suspek ' +
    'ditahan selepas orang awam memaklumkan kepada pihak polis mengenai kenderaan yang mencurigakan.',
  'Jabatan Kesihatan memaklumkan bahawa bilangan pesakit yang dirawat di hospital kerajaan meningkat sebanyak ' +
    '15 peratus kerana wabak selesema. Orang ramai dinasihatkan supaya sentiasa memakai pelitup muka.',
  'Pasukan bola sepak negara berjaya mara ke separuh akhir kejohanan itu. Jurulatih kebangsaan berkata ' +
    'pemain menunjukkan semangat juang yang tinggi walaupun bermain di tempat lawan.',
];

const INDONESIAN = [
  'Polisi menangkap tiga pria karena diduga terlibat kasus pencurian mobil di Jakarta Selatan, kemarin.',
  'Pemerintah menyebutkan bahwa anggaran proyek itu mencapai Rp2 triliun, naik 15 persen dari tahun lalu.',
];

test('Malay is told apart from Indonesian by its own spellings and words', () => {
  for (const text of MALAY) assert.equal(identifyLanguage(text).language, 'ms', text);
  for (const text of INDONESIAN) assert.equal(identifyLanguage(text).language, 'id', text);
});

test('names that look like Malay words do not count (Wang Yi in Indonesian news)', () => {
  const text =
    'Menteri Luar Negeri China Wang Yi mengatakan bahwa pemerintah akan terus mendukung kerja sama itu.';
  assert.equal(identifyLanguage(text).language, 'id');
});

test('other scripts, other languages and scraps are undetermined', () => {
  const chinese = '北京时间周五，国家主席在人民大会堂会见了来访的外国领导人，双方就双边关系交换了意见。';
  const arabic = 'أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم الاقتصاد الوطني خلال العام المقبل.';
  const french =
    'Le gouvernement a annoncé mardi une nouvelle réforme des retraites qui sera présentée au parlement la ' +
    'semaine prochaine, selon plusieurs sources proches du dossier.';
  for (const text of [chinese, arabic, french, 'Halo semua', '']) {
    assert.equal(identifyLanguage(text).language, 'und', text);
  }
  assert.ok(identifyLanguage(chinese).confidence > 0.9);
  assert.ok(
    identifyLanguage(french).confidence > 0,
    'a long text without markers is another language, not a scrap',
  );
  assert.equal(identifyLanguage('').confidence, 0);
});

test('confidence is lower for a single short sentence than for an article', { skip }, () => {
  const short = identifyLanguage(INDONESIAN[0]!);
  const long = identifyLanguage(readFileSync(seedFiles()[0]!, 'utf8'));
  assert.ok(short.confidence < long.confidence);
  assert.ok(short.confidence > 0 && long.confidence <= 1);
});
