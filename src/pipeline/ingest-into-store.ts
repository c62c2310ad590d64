import { ownPublished } from '../cluster/dates.ts';
import { type BatchClusterResult, clusterBatch } from '../cluster/incremental/cluster-batch.ts';
import { matchAlerts } from '../alerts/match-batch.ts';
import { type AliasTable, EntityRegistry } from '../enrich/entities/index.ts';
import { entityLookupTokens, textLookupTokens } from '../enrich/entities/lookup-tokens.ts';
import { contentHash, documentId } from '../extract/extract-document.ts';
import { type IngestItem, type IngestOptions, ingestSources } from '../ingest/index.ts';
import type { EnrichedDocument, ExtractedDocument, RawDocument } from '../model/document.ts';
import type { StoredEntity } from '../model/entity.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawEnvelope, Store, StoredKeys, StoreTransaction } from '../store/store.ts';
import { type ProcessedBatch, processRawDocuments, type Rejection } from './analyze.ts';
import { type EnrichContext, refreshTimes } from './enrich.ts';
import { templateLines } from './templates.ts';

export interface IngestSummary {
  read: number;
  added: number;
  updated: number;
  unchanged: number;
  /**
   * Records stored under their caller's id whose text is stored under another id too: kept under
   * their own id, marked duplicates of the earlier one (a `store/same-text` diagnostic says which).
   */
  sameText: number;
  rejected: Rejection[];
  timings: Record<string, number>;
  /** What clustering changed, summed over the batches. */
  clusters: { newEvents: number; grownEvents: number; merges: number; storylines: number };
}

export interface IngestIntoStoreOptions {
  referenceDate: Date;
  /** The user's alias table; the curated table alone when absent. */
  aliases?: AliasTable;
  batchSize: number;
  ingest?: Partial<IngestOptions>;
  onItem?: (item: IngestItem) => void;
  /** Called after each batch is committed. */
  onBatch?: (summary: IngestSummary) => void;
  /** Re-analyse documents already stored (their content hashes are known): `warta reprocess`. */
  reprocess?: boolean;
  /**
   * Told what became of each item that reached the store path, by its source (`api#3`): the id it is
   * stored under and whether it was added, updated or already stored. Rejected items are in the
   * summary's rejections instead. A callback, so that a long ingest holds none of them.
   */
  onOutcome?: (outcome: ItemOutcome) => void;
}

export interface ItemOutcome {
  source: string;
  id: string;
  /** `superseded`: a later item of the same batch carried the same caller id, and won. */
  status: 'added' | 'updated' | 'unchanged' | 'superseded';
}

/**
 * Reads inputs and stores what is new, one transaction per batch, so a crash leaves the store
 * consistent. Content already stored (same hash) is skipped; a bad item is recorded and the rest goes on.
 */
export async function ingestIntoStore(
  inputs: string[],
  store: Store,
  options: IngestIntoStoreOptions,
): Promise<IngestSummary> {
  return ingestItemsIntoStore(ingestSources(inputs, options.ingest ?? {}), store, options);
}

/** The same, for items that come from elsewhere (the HTTP API, the feed watcher, a reprocess scan). */
export async function ingestItemsIntoStore(
  items: AsyncIterable<IngestItem> | Iterable<IngestItem>,
  store: Store,
  options: IngestIntoStoreOptions,
): Promise<IngestSummary> {
  const summary: IngestSummary = {
    read: 0,
    added: 0,
    updated: 0,
    unchanged: 0,
    sameText: 0,
    rejected: [],
    timings: {},
    clusters: { newEvents: 0, grownEvents: 0, merges: 0, storylines: 0 },
  };
  let lazy: LazyRegistry | null = null;
  let batch: RawDocument[] = [];
  let rejections: Rejection[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length === 0 && rejections.length === 0) return;
    // A long run meets ever more entities: start afresh now and then, so memory stays bounded.
    if (lazy && lazy.registry.size > REGISTRY_RESET_SIZE) lazy = null;
    lazy ??= new LazyRegistry(store, options.aliases);
    await storeBatch(batch, rejections, store, lazy, options, summary);
    batch = [];
    rejections = [];
    options.onBatch?.(summary);
  };
  for await (const item of items) {
    options.onItem?.(item);
    summary.read += 1;
    if (item.ok) batch.push(item.doc);
    else {
      const rejection = { source: item.source, reason: item.reason, message: item.message };
      summary.rejected.push(rejection);
      rejections.push(rejection);
    }
    if (batch.length + rejections.length >= options.batchSize) await flush();
  }
  await flush();
  return summary;
}

/** Entities held by a run's registry before it is dropped and filled again from the store. */
const REGISTRY_RESET_SIZE = 15_000;

/**
 * The entity registry of a run. It starts empty and, before each batch is enriched, takes in the
 * stored entities filed under the words of the batch's texts (and of the alias table's canonical
 * names): every entity a mention could be matched to, and no others, so a batch costs the same
 * whatever the number of stored entities.
 */
class LazyRegistry {
  readonly registry: EntityRegistry;
  readonly #asked = new Set<string>();
  /** Words asked for with the next batch whatever its text: the alias table's names. */
  readonly #pending = new Set<string>();

  constructor(
    private readonly store: Store,
    aliases: AliasTable | undefined,
  ) {
    this.registry = EntityRegistry.fromStored([], aliases ? { aliases } : {});
    const canonical = this.registry.aliases.rules().flatMap((rule) => [rule.canonical, rule.alias]);
    for (const token of entityLookupTokens(canonical)) this.#pending.add(token);
  }

  /** Documents analysed again were counted already for the entities they mentioned. */
  async acknowledgeStored(store: Store, ids: string[]): Promise<void> {
    const stored = await store.getDocuments(ids);
    await this.#absorbIds(stored.flatMap((doc) => doc.entities.map((entity) => entity.entity)));
    for (const doc of stored) this.registry.acknowledge(doc.id, doc.entities.map((entity) => entity.entity));
  }

  async #absorbIds(ids: string[]): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => this.registry.nameOf(id) === undefined);
    if (missing.length === 0) return;
    const found = await Promise.all(missing.map((id) => this.store.getEntity(id)));
    this.registry.absorb(
      found
        .filter((entity) => entity !== null)
        .map(({ documents, ...entity }) => ({ ...entity, documentCount: documents.length })),
    );
  }

  async meet(documents: readonly ExtractedDocument[]): Promise<void> {
    const words = textLookupTokens(documents.flatMap((doc) => [doc.title ?? '', doc.text]));
    const fresh = [...this.#pending, ...words].filter((word) => !this.#asked.has(word));
    this.#pending.clear();
    if (fresh.length === 0) return;
    for (const word of fresh) this.#asked.add(word);
    this.registry.absorb(await this.store.entitiesByTokens(fresh));
  }
}

function timed<T>(timings: Record<string, number>, stage: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  return work().finally(() => {
    timings[stage] = (timings[stage] ?? 0) + performance.now() - started;
  });
}

/**
 * One batch: the CPU work (extraction, enrichment) outside the write transaction, then clustering
 * against the stored candidates and every write — documents, changed entities, outlet templates,
 * cluster changes, rejections — in one transaction.
 */
async function storeBatch(
  raws: RawDocument[],
  rejections: Rejection[],
  store: Store,
  lazy: LazyRegistry,
  options: IngestIntoStoreOptions,
  summary: IngestSummary,
): Promise<void> {
  const context: EnrichContext = { registry: lazy.registry };
  const fresh = options.reprocess ? raws : await unstored(store, raws, options.onOutcome);
  summary.unchanged += raws.length - fresh.length;
  const processed: ProcessedBatch =
    fresh.length === 0
      ? { documents: [], raws: new Map(), rejected: [] }
      : await processRawDocuments(
          fresh,
          {
            referenceDate: options.referenceDate,
            context,
            storedTemplates: (outlets, lines) => store.outletLineCounts(outlets, lines),
            beforeEnrich: async (documents) => {
              await lazy.meet(documents);
              if (options.reprocess) await lazy.acknowledgeStored(store, documents.map((doc) => doc.id));
            },
          },
          summary.timings,
        );
  summary.rejected.push(...processed.rejected);
  const failures = [...rejections, ...processed.rejected].map((r) => ({ ...r, at: new Date().toISOString() }));
  await timed(summary.timings, 'store', () =>
    store.transaction(async (tx) => {
      await tx.saveFailures(failures);
      if (processed.documents.length === 0) return;
      await writeBatch(tx, processed, context, options, summary);
    }),
  );
}

async function writeBatch(
  tx: StoreTransaction,
  processed: ProcessedBatch,
  context: EnrichContext,
  options: IngestIntoStoreOptions,
  summary: IngestSummary,
): Promise<void> {
  // Another writer may have stored some of these since they were read: the transaction decides.
  const keys = await tx.storedKeys(
    processed.documents.map((doc) => doc.id),
    processed.documents.map((doc) => doc.contentHash),
  );
  const documents = (
    options.reprocess
      ? processed.documents
      : processed.documents.filter((doc) => !isStored(doc.id, doc.contentHash, processed.raws.get(doc.id), keys))
  ).map((doc) => noteSameText(doc, keys, summary));
  summary.unchanged += processed.documents.length - documents.length;
  if (options.onOutcome) {
    const kept = new Set(documents.map((doc) => doc.id));
    for (const doc of processed.documents)
      if (!kept.has(doc.id)) options.onOutcome({ source: doc.source, id: doc.id, status: 'unchanged' });
  }
  if (documents.length === 0) return;
  const clustered = await clusterBatch(documents, tx);
  const saved = await tx.saveDocuments(
    clustered.documents.map((document) => {
      const raw = processed.raws.get(document.id);
      const before = documents.find((doc) => doc.id === document.id);
      const dated = before?.published?.value !== document.published?.value ? refreshTimes(document) : document;
      const envelope = raw ? envelopeOf(raw) : undefined;
      return {
        document: dated,
        raw: raw?.content ?? '',
        rawFormat: raw?.format ?? 'text',
        ...(envelope ? { envelope } : {}),
        ...(options.reprocess ? { replace: true } : {}),
        ...(raw?.givenId !== undefined ? { keyedById: true } : {}),
      };
    }),
  );
  await tx.updateDocuments(await patchedDocuments(tx, clustered));
  await tx.upsertEntities(changedEntities(documents, context));
  const added = new Set(saved.added);
  // A copy would count its lines twice and teach the outlet template to remove them from the original.
  for (const doc of clustered.documents) {
    const raw = processed.raws.get(doc.id);
    if (added.has(doc.id) && doc.outlet && doc.duplicateOf === null && raw)
      await tx.recordOutletLines(doc.outlet, templateLines(raw));
  }
  await tx.applyClusterChanges(clustered.changes);
  // Saved searches see exactly the documents this batch added, in its transaction.
  await matchAlerts(
    tx.alerts,
    clustered.documents.filter((doc) => added.has(doc.id)),
    (id) => context.registry.get(id)?.aliases.map((alias) => alias.alias) ?? [],
    new Date().toISOString(),
  );
  summary.added += saved.added.length;
  summary.updated += saved.updated.length;
  summary.unchanged += saved.unchanged.length;
  if (options.onOutcome) {
    const sourceOf = new Map(clustered.documents.map((doc) => [doc.id, doc.source]));
    const tell = (ids: string[], status: ItemOutcome['status']) => {
      for (const id of ids) options.onOutcome!({ source: sourceOf.get(id) ?? id, id, status });
    };
    tell(saved.added, 'added');
    tell(saved.updated, 'updated');
    tell(saved.unchanged, 'unchanged');
  }
  summary.clusters.newEvents += clustered.counts.newEvents;
  summary.clusters.grownEvents += clustered.counts.grownEvents;
  summary.clusters.merges += clustered.counts.merges;
  summary.clusters.storylines += clustered.counts.storylines;
}

/**
 * Stored documents the batch changed: a new earliest copy, or a date inferred from an event that
 * grew (their relative times are read again against it). Only those are read and rewritten.
 */
async function patchedDocuments(tx: StoreTransaction, clustered: BatchClusterResult): Promise<EnrichedDocument[]> {
  const patches = clustered.storedPatches;
  if (patches.size === 0) return [];
  const updated: EnrichedDocument[] = [];
  for (const doc of await tx.getDocuments([...patches.keys()])) {
    const patch = patches.get(doc.id)!;
    let next = doc;
    if (patch.duplicateOf !== undefined && patch.duplicateOf !== doc.duplicateOf)
      next = { ...next, duplicateOf: patch.duplicateOf };
    if (patch.inferredPublished !== undefined && !hasOwnDate(doc)) {
      const value = patch.inferredPublished?.value ?? null;
      if (value !== (doc.published?.value ?? null)) next = refreshTimes({ ...next, published: patch.inferredPublished });
    }
    if (next !== doc) updated.push(next);
  }
  return updated;
}

/**
 * The raw items not stored as they are: an item under a caller's id is stored when its id holds
 * this content; one without, when its content is stored under any id.
 */
async function unstored(
  store: Store,
  raws: RawDocument[],
  onOutcome: IngestIntoStoreOptions['onOutcome'],
): Promise<RawDocument[]> {
  if (raws.length === 0) return raws;
  const batch = latestPerId(raws);
  const keys = await store.storedKeys(
    batch.flatMap(({ raw }) => raw.givenId ?? []),
    batch.map(({ hash }) => hash),
  );
  if (onOutcome) {
    const kept = new Set(batch.map(({ raw }) => raw));
    for (const raw of raws) {
      if (kept.has(raw)) continue;
      // Dropped for a later record under the same caller id, or for the same text earlier in the batch.
      const status = raw.givenId !== undefined ? 'superseded' : 'unchanged';
      onOutcome({ source: raw.source, id: documentId(raw, contentHash(raw.content)), status });
    }
    for (const { id, hash, raw } of batch) {
      // Content stored under another id (no caller id): the caller's record is that document.
      if (isStored(id, hash, raw, keys))
        onOutcome({ source: raw.source, id: raw.givenId !== undefined ? id : (keys.idOfHash.get(hash) ?? id), status: 'unchanged' });
    }
  }
  return batch.filter(({ id, hash, raw }) => !isStored(id, hash, raw, keys)).map(({ raw }) => raw);
}

/** One raw item per id: under a caller's id the latest text wins; copies of one content are one item. */
function latestPerId(raws: RawDocument[]): { id: string; hash: string; raw: RawDocument }[] {
  const byId = new Map<string, { id: string; hash: string; raw: RawDocument }>();
  for (const raw of raws) {
    const hash = contentHash(raw.content);
    const id = documentId(raw, hash);
    if (raw.givenId !== undefined) byId.delete(id);
    if (!byId.has(id)) byId.set(id, { id, hash, raw });
  }
  return [...byId.values()];
}

function isStored(id: string, hash: string, raw: RawDocument | undefined, keys: StoredKeys): boolean {
  return raw?.givenId !== undefined ? keys.hashOfId.get(id) === hash : keys.idOfHash.has(hash);
}

/** A record under its own id whose text another id holds: said on the document and counted. */
function noteSameText(doc: EnrichedDocument, keys: StoredKeys, summary: IngestSummary): EnrichedDocument {
  const holder = keys.idOfHash.get(doc.contentHash);
  if (holder === undefined || holder === doc.id) return doc;
  summary.sameText += 1;
  const note: Diagnostic = {
    stage: 'store',
    rule: 'store/same-text',
    severity: 'info',
    message: `the same text is stored as ${holder}: kept under its own id ${doc.id}, marked a duplicate`,
  };
  return { ...doc, diagnostics: [...doc.diagnostics, note] };
}

function envelopeOf({ content: _content, diagnostics: _diagnostics, ...envelope }: RawDocument): RawEnvelope {
  return envelope;
}

function hasOwnDate(doc: EnrichedDocument): boolean {
  return ownPublished(doc) !== null;
}

/** The entities the batch's documents mention: the only ones the registry changed. */
function changedEntities(documents: EnrichedDocument[], context: EnrichContext): StoredEntity[] {
  const ids = new Set(documents.flatMap((doc) => doc.entities.map((entity) => entity.entity)));
  return [...ids].map((id) => context.registry.stored(id)).filter((e): e is StoredEntity => e !== undefined);
}
