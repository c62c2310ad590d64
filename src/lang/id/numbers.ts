import type { FigureQualifier } from '../../model/figure.ts';

/**
 * Indonesian numbers as news writes them: digit notation ("11.000", "1,5", "5.152,69"), scale
 * words ("1,24 triliun", "500 ribu") and number words ("dua puluh lima", "seratus", "dua lusin",
 * "satu setengah", "ribuan").
 */

const DIGIT_WORDS: Record<string, number> = {
  nol: 0,
  satu: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
};

/** Words with the `se-` (one) prefix that stand for a whole number on their own. */
const ONE_PREFIXED: Record<string, number> = {
  sepuluh: 10,
  sebelas: 11,
  seratus: 100,
  seribu: 1e3,
  sejuta: 1e6,
  semiliar: 1e9,
  semilyar: 1e9,
  setriliun: 1e12,
  setrilyun: 1e12,
  selusin: 12,
};

const FRACTIONS: Record<string, number> = {
  setengah: 0.5,
  separuh: 0.5,
  seperempat: 0.25,
  sepertiga: 1 / 3,
};

/** Scale words that multiply the number before them. */
export const SCALE_WORDS: Record<string, number> = {
  ribu: 1e3,
  rb: 1e3,
  juta: 1e6,
  jt: 1e6,
  miliar: 1e9,
  milyar: 1e9,
  triliun: 1e12,
  trilyun: 1e12,
};

/** Abbreviated scales that only follow a currency ("Rp 2 M", "Rp 1,5 T"). */
export const MONEY_SCALE_ABBREVIATIONS: Record<string, number> = { M: 1e9, T: 1e12, K: 1e3 };

/**
 * Plural number words that give only an order of magnitude ("ribuan pasukan" = thousands of
 * troops). The value is the magnitude; "belasan" (a dozen or so, 11–19) counts as 10.
 */
export const ORDER_OF_MAGNITUDE_WORDS: Record<string, number> = {
  belasan: 10,
  puluhan: 10,
  lusinan: 12,
  ratusan: 100,
  ribuan: 1e3,
  puluhribuan: 1e4,
  jutaan: 1e6,
  miliaran: 1e9,
  milyaran: 1e9,
  triliunan: 1e12,
};

/** Inner multipliers inside a group below a thousand. */
const GROUP_MULTIPLIERS: Record<string, number> = { belas: 10, puluh: 10, ratus: 100 };

export interface NumberReading {
  value: number;
  /** Offset just after the number (and its scale word), into the text it was read from. */
  end: number;
  /** `digits` for "11.000" or "1,5 juta", `words` for "dua puluh". */
  form: 'digits' | 'words';
  /** True for "ribuan", "puluhan ribu": the value is an order of magnitude. */
  orderOfMagnitude: boolean;
  /** The trailing scale word's factor for digits ("1,5 juta" → 1e6), else 1. */
  scale: number;
  /** True for "Rp 200 ribuan", "10 ribuan orang": digits with a plural scale, about that much. */
  approximate?: boolean;
}

/** Plural scales after digits ("200 ribuan" = some 200 thousand). */
const APPROXIMATE_SCALES: Record<string, number> = {
  ribuan: 1e3,
  jutaan: 1e6,
  miliaran: 1e9,
  triliunan: 1e12,
};

const DIGITS = /\d+(?:[.,]\d+)*/y;
const WORD = /\p{L}+/uy;
const SPACES = /[ \t\u00a0]+/y;

/**
 * The value of a number in Indonesian digit notation: "." groups thousands and "," marks the
 * decimals ("5.152,69"). A lone "." not followed by exactly three digits is a decimal point
 * ("1.5"); several "," groups of three are English thousands ("10,000,000"). Returns null for
 * shapes that are not one number ("6.0.1" versions, "1.22.333").
 */
export function parseNumeral(numeral: string): number | null {
  if (!/^\d+(?:[.,]\d+)*$/.test(numeral)) return null;
  const dots = numeral.split('.').length - 1;
  const commas = numeral.split(',').length - 1;
  if (dots > 0 && commas > 0) {
    const decimalIsComma = numeral.lastIndexOf(',') > numeral.lastIndexOf('.');
    const [thousands, decimal] = decimalIsComma ? ['.', ','] : [',', '.'];
    const [whole = '', fraction] = numeral.split(decimal);
    if (numeral.split(decimal).length > 2 || !isGroupedThousands(whole, thousands)) return null;
    return Number(`${whole.split(thousands).join('')}.${fraction}`);
  }
  if (dots + commas === 0) return Number(numeral);
  const separator = dots > 0 ? '.' : ',';
  if (isGroupedThousands(numeral, separator) && (separator === '.' || dots + commas > 1)) {
    return Number(numeral.split(separator).join(''));
  }
  if (dots + commas > 1) return null;
  return Number(numeral.replace(',', '.'));
}

function isGroupedThousands(numeral: string, separator: string): boolean {
  const groups = numeral.split(separator);
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

function readApproximateScale(text: string, at: number): { scale: number; end: number } | null {
  const word = readWordAfterSpaces(text, at);
  const scale = word ? APPROXIMATE_SCALES[word.word.toLowerCase()] : undefined;
  return word && scale !== undefined ? { scale, end: word.end } : null;
}

/** The scale word ("juta", "ribu") starting at `at` after optional spaces, or null. */
function readScale(text: string, at: number): { scale: number; end: number } | null {
  const word = readWordAfterSpaces(text, at);
  if (!word) return null;
  const scale = SCALE_WORDS[word.word.toLowerCase()];
  return scale === undefined ? null : { scale, end: word.end };
}

/**
 * A number starting exactly at `start`: digits (with an optional scale word) or number words.
 * What precedes `start` is the caller's business ("Rp1,24" is fine, "G20" is not).
 */
export function readNumber(text: string, start: number): NumberReading | null {
  DIGITS.lastIndex = start;
  const digits = DIGITS.exec(text);
  if (digits) {
    const value = parseNumeral(digits[0]);
    if (value === null) return null;
    const end = start + digits[0].length;
    const approximate = readApproximateScale(text, end);
    if (approximate) {
      const { scale: factor, end: scaleEnd } = approximate;
      return {
        value: value * factor,
        end: scaleEnd,
        form: 'digits',
        orderOfMagnitude: false,
        scale: factor,
        approximate: true,
      };
    }
    const scale = readScale(text, end);
    return scale
      ? {
          value: value * scale.scale,
          end: scale.end,
          form: 'digits',
          orderOfMagnitude: false,
          scale: scale.scale,
        }
      : { value, end, form: 'digits', orderOfMagnitude: false, scale: 1 };
  }
  return readNumberWords(text, start);
}

interface WordAt {
  word: string;
  start: number;
  end: number;
}

function readWordAt(text: string, at: number): WordAt | null {
  WORD.lastIndex = at;
  const match = WORD.exec(text);
  if (!match) return null;
  const end = at + match[0].length;
  // A word glued to a digit, or doubled with a hyphen ("satu-satunya", "dua-duanya"), is another word.
  if (/\d/.test(text[end] ?? '')) return null;
  if (
    text[end] === '-' &&
    text.slice(end + 1, end + 1 + match[0].length).toLowerCase() === match[0].toLowerCase()
  ) {
    return null;
  }
  return { word: match[0], start: at, end };
}

function readWordAfterSpaces(text: string, at: number): WordAt | null {
  SPACES.lastIndex = at;
  const spaces = SPACES.exec(text);
  return spaces ? readWordAt(text, at + spaces[0].length) : null;
}

/** Number words starting at `start`: "dua puluh lima", "tiga ratus ribu", "satu setengah", "ribuan". */
function readNumberWords(text: string, start: number): NumberReading | null {
  const first = readWordAt(text, start);
  if (!first) return null;
  const magnitude = ORDER_OF_MAGNITUDE_WORDS[first.word.toLowerCase()];
  if (magnitude !== undefined) {
    const scale = readScale(text, first.end);
    const value = magnitude * (scale?.scale ?? 1);
    return { value, end: scale?.end ?? first.end, form: 'words', orderOfMagnitude: true, scale: 1 };
  }
  const parser = new NumberWordParser();
  let word: WordAt | null = first;
  let end = -1;
  while (word && parser.accept(word.word.toLowerCase())) {
    end = word.end;
    if (parser.finished) break;
    word = readWordAfterSpaces(text, word.end);
  }
  if (end < 0 || !parser.hasValue) return null;
  return { value: parser.value, end, form: 'words', orderOfMagnitude: false, scale: 1 };
}

/**
 * Accepts number words one by one while they still form one number. A group below a thousand
 * ("dua ratus tiga puluh lima") is built in `group`; scale words move it into `total`.
 */
class NumberWordParser {
  private total = 0;
  private group = 0;
  /** The smallest place already filled in the group: 1000 = empty, 1 = units filled, 0 = fraction. */
  private place = 1000;
  /** The place before the last digit word, to check what a following "puluh"/"ratus" may fill. */
  private placeBeforeDigit = 1000;
  private lastScale = Number.POSITIVE_INFINITY;
  private pendingDigit: number | null = null;
  finished = false;
  hasValue = false;

  get value(): number {
    return this.total + this.group;
  }

  accept(word: string): boolean {
    const digit = DIGIT_WORDS[word];
    if (digit !== undefined) return this.acceptDigit(digit);
    const multiplier = GROUP_MULTIPLIERS[word];
    if (multiplier !== undefined) return this.acceptMultiplier(word, multiplier);
    const scale = SCALE_WORDS[word];
    if (scale !== undefined && !/^(rb|jt)$/.test(word)) return this.acceptScale(scale);
    const whole = ONE_PREFIXED[word];
    if (whole !== undefined) return this.acceptOnePrefixed(word, whole);
    const fraction = FRACTIONS[word];
    if (fraction !== undefined) return this.acceptFraction(fraction);
    if (word === 'lusin' && this.pendingDigit !== null) {
      this.group *= 12;
      this.finished = true;
      return true;
    }
    return false;
  }

  private acceptDigit(digit: number): boolean {
    if (this.place <= 1) return false;
    this.placeBeforeDigit = this.place;
    this.group += digit;
    this.place = 1;
    this.pendingDigit = digit;
    this.hasValue = true;
    return true;
  }

  private acceptMultiplier(word: string, multiplier: number): boolean {
    const digit = this.pendingDigit;
    if (digit === null || this.placeBeforeDigit <= multiplier) return false;
    if (word === 'belas') {
      this.group += 10;
      this.place = 1;
    } else {
      this.group += digit * (multiplier - 1);
      this.place = multiplier;
    }
    this.pendingDigit = null;
    return true;
  }

  private acceptScale(scale: number): boolean {
    if (scale >= this.lastScale || this.group === 0) return false;
    this.total += this.group * scale;
    this.group = 0;
    this.place = 1000;
    this.pendingDigit = null;
    this.lastScale = scale;
    return true;
  }

  private acceptOnePrefixed(word: string, whole: number): boolean {
    if (word === 'selusin') {
      if (this.hasValue) return false;
      this.group = 12;
      this.hasValue = true;
      this.finished = true;
      return true;
    }
    if (whole >= 1000) {
      if (this.group !== 0 || whole >= this.lastScale) return false;
      this.total += whole;
      this.lastScale = whole;
      this.place = 1000;
    } else {
      const wholePlace = whole >= 100 ? 100 : 10;
      if (this.place <= wholePlace) return false;
      this.group += whole;
      this.place = whole === 11 ? 1 : wholePlace;
    }
    this.pendingDigit = null;
    this.hasValue = true;
    return true;
  }

  private acceptFraction(fraction: number): boolean {
    if (this.place === 0) return false;
    this.group += fraction;
    this.place = 0;
    this.pendingDigit = null;
    this.hasValue = true;
    return true;
  }
}

/** A regex alternation of every word that can open a spelled-out number. */
export const NUMBER_WORD_START_PATTERN = [
  ...Object.keys(DIGIT_WORDS),
  ...Object.keys(ONE_PREFIXED),
  ...Object.keys(FRACTIONS),
  ...Object.keys(ORDER_OF_MAGNITUDE_WORDS),
]
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * Phrases before a number that qualify it. "hampir"/"nyaris" (almost) put the true value just
 * below the number, so they read as less-than; "hingga"/"sampai" (up to) as at-most.
 */
export const QUALIFIERS_BEFORE: Record<string, FigureQualifier> = {
  sekitar: 'about',
  sekira: 'about',
  'kira-kira': 'about',
  'kurang lebih': 'about',
  'lebih kurang': 'about',
  kisaran: 'about',
  'di kisaran': 'about',
  berkisar: 'about',
  sekitaran: 'about',
  kurleb: 'about',
  '±': 'about',
  '~': 'about',
  'lebih dari': 'more-than',
  'lebih daripada': 'more-than',
  'di atas': 'more-than',
  melebihi: 'more-than',
  '>': 'more-than',
  'kurang dari': 'less-than',
  'di bawah': 'less-than',
  hampir: 'less-than',
  nyaris: 'less-than',
  'tidak sampai': 'less-than',
  'tak sampai': 'less-than',
  'belum sampai': 'less-than',
  '<': 'less-than',
  setidaknya: 'at-least',
  sedikitnya: 'at-least',
  'paling sedikit': 'at-least',
  'paling tidak': 'at-least',
  'sekurang-kurangnya': 'at-least',
  'tidak kurang dari': 'at-least',
  'tak kurang dari': 'at-least',
  minimal: 'at-least',
  minimum: 'at-least',
  '≥': 'at-least',
  maksimal: 'at-most',
  maksimum: 'at-most',
  maks: 'at-most',
  'paling banyak': 'at-most',
  'sebanyak-banyaknya': 'at-most',
  'setinggi-tingginya': 'at-most',
  'tidak lebih dari': 'at-most',
  'tak lebih dari': 'at-most',
  'sampai dengan': 'at-most',
  hingga: 'at-most',
  sampai: 'at-most',
  '≤': 'at-most',
};

/** Words that join the two ends of a range ("10 hingga 20"); a dash does too. */
export const RANGE_JOINERS = ['hingga', 'sampai', 'sampai dengan', 's.d.', 's.d', 's/d', 'sd'] as const;

/** Words after "N lebih" that make "lebih" a comparative ("tiga kali lebih besar"), not "more than N". */
export const COMPARATIVE_AFTER_LEBIH = new Set([
  'banyak',
  'sedikit',
  'besar',
  'kecil',
  'tinggi',
  'rendah',
  'dari',
  'daripada',
  'cepat',
  'lambat',
  'murah',
  'mahal',
  'baik',
  'buruk',
  'awal',
  'lama',
  'dulu',
  'dahulu',
  'jauh',
  'dekat',
  'kuat',
  'lemah',
  'luas',
  'panjang',
  'pendek',
  'berat',
  'ringan',
  'mudah',
  'sulit',
  'penting',
  'tua',
  'muda',
  'lanjut',
  'lagi',
  'unggul',
  'baru',
]);

/**
 * Nouns that a number labels rather than counts: "Pasal 27", "menit 89", "nomor 10", "pekan 5",
 * "tanggal 17". The number after them is not a figure.
 */
export const LABEL_NOUNS = new Set([
  'nomor',
  'nomer',
  'no',
  'pasal',
  'ayat',
  'bab',
  'halaman',
  'hal',
  'menit',
  'babak',
  'pekan',
  'matchday',
  'giornata',
  'jilid',
  'seri',
  'episode',
  'versi',
  'level',
  'kelas',
  'lantai',
  'jalur',
  'peringkat',
  'posisi',
  'grup',
  'gate',
  'pintu',
  'ruang',
  'kamar',
  'blok',
  'gang',
  'rt',
  'rw',
  'km',
  'lap',
  'putaran',
  'generasi',
  'tanggal',
  'tgl',
  'pukul',
  'jam',
  'tahun',
  'periode',
  'musim',
  'era',
  'abad',
  'uu',
  'pp',
  'perpres',
  'perppu',
  'permen',
  'perda',
  'keppres',
  'kepres',
  'inpres',
  'kode',
  'urutan',
  'skor',
  'rating',
  'gelombang',
  'tahap',
  'fase',
  'jilid',
  'edisi',
  'volume',
  'vol',
  'sesi',
  'race',
  'gim',
  'game',
  'set',
  'jersey',
  'punggung',
]);

/** Phrases with a number word that count nothing ("salah satu", "satu sama lain"). */
export const NOT_A_COUNT_PHRASES = [
  'salah satu',
  'satu sama lain',
  'satu per satu',
  'satu persatu',
  'satu-satu',
  'dua kali lipat',
  'satu dua',
  'satu atau dua',
  'satu suara',
  'satu hati',
  'satu kesatuan',
  'satu pintu',
  'satu atap',
  'satu arah',
  'satu-dua',
  'satu sisi',
  'satu ini',
  'satu-satunya',
] as const;
