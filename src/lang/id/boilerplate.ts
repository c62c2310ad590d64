/**
 * The furniture of news pages as it survives in scraped text: rubrics, labels, share rows, promos,
 * related-article blocks. Indonesian sites mix Indonesian and English labels ("Baca juga",
 * "Related Articles"), so both live here.
 */
import type { RemovedKind } from '../../model/document.ts';

/** Rubric (section) names that open an article page. Compared case-insensitively with the whole line. */
export const SECTION_RUBRICS: readonly string[] = [
  'Internasional',
  'International',
  'Nasional',
  'National',
  'Ekonomi',
  'Ekonomi Bisnis',
  'Bisnis',
  'Business',
  'Economy',
  'Keuangan',
  'Finance',
  'Market',
  'Pasar',
  'Olahraga',
  'Sport',
  'Sports',
  'Sepak Bola',
  'Bola',
  'News',
  'Berita',
  'Politik',
  'Politics',
  'Hukum',
  'Hukum & Kriminal',
  'Kriminal',
  'Metro',
  'Megapolitan',
  'Daerah',
  'Regional',
  'Nusantara',
  'Dunia',
  'World',
  'Global',
  'Asia',
  'Teknologi',
  'Tekno',
  'Technology',
  'Tech',
  'Sains',
  'Science',
  'Kesehatan',
  'Health',
  'Lifestyle',
  'Gaya Hidup',
  'Hiburan',
  'Entertainment',
  'Seleb',
  'Otomotif',
  'Otomotive',
  'Pendidikan',
  'Edukasi',
  'Travel',
  'Wisata',
  'Kuliner',
  'Opini',
  'Opinion',
  'Kolom',
  'Editorial',
  'Tajuk',
  'Humaniora',
  'Properti',
  'Energi',
  'Syariah',
  'Religi',
  'Khazanah',
  'Sosok',
  'Video',
  'Foto',
  'Infografis',
  'Cek Fakta',
  'Fact Check',
  'Breaking News',
  'Berita Utama',
  'Headline',
  'Terkini',
  'Polhukam',
  'Peristiwa',
  'Pemilu',
  'Militer',
  'Pertahanan',
  'Defense',
];

/** Where a label may be recognised: anywhere, or only in the header / after the last body paragraph. */
export type LitterZone = 'anywhere' | 'edges';

export interface LitterLinePattern {
  /** Stable rule id, stored with every removed piece. */
  rule: string;
  kind: RemovedKind;
  pattern: RegExp;
  zone: LitterZone;
  /** A longer line is a sentence that happens to start like the label, not the label. */
  maxWords: number;
}

const LABEL_END = String.raw`\s*[:：.]?\s*$`;

/** Lines that are page furniture whatever their neighbours. Checked in order; the first match wins. */
export const LITTER_LINE_PATTERNS: readonly LitterLinePattern[] = [
  {
    rule: 'read-also',
    kind: 'related',
    pattern: /^(?:baca|simak|lihat|cek) (?:juga|pula)\b|^(?:read|see) (?:also|more)\s*[:：]|^also read\b/i,
    zone: 'anywhere',
    maxWords: 30,
  },
  {
    rule: 'advertisement',
    kind: 'promo',
    pattern: new RegExp(
      '^(?:advertisement|advertising|iklan|ads|sponsored|sponsored content|konten bersponsor|' +
        'scroll to continue(?: with content)?|scroll (?:untuk|utk) (?:melanjutkan|lanjut)(?: membaca)?|' +
        'gulir (?:ke bawah )?untuk (?:melanjutkan|lanjut)(?: membaca)?|lanjut(?:kan)? membaca|continue reading(?: below)?)' +
        LABEL_END,
      'i',
    ),
    zone: 'anywhere',
    maxWords: 6,
  },
  { rule: 'embed-marker', kind: 'embed', pattern: /^\[[^\][\n]{1,80}\]$/, zone: 'anywhere', maxWords: 10 },
  {
    rule: 'embed-block',
    kind: 'embed',
    pattern: /^\[(video|embed|audio|youtube|iframe|tweet|instagram)\b[^\]]*\].*\[\/\1\]$/i,
    zone: 'anywhere',
    maxWords: 20,
  },
  {
    rule: 'source-link',
    kind: 'credit',
    pattern:
      /^(?:link berita|tautan berita|sumber berita|sumber|source|link)\s*[:：]\s*(?:https?:\/\/|www\.)\S+$/i,
    zone: 'anywhere',
    maxWords: 6,
  },
  {
    rule: 'share-label',
    kind: 'share',
    pattern: new RegExp(
      '^(?:bagikan|share|sebarkan|bagikan (?:artikel|berita|halaman) ini|(?:read or )?share (?:this|the) (?:article|story|post|page)|' +
        'salin (?:tautan|link)|copy (?:link|url)|link (?:copied|disalin)|tautan disalin)' +
        String.raw`\s*[:：]?(?:\s*https?:\/\/\S+)?\s*$`,
      'i',
    ),
    zone: 'anywhere',
    maxWords: 6,
  },
  {
    rule: 'photo-credit-label',
    kind: 'credit',
    pattern:
      /^\(?(?:sumber (?:foto|gambar)|kredit(?: foto)?|foto oleh|photo by|photo credit|image credit|credits?|image source|ilustrasi oleh|photograph)\s*[:：]/i,
    zone: 'anywhere',
    maxWords: 20,
  },
  {
    rule: 'caption-label',
    kind: 'caption',
    pattern:
      /^(?:foto|photo|gambar|image|ilustrasi|illustration|infografis|infographic|grafis|video|pic|picture|dok(?:umentasi)?\.?)\s*[:：|]/i,
    zone: 'anywhere',
    maxWords: 70,
  },
  {
    rule: 'editor-label',
    kind: 'editor',
    pattern:
      /^(?:editor|penyunting|redaktur|editing|penyelaras(?: bahasa)?|copy ?editor|disunting oleh|edited by|diedit oleh)\s*[:：]/i,
    zone: 'anywhere',
    maxWords: 12,
  },
  {
    rule: 'byline-label',
    kind: 'byline',
    pattern:
      /^(?:(?:penulis|reporter|pewarta|wartawan|kontributor|author|writer|oleh)\s*[:：]|(?:penulis|reporter)\s+[^|:]{2,50}\|\s*(?:editor|penyunting)\b|(?:written|reported) by\s|laporan (?:wartawan|reporter|koresponden)\s)/i,
    zone: 'anywhere',
    maxWords: 14,
  },
  {
    rule: 'editor-initials',
    kind: 'editor',
    pattern: /^\(\s*(?:[a-z]{2,8}|\*)(?:\s*\/\s*(?:[a-z]{2,8}|\*)){0,3}\s*\)$/,
    zone: 'anywhere',
    maxWords: 4,
  },
  {
    rule: 'source-credit',
    kind: 'credit',
    pattern: /^\((?:sumber\s*:\s*)?[A-Z][\w.&' -]{1,40}(?:\s*[/,]\s*[A-Za-z][\w.&' -]{1,40}){0,4}\)$/,
    zone: 'anywhere',
    maxWords: 10,
  },
  {
    rule: 'back-to-top',
    kind: 'navigation',
    pattern:
      /^(?:back to top(?: button)?|kembali ke atas|scroll to top|ke atas|skip to (?:main )?content|loncat ke konten)$/i,
    zone: 'anywhere',
    maxWords: 5,
  },
  {
    rule: 'ornament',
    kind: 'other',
    pattern: /^[*\-–—_=~•·.\s]{3,}$/,
    zone: 'anywhere',
    maxWords: 10,
  },
  {
    rule: 'follow-promo',
    kind: 'promo',
    pattern: new RegExp(
      String.raw`^(?:ikuti|follow|subscribe|berlangganan|langganan|gabung|bergabung|join|download|unduh|dapatkan|simak|baca|klik|kunjungi|jangan lewatkan|cek)\b` +
        String.raw`.*\b(?:whatsapp|telegram|google news|channel|saluran|instagram|twitter|facebook|youtube|tiktok|newsletter|aplikasi|app|notifikasi|di sini|here|update berita|berita terkini)\b`,
      'i',
    ),
    zone: 'anywhere',
    maxWords: 30,
  },
  {
    rule: 'syndication-note',
    kind: 'promo',
    pattern:
      /^(?:artikel|berita) ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan)\b|^this (?:article|story) (?:was |first )?(?:originally )?(?:published|appeared)\b|^read the original article\b/i,
    zone: 'anywhere',
    maxWords: 40,
  },
  {
    rule: 'copyright',
    kind: 'other',
    pattern: /^(?:©|\(c\)\s|copyright\b|hak cipta\b)|all rights reserved/i,
    zone: 'anywhere',
    maxWords: 40,
  },
  {
    rule: 'reading-aid',
    kind: 'other',
    pattern:
      /^(?:\d+\s*(?:min(?:ute)?s?|menit)\s*(?:read|baca|membaca)|waktu baca\s*:?\s*\d+\s*menit|dibaca\s+[\d.,]+\s*kali|listen to (?:this )?(?:article|story)|dengarkan(?: berita| artikel)?(?: ini)?)$/i,
    zone: 'anywhere',
    maxWords: 6,
  },
  {
    rule: 'site-navigation',
    kind: 'navigation',
    pattern: new RegExp(
      '^(?:homepage|home|beranda|menu|cari|search|login|log in|masuk|daftar|register|sign in|sign up|tutup|close|' +
        'indeks|index|indeks berita|kanal|lainnya|more|load more|muat lebih banyak|tampilkan lebih banyak)' +
        LABEL_END,
      'i',
    ),
    zone: 'edges',
    maxWords: 4,
  },
  {
    rule: 'next-article',
    kind: 'related',
    pattern:
      /^(?:next|previous|prev) (?:article|post|story|news)\b|^(?:artikel|berita) (?:selanjutnya|sebelumnya|berikutnya)\b/i,
    zone: 'edges',
    maxWords: 30,
  },
  {
    rule: 'related-heading',
    kind: 'related',
    pattern: new RegExp(
      '^(?:(?:berita|artikel|topik|video) (?:terkait|lainnya|lain|populer|pilihan|terkini|terbaru|rekomendasi|menarik)|' +
        'related(?: (?:articles?|stories|news|posts|content|topics))?|most (?:popular|read|viewed)|terpopuler|populer|' +
        'recommendation|recommended(?: for you)?|rekomendasi(?: untuk anda| berita)?|trending(?: now)?|pilihan redaksi|' +
        String.raw`pilihan editor|editor'?s picks?|more (?:stories|news|from [\w .]+)|you may also like|baca selengkapnya|` +
        'lihat semua|selengkapnya|terkini|terbaru|headline|hot news|breaking news)' +
        LABEL_END,
      'i',
    ),
    zone: 'edges',
    maxWords: 6,
  },
  {
    rule: 'tags',
    kind: 'tags',
    pattern: /^(?:tags?|tagar|topik|topics?|kata kunci|keywords?)(?:\s*[:：]|\s*$)/i,
    zone: 'edges',
    maxWords: 30,
  },
  {
    rule: 'comments',
    kind: 'navigation',
    pattern:
      /^(?:\d+\s+)?(?:komentar|comments?|tulis komentar|beri komentar|leave a comment|lihat komentar|reply)$/i,
    zone: 'edges',
    maxWords: 4,
  },
];

/** Lines made only of these words are share-button rows ("Facebook Twitter WhatsApp Copy Link"). */
export const SHARE_WORDS: ReadonlySet<string> = new Set([
  'facebook',
  'twitter',
  'x',
  'whatsapp',
  'wa',
  'telegram',
  'line',
  'linkedin',
  'email',
  'e-mail',
  'copy',
  'link',
  'url',
  'pinterest',
  'reddit',
  'share',
  'bagikan',
  'tweet',
  'salin',
  'tautan',
  'messenger',
  'print',
  'cetak',
  'kirim',
]);

/** Outlets selling themselves ("Mureks juga menyajikan berbagai artikel informatif", "Ikuti kami di …"). */
export const PROMO_PATTERN = new RegExp(
  String.raw`\b(?:menyajikan|menghadirkan|menyediakan)\b[^.]{0,40}\b(?:berita|artikel|informasi|konten)\b|` +
    String.raw`\bartikel (?:informatif|menarik lainnya|lainnya|terkait)\b|` +
    String.raw`\b(?:baca|simak|dapatkan) (?:berita|artikel|informasi|update)(?: \w+)? (?:lainnya |terkini |terbaru )?(?:di|dari|hanya di|melalui)\b|` +
    String.raw`\b(?:kunjungi|ikuti) (?:kami|situs kami|laman kami|website kami|media sosial kami)\b|` +
    String.raw`\b(?:follow us|visit our|latest news (?:from|on|at))\b`,
  'i',
);

/** Phrases just before a domain that make it a source being quoted, not the page's own outlet. */
export const ATTRIBUTION_BEFORE_DOMAIN =
  /(?:dilansir|melansir|dikutip|mengutip|kutip|lansir|menurut|sumber|dari|laman|situs|website|from|according to|reported by|via)\s*:?\s*$/i;

/** Labels written before an author's name in a byline line. */
export const BYLINE_PREFIX =
  /^(?:penulis|reporter|pewarta|wartawan|kontributor|author|writer|oleh|by|written by|reported by|laporan (?:wartawan|reporter|koresponden)(?:\s+[\w.]+)?)\s*[:：,]?\s*/i;

/** "Oleh X" / "By X" bylines: only trusted as a short line in the header or the tail ("Oleh karena itu" is a sentence). */
export const SHORT_BYLINE_PATTERN =
  /^(?:[Oo]leh|OLEH|[Bb]y|BY)\s+(?!karena\b|sebab\b|itu\b|the\b|a\b)\p{Lu}[\p{L}.' -]{1,60}$/u;

/** Staff bylines: "Redaksi Kabar Lembah", "Tim Redaksi", "Tim Liputan", "Redaksi". */
export const STAFF_BYLINE_PATTERN =
  /^(?:Tim\s+)?(?:Redaksi|REDAKSI|Liputan|Newsroom|Editorial(?:\s+Team)?)(?:\s+\p{Lu}[\p{L}.' -]{1,40})?$/u;

/** Labels that open a header line carrying the publication date ("Diperbarui 15 Agustus 2025"). */
export const DATE_LINE_LABEL =
  /^(?:diterbitkan|dipublikasikan|terbit|tayang|diperbarui|diperbaharui|update[d]?|published|posted|dibuat|last updated|pembaruan terakhir)\b\s*(?:pada|on|at)?\s*[:：]?\s*/i;
