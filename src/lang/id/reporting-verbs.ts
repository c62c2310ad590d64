/**
 * Reporting verbs and attribution frames of Indonesian news, as the quote extractor reads them.
 * Every word is stored lower-cased.
 */

/**
 * Bare (root) forms written right after a direct quote, speaker inverted after them:
 * `"…," kata Budi`, `"…," ujarnya`. Several are ordinary words elsewhere (jelas, tegas, tambah),
 * so they count as cues only in that position.
 */
const INVERTED_CUES = new Set([
  'kata',
  'ujar',
  'ucap',
  'tutur',
  'ungkap',
  'jelas',
  'tegas',
  'sebut',
  'tulis',
  'tambah',
  'imbuh',
  'lanjut',
  'terang',
  'papar',
  'tanya',
  'tandas',
  'pungkas',
  'seru',
  'sahut',
  'jawab',
  'timpal',
  'kilah',
  'aku',
  'cetus',
  'celetuk',
  'bilang',
  'beber',
  'urai',
  'sambung',
  'pesan',
  'tukas',
  'sergah',
  'bantah',
  'klaim',
  'kenang',
  'keluh',
  'ajak',
  'pinta',
  'imbau',
  'harap',
  'ingat',
  'tutup',
  'bisik',
  'teriak',
  'canda',
  'kisah',
  'nilai',
  'simpul',
  'katakan',
  'ujarkan',
]);

/** Passive forms that name the speaker after them, optionally with `oleh`: `"…," dikatakan Budi`. */
const PASSIVE_CUES = new Set([
  'dikatakan',
  'disebutkan',
  'disampaikan',
  'ditegaskan',
  'diungkapkan',
  'dijelaskan',
  'dituturkan',
  'ditulis',
  'dinyatakan',
  'ditambahkan',
  'diucapkan',
  'dipaparkan',
  'diterangkan',
]);

/** Words that attribute a quote to the publication it was taken from: `"…," melansir Reuters`. */
const SOURCE_CUES = new Set(['melansir', 'dilansir', 'mengutip', 'dikutip', 'lapor', 'dilaporkan']);

/** How a prefixed speech verb may frame what was said. */
export interface SpeechVerb {
  /** It can govern a quoted phrase in its sentence: `ia menyebut … sebagai "heroik"`. */
  partial: boolean;
  /**
   * Reported speech it introduces: `free` takes a clause with or without `bahwa`
   * (`Kim menyatakan Korea Utara mendukung …`), `bahwa` only with it, `none` never.
   */
  indirect: 'free' | 'bahwa' | 'none';
}

const FREE: SpeechVerb = { partial: true, indirect: 'free' };
const BAHWA: SpeechVerb = { partial: true, indirect: 'bahwa' };
const PHRASE_ONLY: SpeechVerb = { partial: true, indirect: 'none' };
const CLAUSE_ONLY: SpeechVerb = { partial: false, indirect: 'bahwa' };

const SPEECH_VERB_TABLE: Record<string, SpeechVerb> = {
  mengatakan: FREE,
  menyatakan: FREE,
  menegaskan: FREE,
  menyebutkan: FREE,
  mengungkapkan: FREE,
  menjelaskan: FREE,
  menambahkan: FREE,
  menuturkan: FREE,
  menerangkan: FREE,
  mengklaim: FREE,
  menandaskan: FREE,
  berujar: FREE,
  menilai: FREE,
  memperingatkan: BAHWA,
  menyebut: BAHWA,
  memaparkan: BAHWA,
  menulis: BAHWA,
  menuliskan: BAHWA,
  berkata: BAHWA,
  berucap: BAHWA,
  bertutur: BAHWA,
  menyampaikan: BAHWA,
  menekankan: BAHWA,
  berpendapat: BAHWA,
  mengingatkan: BAHWA,
  membantah: BAHWA,
  menyangkal: BAHWA,
  menjawab: BAHWA,
  mengemukakan: BAHWA,
  melaporkan: BAHWA,
  mengumumkan: BAHWA,
  berjanji: BAHWA,
  bersumpah: BAHWA,
  mencatat: BAHWA,
  menceritakan: BAHWA,
  mengisahkan: BAHWA,
  mengutarakan: BAHWA,
  membeberkan: BAHWA,
  menguraikan: BAHWA,
  mengungkap: BAHWA,
  mengaku: BAHWA,
  berharap: BAHWA,
  menyimpulkan: BAHWA,
  mengucapkan: PHRASE_ONLY,
  memuji: PHRASE_ONLY,
  menyerukan: PHRASE_ONLY,
  mengecam: PHRASE_ONLY,
  mengkritik: PHRASE_ONLY,
  mendesak: PHRASE_ONLY,
  menuduh: PHRASE_ONLY,
  menggambarkan: PHRASE_ONLY,
  memandang: PHRASE_ONLY,
  menganggap: PHRASE_ONLY,
  menjuluki: PHRASE_ONLY,
  menyinggung: PHRASE_ONLY,
  menanggapi: PHRASE_ONLY,
  mengimbau: PHRASE_ONLY,
  meminta: PHRASE_ONLY,
  mengajak: PHRASE_ONLY,
  menyarankan: PHRASE_ONLY,
  bertanya: PHRASE_ONLY,
  menanyakan: PHRASE_ONLY,
  menyebutnya: PHRASE_ONLY,
  berseru: PHRASE_ONLY,
  berpesan: PHRASE_ONLY,
  mengeluhkan: PHRASE_ONLY,
  mengakui: CLAUSE_ONLY,
  meyakini: CLAUSE_ONLY,
};

const SPEECH_VERBS = new Map(Object.entries(SPEECH_VERB_TABLE));

/** Words that cancel a reporting verb right before it: `tidak mengatakan`, `enggan menyebutkan`. */
const NEGATIONS = new Set(['tidak', 'tak', 'belum', 'bukan', 'enggan', 'menolak', 'jangan', 'tanpa']);

/** Nouns after `menurut` that are not a source of speech: `menurut rencana`, `menurut aturan`. */
const MENURUT_NON_SOURCES = new Set([
  'rencana',
  'jadwal',
  'aturan',
  'ketentuan',
  'peraturan',
  'undang-undang',
  'hukum',
  'pasal',
  'tradisi',
  'kepercayaan',
  'kalender',
  'perhitungan',
  'hitungan',
  'prosedur',
  'standar',
]);

/**
 * Nouns naming what carries a statement, skipped before the source's name:
 * `menurut laporan KCNA`, `demikian kutipan dari laporan KCNA`, `melansir situs resmi Kremlin`.
 */
const STATEMENT_CARRIERS = new Set([
  'laporan',
  'keterangan',
  'pernyataan',
  'kutipan',
  'bunyi',
  'isi',
  'rilis',
  'siaran',
  'pers',
  'situs',
  'laman',
  'akun',
  'unggahan',
  'cuitan',
  'media',
  'kantor',
  'berita',
  'surat',
  'kabar',
  'harian',
  'data',
  'catatan',
  'dokumen',
  'survei',
  'resmi',
  'tertulis',
  'pemerintah',
  'pesan',
  'wawancara',
  'video',
  'pidato',
  'sumber',
]);

/** The word that opens a closing frame: `"…," demikian kutipan dari laporan KCNA`. */
export const DEMIKIAN = 'demikian';
export const MENURUT = 'menurut';
/** `bahwa` and its formal variant introduce a reported clause. */
const COMPLEMENTISERS = new Set(['bahwa', 'bahwasanya']);

/** The root of an inverted cue (`kata`, `tambah`), also when written with `-nya` (`tambahnya`). */
export function invertedCueRoot(word: string): { root: string; clitic: boolean } | null {
  const lower = word.toLowerCase();
  if (INVERTED_CUES.has(lower)) return { root: lower, clitic: false };
  if (lower.endsWith('nya') && INVERTED_CUES.has(lower.slice(0, -3))) {
    return { root: lower.slice(0, -3), clitic: true };
  }
  return null;
}

export function isPassiveCue(word: string): boolean {
  return PASSIVE_CUES.has(word.toLowerCase());
}

export function isSourceCue(word: string): boolean {
  return SOURCE_CUES.has(word.toLowerCase());
}

export function speechVerb(word: string): SpeechVerb | null {
  return SPEECH_VERBS.get(word.toLowerCase()) ?? null;
}

export function isNegation(word: string): boolean {
  return NEGATIONS.has(word.toLowerCase());
}

export function isMenurutNonSource(word: string): boolean {
  return MENURUT_NON_SOURCES.has(word.toLowerCase());
}

export function isStatementCarrier(word: string): boolean {
  return STATEMENT_CARRIERS.has(word.toLowerCase());
}

export function isComplementiser(word: string): boolean {
  return COMPLEMENTISERS.has(word.toLowerCase());
}
