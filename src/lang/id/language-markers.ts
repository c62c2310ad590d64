/**
 * Words for telling Indonesian apart from English and from Malay. Written by hand.
 *
 * `MALAYIC_COMMON_WORDS` are frequent words Indonesian shares with Malay: they say "Indonesian or
 * Malay" but not which. `INDONESIAN_ONLY_MARKERS` are spellings and word choices of standard
 * Indonesian where Malaysian Malay writes something else (bahwa/bahawa, karena/kerana, uang/wang,
 * persen/peratus, -itas/-iti); the weight is 2 when Malay never uses the form, 1 when it only
 * prefers another. Two-word entries are matched on adjacent tokens.
 */
const MALAYIC_COMMON_WORDS_TEXT = `
yang dan di ke dari dengan untuk pada dalam ini itu akan oleh juga tidak telah ada atau kepada
mereka sebagai lebih masih sudah bagi antara hingga tetapi seperti namun ia dia kami kita para
secara menjadi tahun orang banyak satu dua tiga setiap semua selain sebelum sejak serta perlu dapat
baru lagi lalu kini sangat hanya tersebut adalah merupakan terhadap mengenai menurut bersama
sendiri katanya beliau pihak negara rakyat masyarakat
`;

export const MALAYIC_COMMON_WORDS: ReadonlySet<string> = new Set(
  MALAYIC_COMMON_WORDS_TEXT.split(/\s+/).filter(Boolean),
);

export const INDONESIAN_ONLY_MARKERS: Readonly<Record<string, number>> = {
  // Spellings Malay does not use.
  bahwa: 2,
  karena: 2,
  yaitu: 2,
  uang: 2,
  kasus: 2,
  persen: 2,
  miliar: 2,
  triliun: 2,
  internasional: 2,
  kendaraan: 2,
  tentara: 2,
  parlemen: 2,
  partai: 2,
  proyek: 2,
  kampanye: 2,
  universitas: 2,
  kualitas: 2,
  aktivitas: 2,
  fasilitas: 2,
  komunitas: 2,
  prioritas: 2,
  identitas: 2,
  kapasitas: 2,
  mayoritas: 2,
  otoritas: 2,
  dokter: 2,
  pasien: 2,
  obat: 2,
  utang: 2,
  transportasi: 2,
  sekretaris: 2,
  direktur: 2,
  // Words Malay says differently (kerajaan, cukai, mahkamah, suspek, dadah, kemalangan…).
  pajak: 2,
  pengadilan: 2,
  tersangka: 2,
  terdakwa: 2,
  narkoba: 2,
  kecelakaan: 2,
  karyawan: 2,
  pemilu: 2,
  pilkada: 2,
  kabupaten: 2,
  provinsi: 2,
  kepolisian: 2,
  kantor: 2,
  mobil: 2,
  perusahaan: 2,
  olahraga: 2,
  wisatawan: 2,
  pariwisata: 2,
  timnas: 2,
  rupiah: 2,
  pria: 2,
  tewas: 2,
  digelar: 2,
  jelang: 2,
  ujarnya: 2,
  imbuhnya: 2,
  tuturnya: 2,
  'rumah sakit': 2,
  'sepak bola': 2,
  enggak: 2,
  nggak: 2,
  banget: 2,
  gimana: 2,
  // Preferred in Indonesian; Malay has them but mostly writes another word.
  korban: 1,
  polisi: 1,
  pemerintah: 1,
  setelah: 1,
  saja: 1,
  bisa: 1,
  tapi: 1,
  kemarin: 1,
  besok: 1,
  terkait: 1,
  usai: 1,
  berhasil: 1,
  sejumlah: 1,
  berbagai: 1,
  mengungkapkan: 1,
  ungkapnya: 1,
  menyebutkan: 1,
  mendapatkan: 1,
  terjadi: 1,
  bisnis: 1,
  investasi: 1,
  informasi: 1,
  anggaran: 1,
  rapat: 1,
  warga: 1,
  tim: 1,
  pelatih: 1,
  siswa: 1,
  jaksa: 1,
  'luar negeri': 1,
};
