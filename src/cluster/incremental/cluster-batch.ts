import type { Claim } from '../../model/cluster.ts';
import type { EnrichedDocument, PublishedDate } from '../../model/document.ts';
import type {
  ClusterChanges,
  ClusterEventRecord,
  ClusterStatePort,
  EventMemberRecord,
  NewClusterDoc,
  TermKey,
} from '../../store/cluster-port.ts';
import { termKey } from '../../store/cluster-port.ts';
import { stableId } from '../hashing.ts';
import { type ClaimOptions, claimItemsOf, DEFAULT_CLAIM_OPTIONS, groupClaims } from '../claims/claim-grouper.ts';
import { inferDatesOfMembers, ownPublished } from '../dates.ts';
import type { EventAssignment } from '../events/event-clusterer.ts';
import { eventIdOf, type EventState, type StoredDoc } from '../events/event-state.ts';
import { type EventClustererOptions, resolveEventOptions } from '../events/options.ts';
import { type ClusterDocument, toClusterDocument } from '../features.ts';
import { documentLead } from '../lead.ts';
import type { StorylineOptions } from '../storylines/storyline-tracker.ts';
import { eventProfile, eventRecord, eventSummary } from './event-outputs.ts';
import { rehomeUndated } from './rehome-undated.ts';
import { updateStorylines } from './storylines.ts';
import { type Reach, WorkingSet } from './working-set.ts';

export interface BatchClusterOptions {
  events: Partial<EventClustererOptions>;
  storylines: Partial<StorylineOptions>;
  claims: ClaimOptions;
  /** Documents of a storyline read back to recompute its claims (the newest). */
  claimScopeDocuments: number;
}

export const DEFAULT_BATCH_CLUSTER_OPTIONS: BatchClusterOptions = {
  events: {},
  storylines: {},
  claims: DEFAULT_CLAIM_OPTIONS,
  claimScopeDocuments: 400,
};

/** What changes for a stored document when a batch is clustered. */
export interface StoredDocumentPatch {
  duplicateOf?: string | null;
  /** The date inferred from its event (or null when it no longer can be); only for undated documents. */
  inferredPublished?: PublishedDate | null;
}

export interface BatchClusterResult {
  /** The batch's documents with `duplicateOf` and dates inferred from their events. */
  documents: EnrichedDocument[];
  /** Stored documents whose copy group or date from their event changed. */
  storedPatches: Map<string, StoredDocumentPatch>;
  changes: ClusterChanges;
  /** Events this batch founded, grew or merged away; storylines it changed. */
  counts: { newEvents: number; grownEvents: number; merges: number; storylines: number; claims: number };
}

function byDateThenId(a: ClusterDocument, b: ClusterDocument): number {
  const dayA = a.date?.first ?? Number.POSITIVE_INFINITY;
  const dayB = b.date?.first ?? Number.POSITIVE_INFINITY;
  return dayA - dayB || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function union(reaches: Reach[]): Reach {
  const all: Reach = { events: new Set(), documents: new Set() };
  for (const reach of reaches) {
    for (const id of reach.events) all.events.add(id);
    for (const id of reach.documents) all.documents.add(id);
  }
  return all;
}

/**
 * Clusters a batch of new documents against what the store holds: reads the candidates the
 * batch's keys reach, runs the in-memory clusterer over them and the batch, merges the events it
 * touched with their candidates, places them in storylines, recomputes the claims of the
 * storylines concerned, and returns every change (nothing is written here).
 */
export async function clusterBatch(
  batch: readonly EnrichedDocument[],
  port: ClusterStatePort,
  options: BatchClusterOptions = DEFAULT_BATCH_CLUSTER_OPTIONS,
): Promise<BatchClusterResult> {
  const eventOptions = resolveEventOptions(options.events);
  const set = new WorkingSet(port, eventOptions, new Set(batch.map((doc) => doc.id)));
  const meta = await port.clusterMeta();
  const byId = new Map(batch.map((doc) => [doc.id, doc]));
  const inputs = batch.map((doc) => toClusterDocument({ ...doc, published: ownPublished(doc) })).sort(byDateThenId);
  const seqOf = new Map(inputs.map((input, at) => [input.id, meta.lastSeq + 1 + at]));

  // Documents clustered before under the same id (re-analysed): their old events are recomputed
  // without them, and their share of the statistics is not counted twice.
  const previous = await port.clusterDocuments([...byId.keys()]);
  const reclustered = new Set(previous.map((record) => record.id));
  await set.seedStatistics(inputs);
  set.clusterer.primeDocumentFrequencies(inputs);
  const vectors = inputs.map((input) => set.index.vectorsOf(input));
  const neighbours = await set.loadPostings(
    inputs.map((input, at) => ({ ...vectors[at]!, date: input.date, signature: input.signature })),
  );
  await set.fill(
    union([
      ...inputs.map((input, at) => set.reach(vectors[at]!.terms, vectors[at]!.entities, input.date, neighbours[at]!)),
      { events: new Set(previous.map((record) => record.event)), documents: new Set() },
    ]),
  );

  // An old event whose every member is re-analysed here is gone: its id is free for the new one.
  const replaced: string[] = [];
  for (const [id, count] of countBy(previous.map((record) => record.event))) {
    const old = set.events.get(id);
    if (old && (set.eventRecords.get(id)?.members ?? 0) <= count) {
      old.alive = false;
      replaced.push(id);
    }
  }

  const assignments = new Map<string, EventAssignment>();
  for (const input of inputs) assignments.set(input.id, set.clusterer.add(input));

  const touched = new Set<EventState>(inputs.map((input) => set.clusterer.eventStateOf(input.id)!));
  for (const event of touched) {
    if (event.storedId) continue;
    // Events founded by this batch come after every stored one: a merge keeps the stored id.
    event.founded = seqOf.get(event.founder) ?? event.founded;
    // A re-analysed founder may found anew while its old event lives on: the new one gets its own id.
    if (set.events.get(eventIdOf(event))?.alive) event.storedId = stableId('evt', `${event.founder}@${event.founded}`);
  }
  for (const record of previous) {
    const old = set.events.get(record.event);
    if (old?.alive) touched.add(old);
  }
  const moves = await rehomeUndated(set, inputs, touched);
  await set.loadPostings(
    [...touched].map((event) => ({ terms: event.centroid, entities: event.entities, date: event.date, signature: null })),
  );
  await set.fill(
    union([...touched].map((event) => set.reach(event.centroid, event.entities, event.date, new Map(), event.index))),
  );
  const merges = set.clusterer.mergeSimilarEvents(touched);

  const finalOf = (id: string): string => {
    let current = id;
    for (let guard = 0; guard < merges.length + 1; guard++) {
      const next = merges.find((merge) => merge.from === current)?.into;
      if (!next) break;
      current = next;
    }
    return current;
  };
  const alive = [...touched].filter((event) => event.alive);
  const storedIds = new Set(set.eventRecords.keys());
  const mergedAway = merges.filter((merge) => storedIds.has(merge.from));
  const memberLists = await port.eventMembers([
    ...alive.map((event) => eventIdOf(event)).filter((id) => storedIds.has(id)),
    ...mergedAway.map((merge) => merge.from),
  ]);
  const movedTo = new Map(moves.map((move) => [move.document, move]));
  const storedMembers = new Map<string, EventMemberRecord[]>();
  for (const [eventId, list] of memberLists) {
    for (const member of list) {
      if (byId.has(member.id)) continue;
      const move = movedTo.get(member.id);
      const event = finalOf(move?.to ?? eventId);
      const entry = move ? { ...member, evidence: move.evidence } : member;
      storedMembers.set(event, [...(storedMembers.get(event) ?? []), entry]);
    }
  }

  const batchMembers = new Map<string, EventMemberRecord[]>();
  const newDocuments: NewClusterDoc[] = [];
  for (const input of inputs) {
    const doc = byId.get(input.id)!;
    const held = set.clusterer.heldDocument(input.id)!;
    const assignment = assignments.get(input.id)!;
    const event = eventIdOf(set.clusterer.eventStateOf(input.id)!);
    const record = newDocumentRecord(input, doc, held, set, seqOf.get(input.id)!, event, assignment);
    newDocuments.push(record);
    const list = batchMembers.get(event) ?? [];
    list.push({
      seq: record.seq,
      id: record.id,
      title: record.title,
      lead: record.lead,
      date: record.date,
      ownPublished: record.ownPublished,
      evidence: record.evidence,
      duplicateOf: record.duplicateOf,
    });
    batchMembers.set(event, list);
  }

  const membersOf = (event: EventState): EventMemberRecord[] => {
    const id = eventIdOf(event);
    return [...(storedMembers.get(id) ?? []), ...(batchMembers.get(id) ?? [])];
  };

  const events: ClusterEventRecord[] = [];
  const withMembers = alive.map((event) => ({ event, members: membersOf(event) }));
  // An event whose every member moved away is gone, like one merged away.
  const emptied = withMembers.filter(({ members }) => members.length === 0).map(({ event }) => event);
  const summaries = withMembers.filter(({ members }) => members.length > 0);
  const placed = summaries.map(({ event, members }) => {
    const summary = eventSummary(event, members, set);
    return { event, members, summary, profile: eventProfile(event, summary, set) };
  });
  const storylineUpdate = await updateStorylines(
    port,
    placed.map(({ event, profile }) => ({
      profile,
      storyline: event.storedId ? (set.eventRecords.get(event.storedId)?.storyline ?? null) : null,
    })),
    [...mergedAway.map((merge) => merge.from), ...emptied.map((event) => eventIdOf(event)), ...replaced].map((id) => ({
      event: id,
      storyline: set.eventRecords.get(id)?.storyline ?? null,
    })),
    options.storylines,
    meta.lastSeq + inputs.length + 1,
  );
  for (const { event, members } of placed) {
    events.push(eventRecord(event, members, set, storylineUpdate.storylineOf.get(eventIdOf(event)) ?? null));
  }

  // Claims change only where figures arrive or documents leave a storyline.
  const figuresArrive = new Set(
    newDocuments.filter((doc) => doc.claimItems.length > 0).map((doc) => storylineUpdate.storylineOf.get(doc.event)),
  );
  const reshaped = new Set(
    [...mergedAway.map((merge) => merge.from), ...emptied.map((event) => eventIdOf(event)), ...replaced, ...moves.map((m) => m.from)]
      .map((id) => set.eventRecords.get(id)?.storyline)
      .filter((id): id is string => Boolean(id)),
  );
  const claimScopes = storylineUpdate.storylines
    .map((storyline) => storyline.id)
    .filter((id) => figuresArrive.has(id) || reshaped.has(id) || mergedAway.some((m) => storylineUpdate.storylineOf.get(finalOf(m.from)) === id));
  const claims = await storylineClaims(port, claimScopes, newDocuments, storylineUpdate.storylineOf, options);

  const storedPatches = new Map<string, StoredDocumentPatch>();
  const inferred = new Map<string, PublishedDate | null>();
  for (const { summary, members } of placed) {
    const dates = new Map(inferDatesOfMembers(summary.id, members).map((entry) => [entry.document, entry.published]));
    for (const member of members) if (member.ownPublished === null) inferred.set(member.id, dates.get(member.id) ?? null);
  }
  for (const [id, published] of inferred) if (!byId.has(id)) storedPatches.set(id, { inferredPublished: published });
  const rerootedDuplicates = await rerootCopies(port, [...assignments.values()], set, storedPatches);

  const documents = inputs.map((input) => {
    const doc = byId.get(input.id)!;
    const published = inferred.get(input.id) ?? ownPublished(doc);
    return { ...doc, published, duplicateOf: set.clusterer.duplicateOfDocument(input.id) };
  });

  const newestBatchDay = Math.max(...inputs.map((input) => input.date?.last ?? Number.NEGATIVE_INFINITY));
  const newestDay = Math.max(meta.newestDay ?? Number.NEGATIVE_INFINITY, newestBatchDay);
  const retainDays = eventOptions.retainDays;
  const changes: ClusterChanges = {
    ...frequencyDeltas(inputs.filter((input) => !reclustered.has(input.id))),
    newDocuments,
    mergedEvents: mergedAway.map((merge) => ({ from: merge.from, into: finalOf(merge.from) })),
    movedDocuments: moves.map((move) => ({ id: move.document, event: finalOf(move.to), evidence: move.evidence })),
    rerootedDuplicates,
    events,
    eventSummaries: placed.map(({ summary }) => summary),
    removedEvents: [...mergedAway.map((merge) => merge.from), ...emptied.map((event) => eventIdOf(event)), ...replaced],
    storylines: storylineUpdate.storylines,
    removedStorylines: storylineUpdate.removed,
    claims,
    newestDay: Number.isFinite(newestDay) ? newestDay : null,
    evictBefore: retainDays !== null && Number.isFinite(newestDay) ? newestDay - retainDays : null,
  };
  return {
    documents,
    storedPatches,
    changes,
    counts: {
      newEvents: alive.filter((event) => !event.storedId).length,
      grownEvents: alive.filter((event) => event.storedId).length,
      merges: merges.length + moves.length,
      storylines: storylineUpdate.storylines.length,
      claims: claims.reduce((sum, scope) => sum + scope.claims.length, 0),
    },
  };
}

function countBy(keys: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

function newDocumentRecord(
  input: ClusterDocument,
  doc: EnrichedDocument,
  held: StoredDoc,
  set: WorkingSet,
  seq: number,
  event: string,
  assignment: EventAssignment,
): NewClusterDoc {
  const termStats = set.index.termStats;
  const entityStats = set.index.entityStats;
  const keys = set.index.keysOf(held.terms, held.entities);
  return {
    seq,
    id: input.id,
    language: input.language,
    title: input.title,
    lead: documentLead(doc.title, doc.text),
    outlet: input.outlet,
    date: input.date,
    ownPublished: ownPublished(doc)?.value ?? null,
    terms: [...held.terms.ids.keys()].map((at) => [termStats.nameOf(held.terms.ids[at]!), held.terms.values[at]!]),
    titleTerms: [...held.titleTerms.ids].map((id) => termStats.nameOf(id)),
    entities: [...held.entities.ids.keys()].map((at) => {
      const id = held.entities.ids[at]!;
      const entityId = entityStats.nameOf(id);
      return [entityId, set.index.entityNames.get(id) ?? entityId, held.entities.values[at]!];
    }),
    signature: input.signature,
    shingles: input.shingles,
    event,
    evidence: assignment.evidence,
    duplicateOf: set.clusterer.duplicateOfDocument(input.id),
    claimItems: claimItemsOf(doc),
    termKeys: keys.terms.map((id) => set.termKeyOf(id)),
    entityKeys: keys.entities.map((id) => entityStats.nameOf(id)),
    bandKeys: set.duplicates.bandKeys(input.signature),
  };
}

/** How many documents, and documents holding each term and entity, the batch adds. */
function frequencyDeltas(
  inputs: readonly ClusterDocument[],
): Pick<ClusterChanges, 'documentCounts' | 'termFrequencies' | 'entityFrequencies'> {
  const documentCounts = new Map<string, number>();
  const termFrequencies = new Map<TermKey, number>();
  const entityFrequencies = new Map<string, number>();
  for (const input of inputs) {
    documentCounts.set(input.language, (documentCounts.get(input.language) ?? 0) + 1);
    for (const term of input.terms.keys()) {
      const key = termKey(input.language, term);
      termFrequencies.set(key, (termFrequencies.get(key) ?? 0) + 1);
    }
    for (const id of new Set(input.entities.map((entity) => entity.id)))
      entityFrequencies.set(id, (entityFrequencies.get(id) ?? 0) + 1);
  }
  return { documentCounts, termFrequencies, entityFrequencies };
}

/**
 * A new document that is an earlier copy of stored texts becomes their group's earliest copy: the
 * stored group (found through the store, not only what the batch held) points to it now.
 */
async function rerootCopies(
  port: ClusterStatePort,
  assignments: EventAssignment[],
  set: WorkingSet,
  patches: Map<string, { duplicateOf?: string | null }>,
): Promise<{ from: string; to: string }[]> {
  const rerooted: { from: string; to: string }[] = [];
  for (const assignment of assignments) {
    const oldRoot = assignment.supersedes[0];
    if (!oldRoot || !set.docRecords.has(oldRoot)) continue;
    const to = set.clusterer.duplicateOfDocument(oldRoot) ?? assignment.document;
    rerooted.push({ from: oldRoot, to });
  }
  if (rerooted.length === 0) return rerooted;
  const copies = await port.copiesOf(rerooted.map((entry) => entry.from));
  for (const { from, to } of rerooted) {
    for (const id of [from, ...(copies.get(from) ?? [])]) {
      patches.set(id, { ...patches.get(id), duplicateOf: id === to ? null : to });
    }
  }
  return rerooted;
}

/** Claims of each changed storyline, over its newest documents (stored ones and the batch's). */
async function storylineClaims(
  port: ClusterStatePort,
  storylines: string[],
  batch: NewClusterDoc[],
  storylineOf: Map<string, string>,
  options: BatchClusterOptions,
): Promise<{ storyline: string; claims: Claim[] }[]> {
  const result: { storyline: string; claims: Claim[] }[] = [];
  for (const storyline of storylines) {
    const fresh = batch.filter((doc) => storylineOf.get(doc.event) === storyline && !doc.duplicateOf);
    const freshIds = new Set(fresh.map((doc) => doc.id));
    const stored = (await port.storylineDocuments(storyline, options.claimScopeDocuments)).filter(
      (id) => !freshIds.has(id),
    );
    const items = [...(await port.claimItems(stored)), ...fresh.flatMap((doc) => doc.claimItems)];
    result.push({ storyline, claims: groupClaims(items, options.claims) });
  }
  return result;
}
