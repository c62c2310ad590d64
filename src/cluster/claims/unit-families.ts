import { englishUnitFamily } from '../../lang/en/unit-synonyms.ts';

/**
 * Indonesian words for what a figure counts, grouped into the same language-neutral families as
 * the English list (src/lang/en/unit-synonyms.ts), so that "tentara", "pasukan" and "troops" meet.
 * Kept here until the Indonesian pack grows a home for unit synonyms.
 */
const INDONESIAN_FAMILIES: Record<string, string> = {
  troops: 'tentara pasukan prajurit serdadu personel militer tni kombatan milisi',
  people: 'orang jiwa warga penduduk masyarakat penumpang peserta pengunjung',
  deaths: 'korban tewas meninggal jenazah mayat',
  injured: 'luka terluka cedera',
  workers: 'pekerja buruh karyawan pegawai tenaga kerja',
  migrants: 'pengungsi migran imigran',
  missiles: 'rudal roket',
  houses: 'rumah bangunan gedung',
  vehicles: 'kendaraan mobil truk motor',
  votes: 'suara',
  years: 'tahun',
  months: 'bulan',
  days: 'hari',
  percent: 'persen %',
  USD: 'dolar',
  IDR: 'rupiah',
  tonnes: 'ton',
  kilometres: 'kilometer',
};

const INDONESIAN: ReadonlyMap<string, string> = new Map(
  Object.entries(INDONESIAN_FAMILIES).flatMap(([family, list]) =>
    list.split(/\s+/u).map((word) => [word, family] as [string, string]),
  ),
);

function lookup(word: string): string | null {
  return INDONESIAN.get(word) ?? englishUnitFamily(word);
}

/**
 * The family of a figure's unit: the whole unit, else its words from last to first (`jenis
 * senjata` → `senjata`, `korban tewas` → `deaths`); an unknown unit is its own family.
 */
export function unitFamily(unit: string): string {
  const lower = unit.trim().toLowerCase();
  const whole = lookup(lower);
  if (whole) return whole;
  const words = lower.split(/\s+/u);
  for (let index = words.length - 1; index >= 0; index--) {
    const family = lookup(words[index]!);
    if (family) return family;
  }
  return lower;
}
