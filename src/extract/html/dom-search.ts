/**
 * Element search by a plain predicate, in document order. linkedom answers `querySelectorAll`
 * through a generic CSS engine that costs far more than walking the tree ourselves, and the
 * extractor asks many such questions per page.
 */
export function elementsWhere(
  root: Element,
  test: (element: Element) => boolean,
  limit = Infinity,
): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child !== null; child = child.previousElementSibling)
    stack.push(child);
  while (stack.length > 0 && found.length < limit) {
    const element = stack.pop()!;
    if (test(element)) found.push(element);
    for (let child = element.lastElementChild; child !== null; child = child.previousElementSibling) {
      stack.push(child);
    }
  }
  return found;
}

/** The first element under `root` that passes `test`, or null. */
export function firstElementWhere(root: Element, test: (element: Element) => boolean): Element | null {
  return elementsWhere(root, test, 1)[0] ?? null;
}

/** Elements with one of the given (upper-case) tag names. */
export function elementsByTag(root: Element, ...tags: string[]): Element[] {
  const wanted = new Set(tags);
  return elementsWhere(root, (element) => wanted.has(element.tagName.toUpperCase()));
}
