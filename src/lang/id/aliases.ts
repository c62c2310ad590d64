import type { EntityType } from '../../model/entity.ts';

/**
 * Curated names of entities that Indonesian news refers to by short forms, acronyms, English or
 * older spellings. The alias table (src/enrich/entities/alias-table.ts) loads these with source
 * `curated`; a user's own table is applied before them.
 *
 * Matching in text: all-capital forms (AS, PBB) match only in capitals; other forms need a capital
 * first letter; forms listed in `anyCase` (coined short forms no common word collides with) also
 * match in lower case ("pemimpin korut"). A form that is a common word in lower case (antara,
 * mandiri, demokrat) is deliberately left out.
 *
 * Metonyms stay entities of their own: Kremlin, Gedung Putih, Pyongyang, Moskow are not joined
 * to Rusia, Amerika Serikat, Korea Utara.
 */
export interface CuratedEntity {
  /** Canonical name, as Indonesian news usually writes it. */
  name: string;
  type: EntityType;
  aliases: readonly string[];
  anyCase?: readonly string[];
}

const COUNTRIES: readonly CuratedEntity[] = [
  {
    name: 'Indonesia',
    type: 'LOC',
    aliases: ['RI', 'NKRI', 'Republik Indonesia', 'Negara Kesatuan Republik Indonesia'],
  },
  {
    name: 'Amerika Serikat',
    type: 'LOC',
    aliases: ['AS', 'Amerika', 'USA', 'United States', 'United States of America', 'Paman Sam'],
  },
  {
    name: 'Tiongkok',
    type: 'LOC',
    aliases: [
      'China',
      'Cina',
      'RRT',
      'RRC',
      'Republik Rakyat Tiongkok',
      'Republik Rakyat China',
      'Republik Rakyat Cina',
    ],
    anyCase: ['Tiongkok'],
  },
  { name: 'Rusia', type: 'LOC', aliases: ['Russia', 'Federasi Rusia', 'Russian Federation'] },
  {
    name: 'Korea Utara',
    type: 'LOC',
    aliases: ['Korut', 'DPRK', 'RRDK', 'North Korea', 'Republik Rakyat Demokratik Korea'],
    anyCase: ['Korut'],
  },
  {
    name: 'Korea Selatan',
    type: 'LOC',
    aliases: ['Korsel', 'South Korea', 'Republik Korea', 'ROK'],
    anyCase: ['Korsel'],
  },
  { name: 'Jepang', type: 'LOC', aliases: ['Japan', 'Negeri Sakura'] },
  {
    name: 'Inggris',
    type: 'LOC',
    aliases: ['Britania Raya', 'Inggris Raya', 'Britain', 'United Kingdom', 'UK'],
  },
  { name: 'Ukraina', type: 'LOC', aliases: ['Ukraine'] },
  { name: 'Prancis', type: 'LOC', aliases: ['Perancis', 'France'] },
  { name: 'Jerman', type: 'LOC', aliases: ['Germany'] },
  { name: 'Belanda', type: 'LOC', aliases: ['Netherlands', 'Holland', 'Negeri Kincir Angin'] },
  { name: 'Malaysia', type: 'LOC', aliases: ['Negeri Jiran'] },
  { name: 'Singapura', type: 'LOC', aliases: ['Singapore', 'Negeri Singa'] },
  { name: 'Filipina', type: 'LOC', aliases: ['Philippines'] },
  { name: 'Arab Saudi', type: 'LOC', aliases: ['Saudi Arabia', 'Kerajaan Arab Saudi'] },
  { name: 'Irak', type: 'LOC', aliases: ['Iraq'] },
  { name: 'Palestina', type: 'LOC', aliases: ['Palestine'] },
  { name: 'Turki', type: 'LOC', aliases: ['Turkey', 'Türkiye', 'Turkiye'] },
  { name: 'Mesir', type: 'LOC', aliases: ['Egypt'] },
  { name: 'Suriah', type: 'LOC', aliases: ['Syria'] },
  { name: 'Uni Emirat Arab', type: 'LOC', aliases: ['UEA', 'UAE', 'United Arab Emirates'] },
  { name: 'Papua Nugini', type: 'LOC', aliases: ['PNG', 'Papua New Guinea'] },
  { name: 'Selandia Baru', type: 'LOC', aliases: ['New Zealand'] },
  { name: 'Kanada', type: 'LOC', aliases: ['Canada'] },
  { name: 'Brasil', type: 'LOC', aliases: ['Brazil'] },
  { name: 'Meksiko', type: 'LOC', aliases: ['Mexico'] },
  { name: 'Yaman', type: 'LOC', aliases: ['Yemen'] },
  { name: 'Myanmar', type: 'LOC', aliases: ['Burma'] },
  { name: 'Kamboja', type: 'LOC', aliases: ['Cambodia'] },
  { name: 'Brunei Darussalam', type: 'LOC', aliases: ['Brunei'] },
  { name: 'Italia', type: 'LOC', aliases: ['Italy'] },
  { name: 'Spanyol', type: 'LOC', aliases: ['Spain'] },
  { name: 'Polandia', type: 'LOC', aliases: ['Poland'] },
  { name: 'Afrika Selatan', type: 'LOC', aliases: ['Afsel', 'South Africa'] },
  { name: 'Timor Leste', type: 'LOC', aliases: ['Timor-Leste', 'East Timor', 'RDTL'] },
];

const PLACES: readonly CuratedEntity[] = [
  {
    name: 'Jakarta',
    type: 'LOC',
    aliases: ['DKI Jakarta', 'DKI', 'Ibu Kota Jakarta', 'Daerah Khusus Ibukota Jakarta'],
  },
  {
    name: 'Yogyakarta',
    type: 'LOC',
    aliases: ['Yogya', 'Jogja', 'Jogjakarta', 'DIY', 'Daerah Istimewa Yogyakarta', 'DI Yogyakarta'],
  },
  { name: 'Jawa Barat', type: 'LOC', aliases: ['Jabar'], anyCase: ['Jabar'] },
  { name: 'Jawa Tengah', type: 'LOC', aliases: ['Jateng'], anyCase: ['Jateng'] },
  { name: 'Jawa Timur', type: 'LOC', aliases: ['Jatim'], anyCase: ['Jatim'] },
  { name: 'Sumatera Utara', type: 'LOC', aliases: ['Sumut', 'Sumatra Utara'], anyCase: ['Sumut'] },
  { name: 'Sumatera Barat', type: 'LOC', aliases: ['Sumbar', 'Sumatra Barat'], anyCase: ['Sumbar'] },
  { name: 'Sumatera Selatan', type: 'LOC', aliases: ['Sumsel', 'Sumatra Selatan'], anyCase: ['Sumsel'] },
  { name: 'Kalimantan Barat', type: 'LOC', aliases: ['Kalbar'] },
  { name: 'Kalimantan Timur', type: 'LOC', aliases: ['Kaltim'] },
  { name: 'Kalimantan Selatan', type: 'LOC', aliases: ['Kalsel'] },
  { name: 'Kalimantan Tengah', type: 'LOC', aliases: ['Kalteng'] },
  { name: 'Sulawesi Selatan', type: 'LOC', aliases: ['Sulsel'] },
  { name: 'Sulawesi Utara', type: 'LOC', aliases: ['Sulut'] },
  { name: 'Sulawesi Tengah', type: 'LOC', aliases: ['Sulteng'] },
  { name: 'Nusa Tenggara Barat', type: 'LOC', aliases: ['NTB'] },
  { name: 'Nusa Tenggara Timur', type: 'LOC', aliases: ['NTT'] },
  { name: 'Aceh', type: 'LOC', aliases: ['Nanggroe Aceh Darussalam', 'NAD'] },
  { name: 'Kepulauan Riau', type: 'LOC', aliases: ['Kepri'] },
  { name: 'Kepulauan Bangka Belitung', type: 'LOC', aliases: ['Bangka Belitung', 'Babel'] },
  { name: 'Maluku Utara', type: 'LOC', aliases: ['Malut'] },
  { name: 'Amerika Latin', type: 'LOC', aliases: ['Latin America'] },
  { name: 'Amerika Selatan', type: 'LOC', aliases: ['South America'] },
  { name: 'Amerika Utara', type: 'LOC', aliases: ['North America'] },
  { name: 'Moskow', type: 'LOC', aliases: ['Moscow', 'Moskwa'] },
  { name: 'Beijing', type: 'LOC', aliases: ['Peking'] },
  { name: 'Kyiv', type: 'LOC', aliases: ['Kiev', 'Kiyv'] },
  {
    name: 'Laut China Selatan',
    type: 'LOC',
    aliases: ['Laut Cina Selatan', 'Laut Tiongkok Selatan', 'South China Sea'],
  },
  { name: 'Jalur Gaza', type: 'LOC', aliases: ['Gaza'] },
  { name: 'Tepi Barat', type: 'LOC', aliases: ['West Bank'] },
  { name: 'Semenanjung Korea', type: 'LOC', aliases: ['Korean Peninsula'] },
];

const INTERNATIONAL: readonly CuratedEntity[] = [
  { name: 'Perserikatan Bangsa-Bangsa', type: 'ORG', aliases: ['PBB', 'United Nations'] },
  {
    name: 'Dewan Keamanan PBB',
    type: 'ORG',
    aliases: ['DK PBB', 'Dewan Keamanan Perserikatan Bangsa-Bangsa', 'UNSC', 'Security Council'],
  },
  { name: 'Uni Eropa', type: 'ORG', aliases: ['UE', 'EU', 'European Union'] },
  {
    name: 'NATO',
    type: 'ORG',
    aliases: [
      'Pakta Pertahanan Atlantik Utara',
      'North Atlantic Treaty Organization',
      'Organisasi Pakta Atlantik Utara',
    ],
  },
  { name: 'ASEAN', type: 'ORG', aliases: ['Perhimpunan Bangsa-Bangsa Asia Tenggara'] },
  { name: 'WHO', type: 'ORG', aliases: ['Organisasi Kesehatan Dunia', 'World Health Organization'] },
  { name: 'IMF', type: 'ORG', aliases: ['Dana Moneter Internasional', 'International Monetary Fund'] },
  { name: 'Bank Dunia', type: 'ORG', aliases: ['World Bank'] },
  { name: 'WTO', type: 'ORG', aliases: ['Organisasi Perdagangan Dunia', 'World Trade Organization'] },
  { name: 'Mahkamah Pidana Internasional', type: 'ORG', aliases: ['ICC', 'International Criminal Court'] },
  { name: 'Organisasi Kerja Sama Islam', type: 'ORG', aliases: ['OKI', 'OIC'] },
  { name: 'Hizbullah', type: 'ORG', aliases: ['Hezbollah'] },
  { name: 'ISIS', type: 'ORG', aliases: ['ISIL', 'NIIS', 'Negara Islam Irak dan Suriah', 'Islamic State'] },
  { name: 'Kremlin', type: 'ORG', aliases: [] },
  { name: 'Gedung Putih', type: 'ORG', aliases: ['White House'] },
  { name: 'Pentagon', type: 'ORG', aliases: [] },
  {
    name: 'Kantor Berita Antara',
    type: 'ORG',
    aliases: ['LKBN Antara', 'ANTARA', 'Antara News', 'Perum LKBN Antara'],
  },
  { name: 'AFP', type: 'ORG', aliases: ['Agence France-Presse', 'Agence France Presse'] },
  { name: 'AP', type: 'ORG', aliases: ['Associated Press'] },
  { name: 'Reuters', type: 'ORG', aliases: [] },
];

const INDONESIAN_STATE: readonly CuratedEntity[] = [
  { name: 'Dewan Perwakilan Rakyat', type: 'ORG', aliases: ['DPR', 'DPR RI'] },
  { name: 'Majelis Permusyawaratan Rakyat', type: 'ORG', aliases: ['MPR', 'MPR RI'] },
  { name: 'Dewan Perwakilan Daerah', type: 'ORG', aliases: ['DPD', 'DPD RI'] },
  { name: 'Komisi Pemberantasan Korupsi', type: 'ORG', aliases: ['KPK'] },
  { name: 'Komisi Pemilihan Umum', type: 'ORG', aliases: ['KPU', 'KPU RI'] },
  {
    name: 'Badan Pengawas Pemilu',
    type: 'ORG',
    aliases: ['Bawaslu', 'Badan Pengawas Pemilihan Umum', 'Bawaslu RI'],
    anyCase: ['Bawaslu'],
  },
  { name: 'Mahkamah Konstitusi', type: 'ORG', aliases: ['MK'] },
  { name: 'Mahkamah Agung', type: 'ORG', aliases: ['MA'] },
  { name: 'Komisi Yudisial', type: 'ORG', aliases: ['KY'] },
  {
    name: 'Kejaksaan Agung',
    type: 'ORG',
    aliases: ['Kejagung', 'Kejaksaan Agung RI'],
    anyCase: ['Kejagung'],
  },
  { name: 'Tentara Nasional Indonesia', type: 'ORG', aliases: ['TNI'] },
  {
    name: 'Kepolisian Negara Republik Indonesia',
    type: 'ORG',
    aliases: ['Polri', 'Kepolisian RI', 'Kepolisian Republik Indonesia', 'POLRI'],
    anyCase: ['Polri'],
  },
  {
    name: 'Badan Reserse Kriminal Polri',
    type: 'ORG',
    aliases: ['Bareskrim', 'Bareskrim Polri', 'Badan Reserse Kriminal'],
  },
  { name: 'Detasemen Khusus 88', type: 'ORG', aliases: ['Densus 88', 'Densus 88 Antiteror'] },
  { name: 'Badan Intelijen Negara', type: 'ORG', aliases: ['BIN'] },
  { name: 'Badan Narkotika Nasional', type: 'ORG', aliases: ['BNN'] },
  { name: 'Badan Nasional Penanggulangan Terorisme', type: 'ORG', aliases: ['BNPT'] },
  { name: 'Badan Nasional Penanggulangan Bencana', type: 'ORG', aliases: ['BNPB'] },
  { name: 'Badan Meteorologi, Klimatologi, dan Geofisika', type: 'ORG', aliases: ['BMKG'] },
  { name: 'Badan Pusat Statistik', type: 'ORG', aliases: ['BPS'] },
  { name: 'Bank Indonesia', type: 'ORG', aliases: ['BI'] },
  { name: 'Otoritas Jasa Keuangan', type: 'ORG', aliases: ['OJK'] },
  { name: 'Badan Pemeriksa Keuangan', type: 'ORG', aliases: ['BPK', 'BPK RI'] },
  { name: 'Lembaga Penjamin Simpanan', type: 'ORG', aliases: ['LPS'] },
  { name: 'Badan Pengawas Obat dan Makanan', type: 'ORG', aliases: ['BPOM', 'Badan POM'] },
  {
    name: 'Badan Perencanaan Pembangunan Nasional',
    type: 'ORG',
    aliases: ['Bappenas'],
    anyCase: ['Bappenas'],
  },
  {
    name: 'Badan Nasional Pencarian dan Pertolongan',
    type: 'ORG',
    aliases: ['Basarnas', 'Badan SAR Nasional'],
  },
  { name: 'Komisi Nasional Hak Asasi Manusia', type: 'ORG', aliases: ['Komnas HAM'] },
  { name: 'Komisi Perlindungan Anak Indonesia', type: 'ORG', aliases: ['KPAI'] },
  { name: 'Majelis Ulama Indonesia', type: 'ORG', aliases: ['MUI'] },
  { name: 'Nahdlatul Ulama', type: 'ORG', aliases: ['NU'] },
  { name: 'Badan Usaha Milik Negara', type: 'ORG', aliases: ['BUMN'] },
  { name: 'Bursa Efek Indonesia', type: 'ORG', aliases: ['BEI', 'IDX', 'Indonesia Stock Exchange'] },
  {
    name: 'Kementerian Luar Negeri',
    type: 'ORG',
    aliases: ['Kemenlu', 'Kemlu', 'Kemenlu RI', 'Kemlu RI', 'Kementerian Luar Negeri RI'],
    anyCase: ['Kemenlu', 'Kemlu'],
  },
  { name: 'Kementerian Keuangan', type: 'ORG', aliases: ['Kemenkeu', 'Kemenkeu RI'], anyCase: ['Kemenkeu'] },
  { name: 'Kementerian Dalam Negeri', type: 'ORG', aliases: ['Kemendagri'], anyCase: ['Kemendagri'] },
  { name: 'Kementerian Pertahanan', type: 'ORG', aliases: ['Kemenhan'], anyCase: ['Kemenhan'] },
  { name: 'Kementerian Kesehatan', type: 'ORG', aliases: ['Kemenkes'], anyCase: ['Kemenkes'] },
  { name: 'Kementerian Agama', type: 'ORG', aliases: ['Kemenag'], anyCase: ['Kemenag'] },
  { name: 'Kementerian Perdagangan', type: 'ORG', aliases: ['Kemendag'], anyCase: ['Kemendag'] },
  { name: 'Kementerian Perhubungan', type: 'ORG', aliases: ['Kemenhub'], anyCase: ['Kemenhub'] },
  {
    name: 'Kementerian Pendidikan dan Kebudayaan',
    type: 'ORG',
    aliases: ['Kemendikbud'],
    anyCase: ['Kemendikbud'],
  },
  { name: 'Kementerian BUMN', type: 'ORG', aliases: ['Kementerian Badan Usaha Milik Negara'] },
  {
    name: 'Kementerian Komunikasi dan Informatika',
    type: 'ORG',
    aliases: ['Kemenkominfo', 'Kominfo'],
    anyCase: ['Kemenkominfo', 'Kominfo'],
  },
  {
    name: 'Kementerian Hukum dan HAM',
    type: 'ORG',
    aliases: ['Kemenkumham', 'Kementerian Hukum dan Hak Asasi Manusia'],
  },
  { name: 'Kementerian Sosial', type: 'ORG', aliases: ['Kemensos'], anyCase: ['Kemensos'] },
  { name: 'Kementerian Pertanian', type: 'ORG', aliases: ['Kementan'], anyCase: ['Kementan'] },
  { name: 'Kementerian ESDM', type: 'ORG', aliases: ['Kementerian Energi dan Sumber Daya Mineral'] },
  { name: 'Kementerian PUPR', type: 'ORG', aliases: ['Kementerian Pekerjaan Umum dan Perumahan Rakyat'] },
  { name: 'Pertamina', type: 'ORG', aliases: ['PT Pertamina', 'PT Pertamina (Persero)'] },
  { name: 'Perusahaan Listrik Negara', type: 'ORG', aliases: ['PLN', 'PT PLN', 'PT PLN (Persero)'] },
  { name: 'Kereta Api Indonesia', type: 'ORG', aliases: ['KAI', 'PT KAI', 'PT Kereta Api Indonesia'] },
  { name: 'Bank Rakyat Indonesia', type: 'ORG', aliases: ['BRI'] },
  { name: 'Bank Negara Indonesia', type: 'ORG', aliases: ['BNI'] },
  { name: 'Bank Central Asia', type: 'ORG', aliases: ['BCA'] },
];

const PARTIES: readonly CuratedEntity[] = [
  {
    name: 'PDI Perjuangan',
    type: 'ORG',
    aliases: ['PDI-P', 'PDIP', 'Partai Demokrasi Indonesia Perjuangan'],
  },
  { name: 'Partai Golkar', type: 'ORG', aliases: ['Golkar', 'Partai Golongan Karya'] },
  { name: 'Partai Gerindra', type: 'ORG', aliases: ['Gerindra', 'Partai Gerakan Indonesia Raya'] },
  { name: 'Partai Keadilan Sejahtera', type: 'ORG', aliases: ['PKS'] },
  { name: 'Partai Kebangkitan Bangsa', type: 'ORG', aliases: ['PKB'] },
  { name: 'Partai NasDem', type: 'ORG', aliases: ['NasDem', 'Nasdem', 'Partai Nasdem'] },
  { name: 'Partai Amanat Nasional', type: 'ORG', aliases: ['PAN'] },
  { name: 'Partai Persatuan Pembangunan', type: 'ORG', aliases: ['PPP'] },
  { name: 'Partai Solidaritas Indonesia', type: 'ORG', aliases: ['PSI'] },
  { name: 'Partai Hanura', type: 'ORG', aliases: ['Hanura', 'Partai Hati Nurani Rakyat'] },
];

const PEOPLE: readonly CuratedEntity[] = [
  { name: 'Joko Widodo', type: 'PER', aliases: ['Jokowi'], anyCase: ['Jokowi'] },
  { name: 'Susilo Bambang Yudhoyono', type: 'PER', aliases: ['SBY'] },
  { name: 'Basuki Tjahaja Purnama', type: 'PER', aliases: ['Ahok', 'BTP'] },
  { name: 'Abdurrahman Wahid', type: 'PER', aliases: ['Gus Dur'] },
  { name: 'Bacharuddin Jusuf Habibie', type: 'PER', aliases: ['B.J. Habibie', 'BJ Habibie', 'Habibie'] },
  { name: 'Soekarno', type: 'PER', aliases: ['Sukarno', 'Bung Karno'] },
  { name: 'Soeharto', type: 'PER', aliases: ['Suharto', 'Pak Harto'] },
  { name: 'Megawati Soekarnoputri', type: 'PER', aliases: ['Megawati Sukarnoputri'] },
  { name: 'Agus Harimurti Yudhoyono', type: 'PER', aliases: ['AHY'] },
  { name: 'Jusuf Kalla', type: 'PER', aliases: ['JK', 'Yusuf Kalla'] },
];

export const CURATED_ENTITIES: readonly CuratedEntity[] = [
  ...COUNTRIES,
  ...PLACES,
  ...INTERNATIONAL,
  ...INDONESIAN_STATE,
  ...PARTIES,
  ...PEOPLE,
];

/** Words skipped when an acronym is compared with the initials of a longer name. */
export const ACRONYM_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'dan',
  'dari',
  'untuk',
  'di',
  'ke',
  'yang',
  'bagi',
  'atas',
  'pada',
  'serta',
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'de',
  'la',
  'du',
  'des',
]);

/** A place name right after these words names a language or a people, not the place ("bahasa Inggris"). */
export const NOT_A_PLACE_AFTER: ReadonlySet<string> = new Set([
  'bahasa',
  'berbahasa',
  'suku',
  'etnis',
  'keturunan',
  'aksara',
]);

/** Words that extend a place name after it ("Jakarta Pusat", "Amerika Latin"): a curated one-word name followed by one of them is a longer name. */
export const PLACE_MODIFIERS: ReadonlySet<string> = new Set([
  'utara',
  'selatan',
  'barat',
  'timur',
  'tengah',
  'pusat',
  'raya',
  'latin',
  'daratan',
  'kepulauan',
]);

/** Words in parentheses after a name that are not another name of it: legal forms, "(Purn)". */
export const NOT_AN_ALIAS_IN_PARENTHESES: ReadonlySet<string> = new Set([
  'persero',
  'tbk',
  'persero tbk',
  'ltd',
  'inc',
  'plc',
  'purn',
  'purnawirawan',
  'almarhum',
  'alm',
  'almh',
  'ed',
  'red',
]);
