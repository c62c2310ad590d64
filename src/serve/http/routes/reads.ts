import { Hono } from 'hono';
import type { NewsEvent, Storyline } from '../../../model/cluster.ts';
import type { EnrichedDocument } from '../../../model/document.ts';
import type { StoredEntity } from '../../../model/entity.ts';
import type { Quote } from '../../../model/quote.ts';
import type { Store } from '../../../store/store.ts';
import { displaySource } from '../display-source.ts';
import { notFound } from '../errors.ts';
import {
  claimListQuery,
  documentFilterSchema,
  entityListQuery,
  idSchema,
  pageQuery,
  searchQuery,
  storylineListQuery,
} from '../schemas/params.ts';
import { defined } from '../validate.ts';

function query(c: { req: { query: () => Record<string, string> } }): Record<string, string> {
  return c.req.query();
}

/**
 * Read-only routes over the store (documents, search, entities, events, storylines, claims), paged,
 * every list with its total. The answers are described in ../schemas/reads.ts.
 */
export function readRoutes(store: Store): Hono {
  const app = new Hono();

  app.get('/documents', async (c) => {
    const filter = defined(documentFilterSchema.parse(query(c)));
    const [documents, total] = await Promise.all([store.listDocuments(filter), store.countDocuments(filter)]);
    const items = documents.map((item) => ({ ...item, source: displaySource(item.source) }));
    return c.json({ items, total, limit: filter.limit, offset: filter.offset });
  });

  app.get('/documents/:id', async (c) => {
    const id = idSchema.parse(c.req.param('id'));
    const doc = await store.getDocument(id);
    if (!doc) throw notFound('document', id);
    return c.json({ ...doc, source: displaySource(doc.source, doc.url) });
  });

  app.get('/search', async (c) => {
    const { format: _json, ...request } = defined(searchQuery.parse(query(c)));
    const started = performance.now();
    const result = await store.search(request);
    return c.json({
      q: request.q,
      ...result,
      // Readers see where an article came from, never the server's own file paths.
      hits: result.hits.map((hit) => ({
        ...hit,
        source: displaySource(hit.source),
        duplicates: hit.duplicates.map((d) => ({ ...d, source: displaySource(d.source) })),
      })),
      limit: request.limit,
      offset: request.offset,
      sort: request.sort,
      tookMs: Math.round(performance.now() - started),
    });
  });

  app.get('/entities', async (c) => {
    const entityQuery = defined(entityListQuery.parse(query(c)));
    const { items, total } = await store.listEntities(entityQuery);
    return c.json({
      items: items.map(entityListItem),
      total,
      limit: entityQuery.limit,
      offset: entityQuery.offset,
    });
  });

  app.get('/entities/:id', async (c) => {
    const id = idSchema.parse(c.req.param('id'));
    const entity = await store.getEntity(id);
    if (!entity) throw notFound('entity', id);
    const documents = await store.listDocuments({ entity: id, limit: 200 });
    const quotes = quotesBy(id, await store.getDocuments(documents.map((d) => d.id)));
    return c.json({ entity, timeline: await store.entityTimeline(id), documents, quotes });
  });

  app.get('/events', async (c) => {
    const { limit, offset } = pageQuery.parse(query(c));
    const [events, total] = await Promise.all([store.events({ limit, offset }), store.countClusters('event')]);
    const labels = await documentLabels(
      store,
      events.flatMap((e) => e.documents),
    );
    const items = events.map((event) => ({
      ...event,
      outlets: outletsOf(labelsOf(labels, event.documents)),
    }));
    return c.json({ items, total, limit, offset });
  });

  app.get('/events/:id', async (c) => {
    const id = idSchema.parse(c.req.param('id'));
    const event = await store.getEvent(id);
    if (!event) throw notFound('event', id);
    const sources = (await store.getDocuments(event.documents)).map(eventSource);
    const claims = await store.claimsOfDocuments(event.documents);
    return c.json({ event, sources, claims });
  });

  app.get('/storylines', async (c) => {
    const { limit, offset, sort } = storylineListQuery.parse(query(c));
    const [storylines, total] = await Promise.all([
      store.storylines({ sort, limit, offset }),
      store.countClusters('storyline'),
    ]);
    const dates = await eventDates(
      store,
      storylines.flatMap((s) => s.events),
    );
    const items = storylines.map((storyline) => withDates(storyline, (id) => dates.get(id) ?? null));
    return c.json({ items, total, limit, offset });
  });

  app.get('/storylines/:id', async (c) => {
    const id = idSchema.parse(c.req.param('id'));
    const storyline = await store.getStoryline(id);
    if (!storyline) throw notFound('storyline', id);
    const events = (await eventsById(store, storyline.events)).sort((a, b) =>
      compareText(a.date ?? '', b.date ?? ''),
    );
    const documents = await documentLabels(
      store,
      events.flatMap((e) => e.documents),
    );
    const timeline = events.map((event) => ({
      ...event,
      outlets: outletsOf(labelsOf(documents, event.documents)),
    }));
    const entities = (await Promise.all(storyline.entities.map((entityId) => store.getEntity(entityId))))
      .filter((e) => e !== null)
      .map((e) => ({ id: e.id, name: e.name, type: e.type }));
    return c.json({ storyline, timeline, entities, documents });
  });

  app.get('/claims', async (c) => {
    const { limit, offset } = claimListQuery.parse(query(c));
    const [items, total] = await Promise.all([store.claims({ limit, offset }), store.countClusters('claim')]);
    const documents = await documentLabels(
      store,
      items.flatMap((claim) => claim.figures.map((f) => f.document)),
    );
    return c.json({ items, total, documents, limit, offset });
  });

  app.get('/stats', async (c) => c.json(await store.stats()));

  return app;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** An entity as listed: what a list shows, without what the registry keeps to go on learning. */
function entityListItem(entity: StoredEntity): Omit<StoredEntity, 'forms' | 'pinned'> {
  return {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    aliases: entity.aliases,
    documentCount: entity.documentCount,
  };
}

/** A document as the event page compares it with the other sources. */
function eventSource(d: EnrichedDocument) {
  return {
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    published: d.published,
    duplicateOf: d.duplicateOf,
    quotes: d.quotes,
    figures: d.figures,
    entities: d.entities.map((e) => ({
      entity: e.entity,
      name: e.name,
      type: e.type,
      mentions: e.mentions.length,
    })),
  };
}

async function eventsById(store: Store, ids: string[]): Promise<NewsEvent[]> {
  const events = await Promise.all([...new Set(ids)].map((id) => store.getEvent(id)));
  return events.filter((e) => e !== null);
}

async function eventDates(store: Store, ids: string[]): Promise<Map<string, string | null>> {
  return new Map((await eventsById(store, ids)).map((e) => [e.id, e.date]));
}

/** A storyline with the first and last dates of its events. */
function withDates(
  storyline: Storyline,
  dateOf: (eventId: string) => string | null,
): Storyline & { from: string | null; to: string | null } {
  const dates = storyline.events
    .map(dateOf)
    .filter((d): d is string => d !== null)
    .sort();
  return { ...storyline, from: dates[0] ?? null, to: dates.at(-1) ?? null };
}

interface DocumentLabel {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
}

/** Title, outlet and date of each document, for labelling references to it. */
async function documentLabels(store: Store, ids: string[]): Promise<DocumentLabel[]> {
  return (await store.getDocuments([...new Set(ids)])).map((d) => ({
    id: d.id,
    title: d.title,
    outlet: d.outlet,
    published: d.published?.value ?? null,
  }));
}

function labelsOf(labels: DocumentLabel[], ids: string[]): DocumentLabel[] {
  const wanted = new Set(ids);
  return labels.filter((label) => wanted.has(label.id));
}

function outletsOf(labels: { outlet: string | null }[]): string[] {
  return [...new Set(labels.map((l) => l.outlet).filter((o): o is string => o !== null))].sort();
}

function quotesBy(
  entityId: string,
  documents: EnrichedDocument[],
): (Quote & { document: string; title: string | null })[] {
  return documents.flatMap((doc) =>
    doc.quotes
      .filter((q) => q.speaker?.entity === entityId)
      .map((q) => ({ ...q, document: doc.id, title: doc.title })),
  );
}
