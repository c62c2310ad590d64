import type { LanguagePack, Token } from '../lang/pack.ts';
import type { EnrichedDocument } from '../model/document.ts';
import type { EntityMention } from '../model/entity.ts';
import { type DayRange, dayRangeOf } from './calendar-days.ts';
import { minhashSignature, shingleHashes } from './duplicates/minhash.ts';
import { packFor } from './language.ts';

/** One entity of a document, weighted by how central it is to the document. */
export interface ClusterEntity {
  /** Global entity id. */
  id: string;
  name: string;
  /** Salience: grows with the mention count, the title and an early first mention. */
  weight: number;
}

/** What the clusterer needs to know about a document: computed once, from the enriched document. */
export interface ClusterDocument {
  id: string;
  /** Code of the language pack used (`id`, `en`): term statistics are kept per language. */
  language: string;
  title: string;
  outlet: string | null;
  /** The days the published date may mean, or null when undated. */
  date: DayRange | null;
  /** Stemmed content words of title and body with their counts. */
  terms: ReadonlyMap<string, number>;
  /** Distinct stemmed content words of the title. */
  titleTerms: readonly string[];
  entities: readonly ClusterEntity[];
  /** Sorted distinct hashes of the word 5-shingles of title and body. */
  shingles: Uint32Array;
  /** MinHash signature of `shingles`. */
  signature: Uint32Array;
}

const STEM_CACHE_LIMIT = 200_000;
const stemCaches = new Map<string, Map<string, string>>();

/** Stems through a per-language cache: news repeats its vocabulary, and stemmers can be slow. */
function cachedStem(pack: LanguagePack, word: string): string {
  let cache = stemCaches.get(pack.code);
  if (!cache) {
    cache = new Map();
    stemCaches.set(pack.code, cache);
  }
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = pack.stem(word);
    if (cache.size >= STEM_CACHE_LIMIT) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

/** Lower-cased words and numbers, for shingles. */
function lowerWords(tokens: readonly Token[]): string[] {
  return tokens
    .filter((token) => token.kind === 'word' || token.kind === 'number')
    .map((token) => token.text.toLowerCase());
}

/** Stems of the content words of `text`: no stopwords, no numbers, no one-letter words. */
export function contentStems(
  pack: LanguagePack,
  text: string,
  tokens: readonly Token[] = pack.tokenize(text),
): string[] {
  const stems: string[] = [];
  for (const token of tokens) {
    if (token.kind !== 'word' || !/\p{L}{2}/u.test(token.text)) continue;
    const lower = token.text.toLowerCase();
    if (pack.isStopword(lower)) continue;
    const stem = cachedStem(pack, lower);
    if (stem.length > 1 && !pack.isStopword(stem)) stems.push(stem);
  }
  return stems;
}

function countTerms(stems: string[], into: Map<string, number>): void {
  for (const stem of stems) into.set(stem, (into.get(stem) ?? 0) + 1);
}

function entitySalience(entity: EntityMention, title: string, textLength: number): number {
  const lowerTitle = title.toLowerCase();
  const inTitle =
    lowerTitle.includes(entity.name.toLowerCase()) ||
    entity.mentions.some((mention) => lowerTitle.includes(mention.text.toLowerCase()));
  const firstMention = Math.min(...entity.mentions.map((mention) => mention.start), textLength);
  const early = textLength > 0 && firstMention < textLength * 0.2;
  return Math.log(1 + entity.mentions.length) + (inTitle ? 1 : 0) + (early ? 0.5 : 0);
}

/** The clustering view of an enriched document, with the language pack of its language. */
export function toClusterDocument(
  doc: EnrichedDocument,
  pack: LanguagePack = packFor(doc.language),
): ClusterDocument {
  const title = doc.title ?? '';
  const titleTokens = pack.tokenize(title);
  const bodyTokens = pack.tokenize(doc.text);
  const titleStems = contentStems(pack, title, titleTokens);
  const terms = new Map<string, number>();
  countTerms(titleStems, terms);
  countTerms(contentStems(pack, doc.text, bodyTokens), terms);
  const entities = doc.entities
    .filter((entity) => entity.mentions.length > 0)
    .map((entity) => ({
      id: entity.entity,
      name: entity.name,
      weight: entitySalience(entity, title, doc.text.length),
    }));
  const shingles = shingleHashes([...lowerWords(titleTokens), ...lowerWords(bodyTokens)]);
  return {
    id: doc.id,
    language: pack.code,
    title,
    outlet: doc.outlet,
    date: doc.published ? dayRangeOf(doc.published.value) : null,
    terms,
    titleTerms: [...new Set(titleStems)],
    entities,
    shingles,
    signature: minhashSignature(shingles),
  };
}
