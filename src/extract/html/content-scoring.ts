import type { TextLine } from './html-blocks.ts';
import { CONTENT_CLASS_WORDS } from './page-phrases.ts';

/** Tuning of the container choice; the defaults were set on the WCXB dev split only. */
export interface ScoringOptions {
  /** Shortest line (characters) that may count as prose. */
  proseMinChars: number;
  /** Fewest words a prose line has. */
  proseMinWords: number;
  /** Link share above which a line is no prose. */
  proseMaxLinkDensity: number;
  /** Link share from which a line counts against its containers. */
  linkyMinDensity: number;
  /** Cost of a link-heavy character, relative to one prose character. */
  linkyCharCost: number;
  /** Cost of every other short line, in prose characters. */
  shortLineCost: number;
  /** A story-named container wins when it scores at least this share of the best container. */
  hintMinShare: number;
}

export const DEFAULT_SCORING: ScoringOptions = {
  proseMinChars: 50,
  proseMinWords: 7,
  proseMaxLinkDensity: 0.4,
  linkyMinDensity: 0.5,
  linkyCharCost: 1,
  shortLineCost: 10,
  hintMinShare: 0.4,
};

export type LineClass = 'prose' | 'linky' | 'heading' | 'short';

const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

export function linkDensity(line: TextLine): number {
  return line.text.length === 0 ? 0 : line.linkChars / line.text.length;
}

export function isHeadingLine(line: TextLine): boolean {
  return HEADING_TAGS.has(line.owner.tagName.toUpperCase());
}

export function classifyLine(line: TextLine, options: ScoringOptions = DEFAULT_SCORING): LineClass {
  const density = linkDensity(line);
  if (density >= options.linkyMinDensity) return 'linky';
  if (isHeadingLine(line)) return 'heading';
  const wordCount = line.text.split(' ').length;
  if (line.text.length >= options.proseMinChars && wordCount >= options.proseMinWords) {
    return density <= options.proseMaxLinkDensity ? 'prose' : 'short';
  }
  return 'short';
}

export function lineWeight(line: TextLine, options: ScoringOptions = DEFAULT_SCORING): number {
  switch (classifyLine(line, options)) {
    case 'prose':
      return line.text.length * (1 - linkDensity(line));
    case 'linky':
      return -options.linkyCharCost * line.text.length;
    case 'short':
      return -options.shortLineCost;
    default:
      return 0;
  }
}

/** Sums `weigh(line)` into the line's owner and every ancestor up to and including `root`. */
export function sumIntoAncestors(
  lines: readonly TextLine[],
  root: Element,
  weigh: (line: TextLine) => number,
): Map<Element, number> {
  const sums = new Map<Element, number>();
  for (const line of lines) {
    const weight = weigh(line);
    if (weight === 0) continue;
    for (let node: Element | null = line.owner; node !== null; node = node.parentElement) {
      sums.set(node, (sums.get(node) ?? 0) + weight);
      if (node === root) break;
    }
  }
  return sums;
}

function hasContentHint(element: Element): boolean {
  const itemprop = element.getAttribute('itemprop') ?? '';
  if (/articlebody|text/i.test(itemprop)) return true;
  const hints = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return CONTENT_CLASS_WORDS.test(hints);
}

/**
 * The element whose lines best separate story from furniture: the highest sum of line weights
 * (prose adds its length, link lists and stray short lines subtract); on ties the deeper one.
 * A container named like a story body (`entry-content`, `itemprop=articleBody`) is preferred
 * when it holds a fair share of that best score: CMS names are the most reliable signal there is.
 */
export function chooseContainer(
  lines: readonly TextLine[],
  root: Element,
  options: ScoringOptions = DEFAULT_SCORING,
): Element {
  const scores = sumIntoAncestors(lines, root, (line) => lineWeight(line, options));
  let best = root;
  let bestScore = Number.NEGATIVE_INFINITY;
  let hinted: Element | null = null;
  let hintedScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
    if (score > hintedScore && hasContentHint(element)) {
      hinted = element;
      hintedScore = score;
    }
  }
  if (hinted === null || hintedScore < bestScore * options.hintMinShare) return best;
  return joinSplitBody(hinted, scores);
}

/**
 * Story bodies split into several same-class blocks (around images, ads or quotes) are taken
 * whole: the nearest common ancestor of all scoring blocks with the winner's class, when it
 * scores higher than the winner alone.
 */
function joinSplitBody(winner: Element, scores: ReadonlyMap<Element, number>): Element {
  const className = winner.getAttribute('class');
  if (!className) return winner;
  const ancestors: Element[] = [];
  for (let node: Element | null = winner; node !== null; node = node.parentElement) ancestors.push(node);
  let commonIndex = 0;
  for (const [element, score] of scores) {
    if (element === winner || score <= 0 || element.getAttribute('class') !== className) continue;
    let node: Element | null = element;
    while (node !== null && !ancestors.includes(node)) node = node.parentElement;
    if (node !== null) commonIndex = Math.max(commonIndex, ancestors.indexOf(node));
  }
  const common = ancestors[commonIndex] ?? winner;
  return (scores.get(common) ?? 0) > (scores.get(winner) ?? 0) ? common : winner;
}

/** Lines owned by `container` or its descendants, in document order. */
export function linesWithin(lines: readonly TextLine[], container: Element): TextLine[] {
  const inside = new Map<Element, boolean>();
  const isInside = (owner: Element): boolean => {
    const known = inside.get(owner);
    if (known !== undefined) return known;
    let result = false;
    for (let node: Element | null = owner; node !== null; node = node.parentElement) {
      if (node === container) {
        result = true;
        break;
      }
      const cached = inside.get(node);
      if (cached !== undefined) {
        result = cached;
        break;
      }
    }
    inside.set(owner, result);
    return result;
  };
  return lines.filter((line) => isInside(line.owner));
}
