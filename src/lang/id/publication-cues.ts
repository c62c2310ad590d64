/**
 * Words that tell, in a news text, when it was written: report verbs before a date ("dirilis pada
 * Minggu, 13 Juli 2025", "ujarnya, Senin (12/6)"), relative years ("Juni tahun lalu"), durations
 * anchored to a start ("sejak Februari 2022 ... selama 16 bulan") and cues that a year is a plan.
 */

/** Report and release verbs (and "menurut"): a date soon after one is the day the news was told. */
export const REPORT_CUE_PATTERN = new RegExp(
  String.raw`\b(?:dirilis|merilis|rilis|dilansir|melansir|lansir|dikutip|mengutip|dilaporkan|melaporkan|laporan|` +
    'diterbitkan|menerbitkan|dimuat|memuat|diberitakan|memberitakan|dipublikasikan|mempublikasikan|' +
    'diumumkan|mengumumkan|disiarkan|menyiarkan|menurut|kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|' +
    'tuturnya|jelasnya|mengatakan|menyatakan|menjelaskan|menegaskan|menyebut|menyebutkan|' +
    'pernyataan|keterangan|reported|reports|released|published|said|says|told|announced|according to|quoted|' +
    String.raw`statement|citing)\b`,
  'iu',
);

/** "hari" may stand between "pada" and the weekday ("pada Hari Senin"). */
export const WEEKDAY_LEAD_PATTERN = String.raw`(?:(?:pada|on)\s+)?(?:hari\s+)?`;

/** Weekday words that also mean something else when followed by these ("Minggu lalu" = last week). */
export const WEEKDAY_NOT_DAY_AFTER =
  /^\s*(?:lalu|depan|ini|kemarin|pertama|kedua|ketiga|terakhir|ke-?\d|sebelumnya)\b/i;

/** "tahun lalu" / "last year", after an optional month: "Juni tahun lalu". */
export const LAST_YEAR_PATTERN = '(?:tahun lalu|tahun sebelumnya|last year)';

/** Cues before a year that make it a plan or a deadline, not something already past. */
export const FUTURE_BEFORE_YEAR =
  /\b(?:hingga|sampai|target|menjelang|jelang|rencana|direncanakan|proyeksi|diproyeksikan|diperkirakan|prediksi|visi|akan|mendatang|until|by|in the year|forecast|projected|expected in)\s+(?:(?:tahun|akhir|awal|pertengahan)\s+)?$/i;

/** Words after a number that make it a count ("2000 tentara"), not a year. */
export const COUNT_AFTER_NUMBER =
  /^\s*(?:orang|jiwa|warga|tentara|pasukan|personel|unit|buah|ton|kg|km|meter|m2|hektare|ha|persen|%|rumah|kali|lembar|ekor|kursi|suara|peserta|karyawan|pekerja|people|troops|soldiers|units|tons|percent|times|dolar|dollars|rupiah)\b/i;

/** Cues before a number that make it an amount ("Rp 2019", "sebanyak 2000"). */
export const AMOUNT_BEFORE_NUMBER =
  /(?:rp\.?|us\$|\$|€|£|sebanyak|sekitar|lebih dari|hampir|nomor|no\.|pasal|ayat|kode)\s*$/i;

/** Small number and ordinal words, for "selama tiga tahun" and "memasuki tahun keempat". */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
  'dua belas': 12,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  kedua: 2,
  ketiga: 3,
  keempat: 4,
  kelima: 5,
  keenam: 6,
  ketujuh: 7,
  kedelapan: 8,
  kesembilan: 9,
  kesepuluh: 10,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
};

/** Words that anchor a duration to its start ("sejak Februari 2022", "since 2019"). */
export const START_ANCHOR_PATTERN = String.raw`(?:sejak|semenjak|dimulai(?:\s+pada)?|bermula(?:\s+pada)?|since|began\s+in|started\s+in)`;

/** Unit words of a duration: months or years. */
export const DURATION_UNITS: Readonly<Record<string, 'month' | 'year'>> = {
  bulan: 'month',
  months: 'month',
  month: 'month',
  tahun: 'year',
  years: 'year',
  year: 'year',
};

/** "selama 16 bulan", "memasuki tahun keempat", "for 16 months", "in its fourth year". */
export const DURATION_LEAD_PATTERN = '(?:selama|sudah|telah|lebih dari|hampir|for|more than|nearly)';
export const ENTERING_YEAR_PATTERN = String.raw`(?:memasuki|menginjak|entering|in its)\s+(?:tahun\s+)?`;
