/**
 * News outlets seen in Indonesian (and wire) news, keyed by their web domain, and the words that
 * mark a name as a publisher. Used to turn evidence ("Jakarta, CNBC Indonesia -", "KOMPAS.com",
 * a URL host) into one display name.
 */

export interface KnownOutlet {
  /** Registrable domain, e.g. `cnbcindonesia.com`. */
  domain: string;
  /** How the outlet names itself. */
  name: string;
  /** Other spellings met in datelines and bylines (compared after `outletKey`). */
  aliases: readonly string[];
}

export const KNOWN_OUTLETS: readonly KnownOutlet[] = [
  { domain: 'cnbcindonesia.com', name: 'CNBC Indonesia', aliases: [] },
  { domain: 'cnnindonesia.com', name: 'CNN Indonesia', aliases: [] },
  { domain: 'kompas.com', name: 'Kompas.com', aliases: ['kompas'] },
  { domain: 'kompas.tv', name: 'KompasTV', aliases: ['kompas tv'] },
  {
    domain: 'detik.com',
    name: 'detikcom',
    aliases: ['detik', 'detiknews', 'detikfinance', 'detikinet', 'detiksport', 'detikhot', 'detikhealth'],
  },
  { domain: 'antaranews.com', name: 'ANTARA', aliases: ['antara', 'antara news', 'antara foto'] },
  { domain: 'tempo.co', name: 'Tempo', aliases: ['tempo', 'koran tempo'] },
  { domain: 'kumparan.com', name: 'kumparan', aliases: [] },
  { domain: 'merdeka.com', name: 'Merdeka.com', aliases: ['merdeka'] },
  { domain: 'suara.com', name: 'Suara.com', aliases: [] },
  { domain: 'liputan6.com', name: 'Liputan6.com', aliases: ['liputan6', 'liputan 6'] },
  { domain: 'tribunnews.com', name: 'Tribunnews.com', aliases: ['tribunnews', 'tribun'] },
  { domain: 'okezone.com', name: 'Okezone', aliases: [] },
  { domain: 'republika.co.id', name: 'Republika', aliases: ['republika'] },
  { domain: 'voi.id', name: 'VOI', aliases: ['voice of indonesia'] },
  { domain: 'bisnis.com', name: 'Bisnis.com', aliases: ['bisnis indonesia'] },
  { domain: 'kontan.co.id', name: 'Kontan', aliases: [] },
  { domain: 'sindonews.com', name: 'SINDOnews', aliases: ['sindo'] },
  { domain: 'idntimes.com', name: 'IDN Times', aliases: [] },
  { domain: 'inews.id', name: 'iNews', aliases: [] },
  { domain: 'jpnn.com', name: 'JPNN.com', aliases: [] },
  { domain: 'beritasatu.com', name: 'Beritasatu', aliases: [] },
  { domain: 'mediaindonesia.com', name: 'Media Indonesia', aliases: [] },
  { domain: 'thejakartapost.com', name: 'The Jakarta Post', aliases: ['jakarta post'] },
  { domain: 'jawapos.com', name: 'Jawa Pos', aliases: [] },
  { domain: 'viva.co.id', name: 'VIVA', aliases: ['vivanews'] },
  { domain: 'katadata.co.id', name: 'Katadata', aliases: [] },
  { domain: 'tirto.id', name: 'Tirto', aliases: [] },
  { domain: 'rmol.id', name: 'RMOL', aliases: [] },
  { domain: 'pikiran-rakyat.com', name: 'Pikiran Rakyat', aliases: [] },
  { domain: 'rri.co.id', name: 'RRI', aliases: [] },
  { domain: 'tvonenews.com', name: 'tvOnenews', aliases: [] },
  { domain: 'metrotvnews.com', name: 'Metro TV', aliases: ['metrotv'] },
  { domain: 'poskota.co.id', name: 'Poskota', aliases: ['poskotanews'] },
  { domain: 'gatra.com', name: 'Gatra', aliases: [] },
  { domain: 'reuters.com', name: 'Reuters', aliases: [] },
  { domain: 'apnews.com', name: 'AP', aliases: ['ap', 'associated press'] },
  { domain: 'afp.com', name: 'AFP', aliases: [] },
  { domain: 'bbc.com', name: 'BBC', aliases: ['bbc news', 'bbc indonesia'] },
  { domain: 'theguardian.com', name: 'The Guardian', aliases: ['guardian'] },
  { domain: 'aljazeera.com', name: 'Al Jazeera', aliases: [] },
  { domain: 'cnn.com', name: 'CNN', aliases: [] },
  { domain: 'nytimes.com', name: 'The New York Times', aliases: ['new york times'] },
  { domain: 'bloomberg.com', name: 'Bloomberg', aliases: [] },
  { domain: 'xinhuanet.com', name: 'Xinhua', aliases: ['xinhua'] },
];

/** Top-level suffixes stripped when turning a domain into a key or a readable name (longest first). */
export const DOMAIN_SUFFIXES = [
  'co.id',
  'my.id',
  'web.id',
  'co.uk',
  'com',
  'net',
  'org',
  'id',
  'co',
  'tv',
  'news',
  'info',
] as const;

/** Domains of governments, universities and NGOs: mentioned by news, never a news publisher. */
export const NON_OUTLET_DOMAIN_SUFFIXES = [
  'go.id',
  'ac.id',
  'or.id',
  'mil.id',
  'sch.id',
  'desa.id',
  'gov',
] as const;

/** Words that make a capitalised name a publisher ("Jakarta, IDN Times -", "Warta Kota"). */
export const OUTLET_NAME_WORDS = [
  'indonesia',
  'news',
  'times',
  'post',
  'pos',
  'media',
  'tv',
  'online',
  'warta',
  'berita',
  'kabar',
  'daily',
  'herald',
  'journal',
  'today',
  'radio',
  'harian',
  'koran',
  'tribun',
] as const;

const SUFFIX_PATTERN = new RegExp(
  `\\.(?:${DOMAIN_SUFFIXES.map((s) => s.replace('.', '\\.')).join('|')})$`,
  'i',
);

/** The name without `www.`/`m.` and its domain suffix: `KOMPAS.com` → `KOMPAS`, `mureks.co.id` → `mureks`. */
export function stripDomainSuffix(nameOrDomain: string): string {
  let name = nameOrDomain.trim().replace(/^(?:https?:\/\/)?(?:www\.|m\.)/i, '');
  for (let i = 0; i < 2 && SUFFIX_PATTERN.test(name); i++) name = name.replace(SUFFIX_PATTERN, '');
  return name;
}

/** A comparison key: `CNBC Indonesia`, `cnbcindonesia.com` and `www.cnbcindonesia.com` all give `cnbcindonesia`. */
export function outletKey(nameOrDomain: string): string {
  return stripDomainSuffix(nameOrDomain)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Name keys; the first outlet listed keeps a key ("kompas" is Kompas.com, not KompasTV). */
const BY_KEY = new Map<string, KnownOutlet>();
for (const outlet of KNOWN_OUTLETS) {
  for (const spelling of [outlet.name, ...outlet.aliases, outlet.domain]) {
    const key = outletKey(spelling);
    if (!BY_KEY.has(key)) BY_KEY.set(key, outlet);
  }
}

/** The known outlet named or hosted by `nameOrDomain` (`KOMPAS.com`, `ANTARA`, `nasional.kompas.com`), else null. */
export function knownOutlet(nameOrDomain: string): KnownOutlet | null {
  return byDomain(nameOrDomain) ?? BY_KEY.get(outletKey(nameOrDomain)) ?? null;
}

/** `kompas.tv`, `www.kompas.com`, `nasional.kompas.com`: the domain or one of its parents is listed. */
function byDomain(text: string): KnownOutlet | null {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^(?:https?:\/\/)?/, '')
    .replace(/[/:].*$/, '');
  if (!/^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+$/u.test(host)) return null;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const parent = labels.slice(i).join('.');
    const match = KNOWN_OUTLETS.find((outlet) => outlet.domain === parent);
    if (match) return match;
  }
  return null;
}

/** True for domains that belong to governments, universities and the like. */
export function isNonOutletDomain(domain: string): boolean {
  const lower = domain.toLowerCase();
  return NON_OUTLET_DOMAIN_SUFFIXES.some((suffix) => lower === suffix || lower.endsWith(`.${suffix}`));
}

/** True when a name carries a publisher word ("IDN Times", "Warta Kota"). */
export function hasOutletNameWord(name: string): boolean {
  return name
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .some((word) => (OUTLET_NAME_WORDS as readonly string[]).includes(word));
}
