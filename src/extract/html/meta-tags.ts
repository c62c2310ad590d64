/** `<meta>` values of a page, keyed by lower-cased `property`, `name`, `itemprop` or `http-equiv`. */
export type MetaTags = ReadonlyMap<string, readonly string[]>;

export function readMetaTags(document: Document): MetaTags {
  const tags = new Map<string, string[]>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attribute of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (!key) continue;
      const values = tags.get(key) ?? [];
      values.push(content);
      tags.set(key, values);
    }
  }
  return tags;
}

/** The first value under any of `keys`, in the order given, with the key it was found under. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) return { key, value };
  }
  return null;
}

/**
 * The value paired with a Twitter card label, e.g. `twitter:label1 = Written by` →
 * `twitter:data1`, which many CMS plugins use for the author.
 */
export function twitterLabelledData(tags: MetaTags, labelPattern: RegExp): string | null {
  for (let index = 1; index <= 4; index++) {
    const label = tags.get(`twitter:label${index}`)?.[0];
    if (label !== undefined && labelPattern.test(label)) return tags.get(`twitter:data${index}`)?.[0] ?? null;
  }
  return null;
}
