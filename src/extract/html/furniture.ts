import type { RemovedKind } from '../../model/document.ts';
import { CONTENT_CLASS_WORDS, FURNITURE_CLASS_WORDS } from './page-phrases.ts';

/** Why an element was set aside as page furniture. */
export interface FurnitureMark {
  kind: RemovedKind;
  rule: string;
}

export type FurnitureMarks = Map<Element, FurnitureMark>;

const TAG_KINDS: Record<string, FurnitureMark> = {
  NAV: { kind: 'navigation', rule: 'tag-nav' },
  ASIDE: { kind: 'related', rule: 'tag-aside' },
  FOOTER: { kind: 'navigation', rule: 'tag-footer' },
  FORM: { kind: 'navigation', rule: 'tag-form' },
  DIALOG: { kind: 'promo', rule: 'tag-dialog' },
  FIGCAPTION: { kind: 'caption', rule: 'tag-figcaption' },
};

const ROLE_KINDS = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
]);

const CAPTION_CLASS =
  /(?:^|[-_ ])(?:caption|wp-caption-text|figure-?caption|img-?caption|image-?caption|photo-?caption)(?:$|[-_ ])/i;
const CREDIT_CLASS = /(?:^|[-_ ])(?:credit|credits|copyright|photo-?credit|image-?credit)(?:$|[-_ ])/i;
const CODE_TAGS = new Set(['PRE', 'CODE']);
const HIDDEN_STYLE = /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

function hintsOf(element: Element): string {
  const className = element.getAttribute('class') ?? '';
  const id = element.getAttribute('id') ?? '';
  return `${className} ${id}`.trim();
}

function hintTokens(hints: string): string[] {
  return hints.split(/\s+/).filter((token) => token !== '');
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return style !== null && HIDDEN_STYLE.test(style);
}

function insideArticle(element: Element): boolean {
  for (let node = element.parentElement; node !== null; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'ARTICLE' || tag === 'MAIN') return true;
  }
  return false;
}

/** The mark one element earns on its own (not counting its ancestors), or null. */
export function furnitureMarkOf(element: Element): FurnitureMark | null {
  const tag = element.tagName.toUpperCase();
  if (tag === 'BODY' || tag === 'HTML' || tag === 'MAIN' || tag === 'ARTICLE') return null;
  if (isHidden(element)) return { kind: 'other', rule: 'hidden' };
  const byTag = TAG_KINDS[tag];
  if (byTag) return byTag;
  if (tag === 'HEADER') {
    return insideArticle(element)
      ? { kind: 'title', rule: 'article-header' }
      : { kind: 'navigation', rule: 'tag-header' };
  }
  const role = element.getAttribute('role')?.toLowerCase();
  if (role !== undefined && ROLE_KINDS.has(role)) return { kind: 'navigation', rule: `role-${role}` };
  const hints = hintsOf(element);
  if (hints === '') return null;
  if (CAPTION_CLASS.test(hints)) return { kind: 'caption', rule: 'class-caption' };
  if (CREDIT_CLASS.test(hints)) return { kind: 'credit', rule: 'class-credit' };
  if (CONTENT_CLASS_WORDS.test(hints)) return null;
  const tokens = hintTokens(hints);
  for (const [pattern, kind] of FURNITURE_CLASS_WORDS) {
    if (tokens.some((token) => pattern.test(token))) return { kind, rule: `class-${kind}` };
  }
  return null;
}

/**
 * Marks the outermost furniture elements under `body` (navigation, share bars, related lists,
 * captions, hidden blocks...). `proseShare(element)` tells how much of the page's prose an element
 * holds; an element holding much of it is never furniture, whatever its class says (sites put
 * `sidebar` or `comments` on wrappers of the whole page).
 */
export function markFurniture(body: Element, proseShare: (element: Element) => number): FurnitureMarks {
  const marks: FurnitureMarks = new Map();
  const visit = (parent: Element): void => {
    for (let child = parent.firstElementChild; child !== null; child = child.nextElementSibling) {
      // Inside code, classes such as `comment` are syntax highlighting, not page furniture.
      if (CODE_TAGS.has(child.tagName.toUpperCase())) continue;
      const mark = furnitureMarkOf(child);
      if (mark !== null && (mark.rule === 'hidden' || proseShare(child) < maxProseShare(mark))) {
        marks.set(child, mark);
      } else {
        visit(child);
      }
    }
  };
  visit(body);
  keepMostProse(marks, proseShare);
  return marks;
}

/** Furniture never takes more than this share of the page's prose, all marks together. */
const MAX_FURNITURE_PROSE = 0.8;

/**
 * When the marks together would take most of the page's prose, the class words were wrong for
 * this site (page builders wrap every block in `widget`-like classes): class-based marks are
 * lifted, the biggest first, until most of the prose is back.
 */
function keepMostProse(marks: FurnitureMarks, proseShare: (element: Element) => number): void {
  let marked = 0;
  for (const element of marks.keys()) marked += proseShare(element);
  if (marked <= MAX_FURNITURE_PROSE) return;
  const byClass = [...marks]
    .filter(([, mark]) => mark.rule.startsWith('class-'))
    .map(([element]) => ({ element, share: proseShare(element) }))
    .sort((a, b) => b.share - a.share);
  for (const { element, share } of byClass) {
    if (marked <= MAX_FURNITURE_PROSE) break;
    marks.delete(element);
    marked -= share;
  }
}

/** Tags and roles are trusted more than class words, captions least of all to hold the story. */
function maxProseShare(mark: FurnitureMark): number {
  if (mark.rule.startsWith('tag-') || mark.rule.startsWith('role-')) return 0.6;
  return 0.5;
}
