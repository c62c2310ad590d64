/**
 * Indonesian time words beyond month and weekday names (those live in `calendar.ts`): relative
 * days, directions ("lalu", "mendatang"), periods, clock zones and the cues that make a bare
 * month or weekday point to the past or the future.
 */

/** Day words and their offset in days from the publication date. */
export const RELATIVE_DAY_WORDS: Record<string, number> = {
  'kemarin lusa': -2,
  'kemarin dulu': -2,
  kemarin: -1,
  'hari ini': 0,
  'pagi ini': 0,
  'siang ini': 0,
  'sore ini': 0,
  'malam ini': 0,
  'tadi pagi': 0,
  'tadi siang': 0,
  'tadi sore': 0,
  'esok hari': 1,
  'besok lusa': 2,
  besok: 1,
  esok: 1,
  lusa: 2,
};

/** Words after a period or name that point before the publication date. */
export const PAST_WORDS = ['yang lalu', 'lalu', 'silam', 'kemarin'] as const;

/** Words after a period or name that point after the publication date. */
export const FUTURE_WORDS = ['yang akan datang', 'mendatang', 'depan', 'nanti'] as const;

/** Words after "N hari" that count forward from the publication date ("dua hari lagi"). */
export const LATER_WORDS = ['lagi', 'ke depan', 'mendatang', 'yang akan datang'] as const;

/** Period nouns and the granularity of the expression they form. */
export const PERIOD_WORDS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  hari: 'day',
  pekan: 'week',
  minggu: 'week',
  bulan: 'month',
  tahun: 'year',
};

/** Modifiers that name a part of a period ("akhir tahun lalu"); the value keeps the period's granularity. */
export const PERIOD_PART_WORDS = [
  'awal',
  'akhir',
  'pertengahan',
  'medio',
  'penghujung',
  'permulaan',
] as const;

/** Words before a bare month name that make it a time ("pada Maret", "sejak Juni"). */
export const MONTH_CUE_WORDS = [
  'pada',
  'sejak',
  'hingga',
  'sampai',
  'selama',
  'jelang',
  'menjelang',
  'mulai',
  'per',
  'bulan',
  'awal',
  'akhir',
  'pertengahan',
  'medio',
  'penghujung',
  'di',
  'dari',
  'sepanjang',
  'sebelum',
  'setelah',
  'sesudah',
  'sekitar',
  'tiap',
  'setiap',
  'in',
  'since',
  'until',
  'by',
] as const;

/** Words anywhere in a sentence that point a bare weekday or month to the future. */
export const FUTURE_CUE_WORDS = [
  'akan',
  'bakal',
  'mendatang',
  'nanti',
  'dijadwalkan',
  'rencananya',
  'direncanakan',
  'berencana',
  'will',
] as const;

/** Indonesian clock zones and their UTC offsets. */
export const CLOCK_ZONES: Record<string, string> = {
  wib: '+07:00',
  wita: '+08:00',
  wit: '+09:00',
  gmt: 'Z',
  utc: 'Z',
};

/** Words that open a clock time ("pukul 10.00"). */
export const CLOCK_CUE_WORDS = ['pukul', 'jam', 'pkl'] as const;

/**
 * Parts of the day after a clock time, and the 12-hour readings that move to the afternoon or
 * evening: "jam 2 siang" = 14:00 but "jam 11 siang" = 11:00; "pukul 8 malam" = 20:00.
 */
export const DAY_PART_WORDS: Record<string, { afternoonFrom: number; afternoonTo: number }> = {
  'dini hari': { afternoonFrom: 0, afternoonTo: -1 },
  dinihari: { afternoonFrom: 0, afternoonTo: -1 },
  pagi: { afternoonFrom: 0, afternoonTo: -1 },
  siang: { afternoonFrom: 1, afternoonTo: 5 },
  sore: { afternoonFrom: 1, afternoonTo: 7 },
  petang: { afternoonFrom: 1, afternoonTo: 7 },
  malam: { afternoonFrom: 6, afternoonTo: 11 },
};

/** Words before a weekday name that make it a prayer or a place, not a date ("salat Jumat", "Pasar Minggu"). */
export const WEEKDAY_NOT_DATE_BEFORE = [
  'salat',
  'shalat',
  'sholat',
  'solat',
  'ibadah',
  'khotbah',
  'khutbah',
  'pasar',
] as const;

/** Modifiers before a duration that stay in its text ("lebih dari tiga tahun"). */
export const DURATION_MODIFIERS = [
  'lebih dari',
  'kurang dari',
  'hampir',
  'sekitar',
  'kira-kira',
  'setidaknya',
  'sedikitnya',
  'paling sedikit',
  'paling lama',
  'maksimal',
  'minimal',
] as const;

/** Words after a duration that stay in its text ("setahun terakhir"). */
export const DURATION_TRAILERS = ['terakhir', 'belakangan', 'belakangan ini', 'terakhir ini'] as const;

/** Words after "N unit" that make it a point relative to something else, not to publication. */
export const ANCHORED_ELSEWHERE_WORDS = [
  'kemudian',
  'sebelumnya',
  'setelahnya',
  'sesudahnya',
  'berikutnya',
] as const;

/** Month names written in full (Indonesian, spelling variants, English): safe to recognise with a cue alone. */
export const FULL_MONTH_NAMES = [
  'januari',
  'februari',
  'pebruari',
  'maret',
  'april',
  'mei',
  'juni',
  'juli',
  'agustus',
  'september',
  'oktober',
  'november',
  'nopember',
  'desember',
  'january',
  'february',
  'march',
  'may',
  'june',
  'july',
  'august',
  'october',
  'december',
] as const;

/** English month names and abbreviations for "August 15, 2025". */
export const ENGLISH_MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
] as const;

/** Weekday names written in full (Indonesian and English). */
export const FULL_WEEKDAY_NAMES = [
  'senin',
  'selasa',
  'rabu',
  'kamis',
  'jumat',
  "jum'at",
  'jum’at',
  'sabtu',
  'minggu',
  'ahad',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** Words before "tahun lalu", "bulan lalu" that make the amount vague ("beberapa tahun lalu"). */
export const VAGUE_AMOUNT_WORDS = [
  'beberapa',
  'sekian',
  'berapa',
  'banyak',
  'belasan',
  'puluhan',
  'ratusan',
  'ribuan',
] as const;
