/**
 * Turns a DOM subtree into text lines, one per visual block (paragraph, heading, list item,
 * table row...). Each line keeps the element that owns it and how much of it is link text, so
 * the content scorer and the final serialiser share one walk over the tree.
 */

/** Tags that start a new line of text (everything else flows inline). */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BODY',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIALOG',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'THEAD',
  'TFOOT',
  'TR',
  'UL',
]);

/** Elements whose content is never visible text. */
export const INVISIBLE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'CANVAS',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'BUTTON',
  'INPUT',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'MATH',
  'VIDEO',
  'AUDIO',
  'PICTURE',
  'IMG',
  'MAP',
]);

const CELL_TAGS = new Set(['TD', 'TH']);

export interface TextLine {
  text: string;
  /** The nearest block element around the line. */
  owner: Element;
  /** Characters of `text` that sit inside links. */
  linkChars: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u200b]+/g, ' ').trim();
}

export function isBlockTag(tagName: string): boolean {
  return BLOCK_TAGS.has(tagName);
}

/** Accumulates inline text of the current block until a block boundary flushes it as a line. */
class LineCollector {
  readonly lines: TextLine[] = [];
  private parts: string[] = [];
  private linkChars = 0;

  add(text: string, insideLink: boolean): void {
    this.parts.push(text);
    if (insideLink) this.linkChars += collapseWhitespace(text).length;
  }

  addCounted(text: string, linkChars: number): void {
    this.parts.push(text);
    this.linkChars += linkChars;
  }

  flush(owner: Element): void {
    if (this.parts.length === 0) return;
    const text = collapseWhitespace(this.parts.join(''));
    if (text !== '') this.lines.push({ text, owner, linkChars: Math.min(this.linkChars, text.length) });
    this.parts = [];
    this.linkChars = 0;
  }
}

/**
 * Lines of visible text under `root`, in document order. `skip` elements (and everything under
 * them) are left out; so are scripts, styles and form controls.
 */
export function textLines(root: Element, skip: ReadonlySet<Element> = new Set()): TextLine[] {
  const collector = new LineCollector();
  walk(root, root, false, collector, skip);
  collector.flush(root);
  return collector.lines;
}

function walk(
  element: Element,
  owner: Element,
  insideLink: boolean,
  out: LineCollector,
  skip: ReadonlySet<Element>,
): void {
  for (let node = element.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType === TEXT_NODE) {
      out.add(node.nodeValue ?? '', insideLink);
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    const tag = child.tagName.toUpperCase();
    if (INVISIBLE_TAGS.has(tag) || skip.has(child)) continue;
    if (tag === 'BR') {
      out.flush(owner);
    } else if (tag === 'TR' && !hasBlockCells(child)) {
      out.flush(owner);
      walkRow(child, insideLink, out, skip);
      out.flush(child);
    } else if (tag === 'TR' || CELL_TAGS.has(tag)) {
      // Layout tables: cells holding paragraphs are blocks of their own, not columns of a row.
      out.flush(owner);
      walk(child, child, insideLink, out, skip);
      out.flush(child);
    } else if (BLOCK_TAGS.has(tag)) {
      out.flush(owner);
      walk(child, child, insideLink, out, skip);
      out.flush(child);
    } else {
      walk(child, owner, insideLink || tag === 'A', out, skip);
    }
  }
}

const CELL_BLOCKS = 'p,div,table,ul,ol,h1,h2,h3,h4,h5,h6,blockquote,pre,article,section';

function hasBlockCells(row: Element): boolean {
  return row.querySelector(CELL_BLOCKS) !== null;
}

/** A table row becomes one line, its cells separated by ` | `. */
function walkRow(row: Element, insideLink: boolean, out: LineCollector, skip: ReadonlySet<Element>): void {
  let first = true;
  for (let node = row.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const cell = node as Element;
    if (skip.has(cell) || !CELL_TAGS.has(cell.tagName.toUpperCase())) continue;
    const inner = textLines(cell, skip);
    const text = inner.map((line) => line.text).join(' ');
    if (text === '') continue;
    if (!first) out.add(' | ', false);
    const linkChars = insideLink ? text.length : inner.reduce((sum, line) => sum + line.linkChars, 0);
    out.addCounted(text, linkChars);
    first = false;
  }
}
