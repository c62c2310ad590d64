import type { NewsEvent } from '../model/cluster.ts';
import type { EnrichedDocument, PublishedDate } from '../model/document.ts';
import { dayRangeOf, isoDay } from './calendar-days.ts';

/** A published date inferred for an undated document from the dated documents of its event. */
export interface InferredDate {
  document: string;
  published: PublishedDate;
}

const FROM_EVENT = 'from event ';

/** The document's own published date: null when it had none and it was only inferred from its event. */
export function ownPublished(doc: EnrichedDocument): PublishedDate | null {
  return doc.published?.reasoning?.startsWith(FROM_EVENT) ? null : doc.published;
}

/** The most precise period (month, else year) that contains every one of the dates. */
function commonPeriod(values: string[]): string | null {
  const ranges = values.map(dayRangeOf).filter((range) => range !== null);
  if (ranges.length === 0) return null;
  const first = isoDay(Math.min(...ranges.map((range) => range.first)));
  const last = isoDay(Math.max(...ranges.map((range) => range.last)));
  if (first.slice(0, 7) === last.slice(0, 7)) return first.slice(0, 7);
  if (first.slice(0, 4) === last.slice(0, 4)) return first.slice(0, 4);
  return null;
}

/**
 * Dates for undated documents from their events: when every dated article of the event was
 * published in one month, the undated one gets that month (`2025-07`), else the common year; with
 * a wider spread, nothing. Only dates the documents carry themselves count as evidence (never
 * dates inferred this way), and the value is marked `inferred` with its reasoning.
 */
export function inferDatesFromEvents(
  docs: readonly EnrichedDocument[],
  events: readonly NewsEvent[],
): InferredDate[] {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  return events.flatMap((event) =>
    inferDatesOfMembers(
      event.id,
      event.documents
        .map((id) => byId.get(id))
        .filter((doc) => doc !== undefined)
        .map((doc) => ({ id: doc.id, ownPublished: ownPublished(doc)?.value ?? null })),
    ),
  );
}

/** The same for the members of one event, each with its own publication date (or null). */
export function inferDatesOfMembers(
  eventId: string,
  members: readonly { id: string; ownPublished: string | null }[],
): InferredDate[] {
  const dated = members.filter((member) => member.ownPublished !== null);
  const period = commonPeriod(dated.map((member) => member.ownPublished!));
  if (!period) return [];
  const evidence = dated.map((member) => `${member.id}: ${member.ownPublished}`).join('; ');
  const precision = period.length === 7 ? 'month' : 'year';
  return members
    .filter((member) => member.ownPublished === null)
    .map((member) => ({
      document: member.id,
      published: {
        value: period,
        evidence,
        inferred: true,
        reasoning: `${FROM_EVENT}${eventId}: the document has no date of its own; the ${dated.length} dated article(s) of its event were all published in ${period}, so its ${precision} is taken from them`,
      },
    }));
}
