import type { DuplicateDetector } from '../duplicates/duplicate-detector.ts';
import type { EventIndex } from './event-index.ts';
import { eventProfile, summarizeEvent } from './event-summary.ts';
import { EMPTY_VECTOR } from './sparse-vector.ts';

/**
 * Retention: documents published more than `retainDays` before the newest one can no longer be
 * candidates (the window is shorter), so they leave memory. Documents are walked in arrival order
 * from `from`; undated ones go with their dated neighbours. An event whose last member leaves is
 * frozen first: its summary and profile are kept, its vectors dropped. Returns the new `from`.
 */
export function evictOldDocuments(
  index: EventIndex,
  duplicates: DuplicateDetector,
  retainDays: number,
  from: number,
): number {
  const cutoff = index.newestDay - retainDays;
  let next = from;
  while (next < index.docs.length) {
    const doc = index.docs[next]!;
    if (doc.date && doc.date.last >= cutoff) break;
    next++;
  }
  const leaving = index.docs.slice(from, next).filter((doc) => !doc.evicted);
  if (leaving.length === 0) return next;
  const leavingPerEvent = new Map<number, number>();
  for (const doc of leaving) leavingPerEvent.set(doc.event, (leavingPerEvent.get(doc.event) ?? 0) + 1);
  for (const [eventIndex, count] of leavingPerEvent) {
    const event = index.events[eventIndex]!;
    if (count === event.live && !event.frozen) {
      event.frozen = { summary: summarizeEvent(event, index), profile: eventProfile(event, index) };
      index.closed.push(event);
    }
  }
  for (const doc of leaving) {
    doc.evicted = true;
    doc.terms = EMPTY_VECTOR;
    doc.titleTerms = EMPTY_VECTOR;
    doc.entities = EMPTY_VECTOR;
    doc.title = '';
    const event = index.events[doc.event]!;
    event.live--;
    if (event.live === 0) {
      event.centroid = EMPTY_VECTOR;
      event.titleBag = EMPTY_VECTOR;
      event.entities = EMPTY_VECTOR;
    }
  }
  index.pruneEvicted();
  duplicates.forget(leaving.map((doc) => doc.index));
  return next;
}
