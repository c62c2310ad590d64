import { Hono } from 'hono';
import { z } from 'zod';
import type { Storyline } from '../../../model/cluster.ts';
import type { EnrichedDocument } from '../../../model/document.ts';
import type { Quote } from '../../../model/quote.ts';
import type { Store } from '../../../store/store.ts';
import { notFound } from '../errors.ts';
import { defined, documentFilterSchema, idSchema, listSchema, searchSchema } from '../validate.ts';

const entityListSchema = listSchema.extend({
  type: z.enum(['PER', 'ORG', 'LOC', 'EVT', 'PRD', 'MISC']).optional(),
});

const storylineListSchema = listSchema.extend({
  sort: z.enum(['size', 'recent']).default('size'),
});

function query(c: { req: { query: () => Record<string, string> } }): Record<string, string> {
  return c.req.query();
}

/** Read-only routes over the store: documents, search, entities, events, storylines, claims. */
export function readRoutes(store: Store): Hono {
  const app = new Hono();

  app.get('/documents', (c) => {
    const filter = defined(documentFilterSchema.parse(query(c)));
    return c.json({ items: store.listDocuments(filter), limit: filter.limit, offset: filter.offset });
  });

  app.get('/documents/:id', (c) => {
    const id = idSchema.parse(c.req.param('id'));
    const doc = store.getDocument(id);
    if (!doc) throw notFound('document', id);
    return c.json(doc);
  });

  app.get('/search', (c) => {
    const { q, ...filter } = defined(searchSchema.parse(query(c)));
    const started = performance.now();
    const items = store.search(q, filter);
    return c.json({
      q,
      items,
      limit: filter.limit,
      offset: filter.offset,
      tookMs: Math.round(performance.now() - started),
    });
  });

  app.get('/entities', (c) => {
    const { q, type, limit, offset } = entityListSchema.parse(query(c));
    const needle = q?.toLowerCase();
    const all = store
      .entities()
      .filter((e) => !type || e.type === type)
      .filter(
        (e) =>
          !needle ||
          e.name.toLowerCase().includes(needle) ||
          e.aliases.some((a) => a.alias.toLowerCase().includes(needle)),
      )
      .sort((a, b) => b.documents.length - a.documents.length || a.name.localeCompare(b.name));
    return c.json({ items: all.slice(offset, offset + limit), total: all.length, limit, offset });
  });

  app.get('/entities/:id', (c) => {
    const id = idSchema.parse(c.req.param('id'));
    const entity = store.getEntity(id);
    if (!entity) throw notFound('entity', id);
    const documents = store.listDocuments({ entity: id, limit: 200 });
    const quotes = quotesBy(
      id,
      documents.map((d) => store.getDocument(d.id)).filter((d): d is EnrichedDocument => d !== null),
    );
    return c.json({ entity, timeline: store.entityTimeline(id), documents, quotes });
  });

  app.get('/events', (c) => {
    const { limit, offset } = listSchema.parse(query(c));
    const items = store.events({ limit, offset }).map((event) => ({
      ...event,
      outlets: outletsOf(documentLabels(store, event.documents)),
    }));
    return c.json({ items, limit, offset });
  });

  app.get('/events/:id', (c) => {
    const id = idSchema.parse(c.req.param('id'));
    const event = store.getEvent(id);
    if (!event) throw notFound('event', id);
    const sources = event.documents
      .map((docId) => store.getDocument(docId))
      .filter((d): d is EnrichedDocument => d !== null)
      .map((d) => ({
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
      }));
    const claims = store
      .claims()
      .filter((claim) => claim.figures.some((f) => event.documents.includes(f.document)));
    return c.json({ event, sources, claims });
  });

  app.get('/storylines', (c) => {
    const { limit, offset, sort } = storylineListSchema.parse(query(c));
    if (sort === 'recent') {
      // Recency needs every storyline's last event date: one pass over all events, then sort.
      const dateOf = new Map(store.events().map((e) => [e.id, e.date]));
      const all = store
        .storylines()
        .map((storyline) => withDates(storyline, (id) => dateOf.get(id) ?? null))
        .sort((a, b) => compareText(b.to ?? '', a.to ?? '') || b.events.length - a.events.length);
      return c.json({ items: all.slice(offset, offset + limit), limit, offset });
    }
    const items = store
      .storylines({ limit, offset })
      .map((storyline) => withDates(storyline, (id) => store.getEvent(id)?.date ?? null));
    return c.json({ items, limit, offset });
  });

  app.get('/storylines/:id', (c) => {
    const id = idSchema.parse(c.req.param('id'));
    const storyline = store.getStoryline(id);
    if (!storyline) throw notFound('storyline', id);
    const events = storyline.events
      .map((eventId) => store.getEvent(eventId))
      .filter((e) => e !== null)
      .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
    const documents = documentLabels(
      store,
      events.flatMap((e) => e.documents),
    );
    const timeline = events.map((event) => ({
      ...event,
      outlets: outletsOf(documents.filter((d) => event.documents.includes(d.id))),
    }));
    const entities = storyline.entities
      .map((id) => store.getEntity(id))
      .filter((e) => e !== null)
      .map((e) => ({ id: e.id, name: e.name, type: e.type }));
    return c.json({ storyline, timeline, entities, documents });
  });

  app.get('/claims', (c) => {
    const { limit, offset } = listSchema.parse(query(c));
    const items = store.claims({ limit, offset });
    const documents = documentLabels(
      store,
      items.flatMap((claim) => claim.figures.map((f) => f.document)),
    );
    return c.json({ items, documents, limit, offset });
  });

  app.get('/stats', (c) => c.json(store.stats()));

  return app;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/** Title, outlet and date of each document, for labelling references to it. */
function documentLabels(
  store: Store,
  ids: string[],
): { id: string; title: string | null; outlet: string | null; published: string | null }[] {
  return [...new Set(ids)]
    .map((id) => store.getDocument(id))
    .filter((d): d is EnrichedDocument => d !== null)
    .map((d) => ({ id: d.id, title: d.title, outlet: d.outlet, published: d.published?.value ?? null }));
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
