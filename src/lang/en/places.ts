/** Place names an English news recogniser should know without context: countries, capitals, big cities, regions. */

const COUNTRIES = `Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|Bahrain|
Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|Brunei|Bulgaria|Burkina Faso|Burundi|
Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|
Dominican Republic|Ecuador|Egypt|El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|
Ghana|Greece|Greenland|Guatemala|Guinea|Guyana|Haiti|Honduras|Hong Kong|Hungary|Iceland|India|Indonesia|Iran|Iraq|Ireland|Israel|
Italy|Ivory Coast|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kosovo|Kuwait|Kyrgyzstan|Laos|Latvia|Lebanon|Lesotho|Liberia|Libya|
Liechtenstein|Lithuania|Luxembourg|Macedonia|North Macedonia|Madagascar|Malawi|Malaysia|Maldives|Mali|Malta|Mauritania|Mauritius|
Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|Mozambique|Myanmar|Burma|Namibia|Nepal|Netherlands|Holland|New Zealand|
Nicaragua|Niger|Nigeria|North Korea|Norway|Oman|Pakistan|Palestine|Panama|Papua New Guinea|Paraguay|Peru|Philippines|Poland|
Portugal|Puerto Rico|Qatar|Romania|Russia|Rwanda|Saudi Arabia|Senegal|Serbia|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|
South Africa|South Korea|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|Tanzania|Thailand|
Timor-Leste|East Timor|Togo|Tonga|Trinidad|Tunisia|Turkey|Turkmenistan|Uganda|Ukraine|United Arab Emirates|United Kingdom|Britain|
Great Britain|England|Scotland|Wales|Northern Ireland|United States|America|Uruguay|Uzbekistan|Vatican|Venezuela|Vietnam|Yemen|
Zambia|Zimbabwe|Crimea|Gaza|West Bank|Kashmir|Tibet|Chechnya|Kurdistan`;

const CITIES = `Abu Dhabi|Abuja|Accra|Addis Ababa|Aleppo|Algiers|Amman|Amsterdam|Ankara|Athens|Atlanta|Auckland|Austin|Baghdad|Baku|
Baltimore|Bangkok|Barcelona|Beijing|Beirut|Belgrade|Berlin|Bern|Bogota|Boston|Brasilia|Bratislava|Brisbane|Brussels|Bucharest|
Budapest|Buenos Aires|Cairo|Calcutta|Kolkata|Canberra|Cape Town|Caracas|Chicago|Copenhagen|Croydon|Dakar|Dallas|Damascus|
Delhi|New Delhi|Denver|Detroit|Dhaka|Doha|Dubai|Dublin|Edinburgh|Frankfurt|Geneva|Glasgow|Guangzhou|Hamburg|Hanoi|Havana|Helsinki|
Hiroshima|Ho Chi Minh City|Honolulu|Houston|Islamabad|Istanbul|Jakarta|Jerusalem|Johannesburg|Kabul|Kampala|Karachi|Kathmandu|
Khartoum|Kiev|Kyiv|Kinshasa|Kuala Lumpur|Kursk|Lagos|Lahore|Las Vegas|Lima|Lisbon|Liverpool|London|Los Angeles|Luanda|
Madrid|Manchester|Manila|Marseille|Mecca|Melbourne|Mexico City|Miami|Milan|Minsk|Mogadishu|Montreal|Moscow|Mosul|Mumbai|Munich|
Nairobi|Naples|Nice|New Orleans|New York|New York City|Oslo|Osaka|Ottawa|Paris|Perth|Philadelphia|Phoenix|Pittsburgh|Prague|
Pyongyang|Quito|Rabat|Raqqa|Riga|Rio de Janeiro|Riyadh|Rome|San Diego|San Francisco|San Jose|Santiago|Sao Paulo|Sarajevo|
Seattle|Seoul|Shanghai|Shenzhen|Singapore|Sofia|St Petersburg|St. Petersburg|Stockholm|Sydney|Taipei|Tallinn|Tashkent|
Tbilisi|Tehran|Tel Aviv|Tokyo|Toronto|Tripoli|Tunis|Vancouver|Vienna|Vilnius|Warsaw|Washington|Wellington|Wuhan|Yangon|
Yerevan|Zagreb|Zurich|Hokkaido|Okinawa|Guam|Hawaii|Sapporo|Vostochny`;

const US_STATES = `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Idaho|Illinois|Indiana|Iowa|
Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|
New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|
South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming`;

const REGIONS = `Africa|Asia|Europe|Antarctica|Arctic|Oceania|Middle East|Latin America|South America|North America|
Central America|Southeast Asia|East Asia|Central Asia|South Asia|Scandinavia|Balkans|Caribbean|Mediterranean|Pacific|Atlantic|
Sahara|Siberia|Korean Peninsula|Gulf|Persian Gulf|Black Sea|Baltic|Silicon Valley|Mars|Moon|Earth`;

function parseList(list: string): string[] {
  return list
    .split('|')
    .map((name) => name.trim())
    .filter((name) => name.length > 0);
}

/** Lower-cased place name → its canonical spelling. */
const PLACES: ReadonlyMap<string, string> = new Map(
  [COUNTRIES, CITIES, US_STATES, REGIONS].flatMap(parseList).map((name) => [name.toLowerCase(), name]),
);

/** Variants that name the same country: the key links their mentions as one entity. */
const PLACE_ALIASES: ReadonlyMap<string, string> = new Map([
  ['us', 'United States'],
  ['u.s.', 'United States'],
  ['usa', 'United States'],
  ['u.s.a.', 'United States'],
  ['america', 'United States'],
  ['uk', 'United Kingdom'],
  ['u.k.', 'United Kingdom'],
  ['britain', 'United Kingdom'],
  ['great britain', 'United Kingdom'],
  ['uae', 'United Arab Emirates'],
  ['dprk', 'North Korea'],
  ['burma', 'Myanmar'],
  ['holland', 'Netherlands'],
  ['czechia', 'Czech Republic'],
  ['kiev', 'Kyiv'],
  ['calcutta', 'Kolkata'],
  ['new york city', 'New York'],
  ['st. petersburg', 'St Petersburg'],
]);

/** Adjectives of nationality that point at a country (Russian → Russia). */
const DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['american', 'United States'],
  ['british', 'United Kingdom'],
  ['english', 'England'],
  ['scottish', 'Scotland'],
  ['welsh', 'Wales'],
  ['irish', 'Ireland'],
  ['french', 'France'],
  ['german', 'Germany'],
  ['italian', 'Italy'],
  ['spanish', 'Spain'],
  ['portuguese', 'Portugal'],
  ['dutch', 'Netherlands'],
  ['belgian', 'Belgium'],
  ['swiss', 'Switzerland'],
  ['austrian', 'Austria'],
  ['swedish', 'Sweden'],
  ['norwegian', 'Norway'],
  ['danish', 'Denmark'],
  ['finnish', 'Finland'],
  ['polish', 'Poland'],
  ['greek', 'Greece'],
  ['turkish', 'Turkey'],
  ['russian', 'Russia'],
  ['ukrainian', 'Ukraine'],
  ['chinese', 'China'],
  ['japanese', 'Japan'],
  ['korean', 'Korea'],
  ['north korean', 'North Korea'],
  ['south korean', 'South Korea'],
  ['indian', 'India'],
  ['pakistani', 'Pakistan'],
  ['afghan', 'Afghanistan'],
  ['iranian', 'Iran'],
  ['iraqi', 'Iraq'],
  ['syrian', 'Syria'],
  ['israeli', 'Israel'],
  ['palestinian', 'Palestine'],
  ['saudi', 'Saudi Arabia'],
  ['egyptian', 'Egypt'],
  ['libyan', 'Libya'],
  ['nigerian', 'Nigeria'],
  ['kenyan', 'Kenya'],
  ['mexican', 'Mexico'],
  ['canadian', 'Canada'],
  ['brazilian', 'Brazil'],
  ['argentine', 'Argentina'],
  ['australian', 'Australia'],
  ['indonesian', 'Indonesia'],
  ['malaysian', 'Malaysia'],
  ['filipino', 'Philippines'],
  ['vietnamese', 'Vietnam'],
  ['thai', 'Thailand'],
  ['european', 'Europe'],
  ['african', 'Africa'],
  ['asian', 'Asia'],
]);

/** The canonical place a (multi-word) name refers to, or null. `name` in any case. */
export function knownPlace(name: string): string | null {
  const lower = name.toLowerCase();
  return PLACE_ALIASES.get(lower) ?? PLACES.get(lower) ?? null;
}

/** The country a nationality adjective points at (`North Korean` → `North Korea`), or null. */
export function countryOfDemonym(name: string): string | null {
  const lower = name.toLowerCase();
  return DEMONYMS.get(lower) ?? (lower.endsWith('s') ? (DEMONYMS.get(lower.slice(0, -1)) ?? null) : null);
}

/** Longest place name, in words: bounds the look-ahead of the recogniser. */
export const LONGEST_PLACE_WORDS = 4;
