import { parseHTML } from 'linkedom';

/**
 * Parses markup into a document that always has `<html>`, `<head>` and `<body>`, with every
 * visible node inside the body. linkedom keeps markup as written: a bare fragment becomes the
 * document element, an empty string gives no element at all, and when anything (often a
 * `<script>`) sits between `</head>` and `<body>` its `document.body` getter creates a new,
 * empty body. So closing body/html tags are dropped, fragments are wrapped, and stray top-level
 * nodes are moved into the body.
 */
export function parseDocument(html: string): Document {
  // Browsers keep whatever follows `</body>` or `</html>` in the body; linkedom drops it.
  const source = html.replace(/<\/(?:body|html)\s*>/gi, '');
  const hasRoot = /<html[\s>]/i.test(source);
  const first = parseHTML(hasRoot ? source : wrapInPage(source)).document as unknown as Document;
  if (first.documentElement?.tagName === 'HTML') {
    gatherIntoBody(first);
    return first;
  }
  const stripped = source.replace(/<\/?(?:html|head|body)\b[^>]*>/gi, '');
  const second = parseHTML(wrapInPage(stripped)).document as unknown as Document;
  gatherIntoBody(second);
  return second;
}

function wrapInPage(html: string): string {
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** Moves top-level nodes other than `<head>` into `<body>` (before or after its content, in order). */
function gatherIntoBody(document: Document): void {
  const root = document.documentElement;
  const head = document.head;
  let body: Element | null = null;
  for (let child = root.firstElementChild; child !== null; child = child.nextElementSibling) {
    if (child.tagName.toUpperCase() === 'BODY') {
      body = child;
      break;
    }
  }
  if (body === null) {
    body = document.createElement('body');
    root.appendChild(body);
  }
  const before: ChildNode[] = [];
  const after: ChildNode[] = [];
  let seenBody = false;
  for (const node of Array.from(root.childNodes)) {
    if (node === body) seenBody = true;
    else if (node !== head) (seenBody ? after : before).push(node);
  }
  const firstContent = body.firstChild;
  for (const node of before) body.insertBefore(node, firstContent);
  for (const node of after) body.appendChild(node);
  if (body.previousElementSibling !== head) root.insertBefore(head, body);
}
