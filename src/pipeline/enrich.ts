import {
  type AliasTable,
  EntityRegistry,
  enrichEntities,
  type Recognizer,
  type RegistryEntity,
} from '../enrich/entities/index.ts';
import { extractFigures } from '../enrich/figures/extract-figures.ts';
import { extractQuotes } from '../enrich/quotes/index.ts';
import { extractTimes } from '../enrich/times/extract-times.ts';
import { recognizeEnglishEntities } from '../lang/en/index.ts';
import { recognizeEntities } from '../lang/id/ner/index.ts';
import type { EnrichedDocument, ExtractedDocument } from '../model/document.ts';
import type { GlobalEntity } from '../model/entity.ts';
import type { TimeExpression } from '../model/time.ts';
import { runIsolated } from './stage-error.ts';

/** Cross-document state the enrich stage grows: one identity per entity. */
export interface EnrichContext {
  registry: EntityRegistry;
}

export function createEnrichContext(
  snapshot: readonly GlobalEntity[] = [],
  aliases?: AliasTable,
): EnrichContext {
  const options = aliases ? { aliases } : {};
  return { registry: EntityRegistry.fromSnapshot(snapshot as RegistryEntity[], options) };
}

/** Languages whose number notation and vocabulary the Indonesian extractors read (Malay shares both). */
const MALAY_FAMILY = new Set(['id', 'ms']);

function recognizerFor(language: string): Recognizer {
  return language === 'en' ? recognizeEnglishEntities : recognizeEntities;
}

/** Adds entities, quotes, figures and times to an extracted document without touching its text. */
export function enrichDocument(doc: ExtractedDocument, context: EnrichContext): EnrichedDocument {
  const diagnostics = [...doc.diagnostics];
  const indonesianLike = MALAY_FAMILY.has(doc.language);
  const entities = runIsolated('entities', doc.id, [], diagnostics, () =>
    enrichEntities(doc.text, doc.id, recognizerFor(doc.language), context.registry),
  );
  const quotes = indonesianLike
    ? runIsolated('quotes', doc.id, [], diagnostics, () => extractQuotes(doc.text, entities))
    : [];
  const figures = indonesianLike
    ? runIsolated('figures', doc.id, [], diagnostics, () => extractFigures(doc.text))
    : [];
  const times = runIsolated('times', doc.id, [], diagnostics, () => {
    const found = extractTimes(doc.text, doc.published, { language: doc.language === 'en' ? 'en' : 'id' });
    diagnostics.push(...found.diagnostics);
    return found.times;
  });
  return { ...doc, diagnostics, entities, quotes, figures, ...splitDurations(times), duplicateOf: null };
}

/**
 * Durations ("selama 16 bulan") are not points in time: the export's `times` carries ISO dates
 * only, so durations travel in their own list (and as figures, with their unit).
 */
function splitDurations(all: TimeExpression[]): { times: TimeExpression[]; durations: TimeExpression[] } {
  return {
    times: all.filter((t) => !t.duration).map(splitInterval),
    durations: all.filter((t) => t.duration),
  };
}

/** An ISO interval `a/b` becomes value `a` with `until: b`, so `value` is always one ISO date. */
function splitInterval(time: TimeExpression): TimeExpression {
  const [from, until] = time.value.split('/');
  return until && from ? { ...time, value: from, until } : time;
}

/** Re-reads time expressions after the publication date changed (e.g. inferred from the document's event). */
export function refreshTimes(doc: EnrichedDocument): EnrichedDocument {
  const found = extractTimes(doc.text, doc.published, { language: doc.language === 'en' ? 'en' : 'id' });
  const kept = doc.diagnostics.filter((d) => d.stage !== 'times');
  return { ...doc, ...splitDurations(found.times), diagnostics: [...kept, ...found.diagnostics] };
}

export function entitySnapshot(context: EnrichContext): GlobalEntity[] {
  return context.registry.toJSON();
}
