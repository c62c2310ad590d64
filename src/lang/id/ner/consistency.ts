import type { EntityType } from '../../../model/entity.ts';
import type { RecognizedSpan } from './recognize.ts';

/**
 * One name, one reading per document. The tagger decides sentence by sentence, so a name it
 * reads right in most places may be split or mistyped in a headline or an odd sentence. Two
 * repairs, each backed by the document itself: neighbouring spans separated by a single space are
 * joined when the joined text is recognised elsewhere in the document ("Kim" + "Jong Un"), and
 * every occurrence of a name takes the type most of its occurrences have.
 */

function joinSplitNames(
  text: string,
  spans: RecognizedSpan[],
  known: Map<string, EntityType>,
): RecognizedSpan[] {
  const joined: RecognizedSpan[] = [];
  for (const span of spans) {
    const previous = joined[joined.length - 1];
    if (previous && text.slice(previous.end, span.start) === ' ') {
      const merged = text.slice(previous.start, span.end);
      const type = known.get(merged);
      if (type) {
        joined[joined.length - 1] = { start: previous.start, end: span.end, text: merged, type };
        continue;
      }
    }
    joined.push(span);
  }
  return joined;
}

function majorityTypes(spans: RecognizedSpan[]): Map<string, EntityType> {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const span of spans) {
    const tally = votes.get(span.text) ?? new Map<EntityType, number>();
    tally.set(span.type, (tally.get(span.type) ?? 0) + 1);
    votes.set(span.text, tally);
  }
  const winners = new Map<string, EntityType>();
  for (const [name, tally] of votes) {
    const ranked = [...tally].sort((a, b) => b[1] - a[1]);
    const [best, runnerUp] = ranked;
    if (best && (!runnerUp || best[1] > runnerUp[1])) winners.set(name, best[0]);
  }
  return winners;
}

export function harmoniseEntities(text: string, spans: RecognizedSpan[]): RecognizedSpan[] {
  const joined = joinSplitNames(text, spans, majorityTypes(spans));
  const types = majorityTypes(joined);
  return joined.map((span) => {
    const type = types.get(span.text);
    return type && type !== span.type ? { ...span, type } : span;
  });
}
