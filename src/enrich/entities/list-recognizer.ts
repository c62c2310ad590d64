import type { EntityType } from '../../model/entity.ts';
import type { RecognizedSpan, Recognizer } from './types.ts';

/**
 * A recogniser from a fixed list of names: every exact occurrence at word boundaries, longest
 * first, without overlaps. For tests with hand-written sentences, and for running entity
 * resolution where no model is available.
 */
export function listRecognizer(names: ReadonlyArray<readonly [name: string, type: EntityType]>): Recognizer {
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  return (text: string) => {
    const spans: RecognizedSpan[] = [];
    const taken = new Uint8Array(text.length);
    for (const [name, type] of sorted) {
      if (name === '') continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        const end = at + name.length;
        const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[end] ?? ' ');
        if (!bounded || taken.subarray(at, end).some((flag) => flag === 1)) continue;
        taken.fill(1, at, end);
        spans.push({ start: at, end, text: name, type });
      }
    }
    return spans.sort((a, b) => a.start - b.start);
  };
}
