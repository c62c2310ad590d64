/**
 * The outlet, only from evidence, strongest first: the container's hint, the page URL, the site's own
 * furniture (promo line or tagline with its domain, a date line naming it), the byline
 * ("sef, CNBC Indonesia"), the dateline ("Jakarta, CNBC Indonesia -"), and a lone upper-case
 * dateline word ("KLIKWARTAKU —") only when a domain in the text spells the same name.
 */

import { isNonOutletDomain, knownOutlet, outletKey, stripDomainSuffix } from '../../lang/id/outlets.ts';
import type { RemovedPiece, SourceHints } from '../../model/document.ts';
import { authorOutletLine } from './byline.ts';
import type { Dateline } from './dateline.ts';
import { bareDomain, findDomains, ownOutletDomains } from './domains.ts';

export interface OutletReading {
  name: string;
  /** The exact text the outlet rests on. */
  evidence: string;
}

export interface OutletEvidenceInput {
  hints: SourceHints;
  url: string | null;
  /** Everything removed so far. */
  pieces: readonly RemovedPiece[];
  dateline: Dateline | null;
  lines: readonly string[];
}

const FURNITURE_KINDS = new Set(['promo', 'date', 'navigation']);

export function chooseOutlet(input: OutletEvidenceInput): OutletReading | null {
  const found =
    fromHint(input) ?? fromUrl(input) ?? fromFurniture(input) ?? fromByline(input) ?? fromDateline(input);
  return found ? { name: outletDisplayName(found.raw, input.lines), evidence: found.evidence } : null;
}

interface RawOutlet {
  raw: string;
  evidence: string;
}

function fromHint(input: OutletEvidenceInput): RawOutlet | null {
  const hint = input.hints.outlet?.trim();
  return hint ? { raw: hint, evidence: hint } : null;
}

function fromUrl(input: OutletEvidenceInput): RawOutlet | null {
  if (!input.url) return null;
  try {
    const host = new URL(input.url).hostname;
    return host && !isNonOutletDomain(host) ? { raw: host, evidence: host } : null;
  } catch {
    return null;
  }
}

function fromFurniture(input: OutletEvidenceInput): RawOutlet | null {
  for (const piece of input.pieces) {
    if (!FURNITURE_KINDS.has(piece.kind) || piece.rule === 'syndication-note') continue;
    const domain = firstOutletDomain(piece.text);
    if (domain) return { raw: domain, evidence: piece.text };
  }
  return null;
}

function fromByline(input: OutletEvidenceInput): RawOutlet | null {
  for (const piece of input.pieces) {
    if (piece.kind !== 'byline') continue;
    const named = authorOutletLine(piece.text)?.outlet ?? firstOutletDomain(piece.text);
    if (named) return { raw: named, evidence: piece.text };
  }
  return null;
}

function fromDateline(input: OutletEvidenceInput): RawOutlet | null {
  const dateline = input.dateline;
  if (!dateline) return null;
  if (dateline.outlet) return { raw: dateline.outlet, evidence: dateline.text };
  const word = dateline.uncertainName;
  if (word && (knownOutlet(word) || spelledAsDomain(word, input.lines)))
    return { raw: word, evidence: dateline.text };
  return null;
}

function firstOutletDomain(text: string): string | null {
  const domain = findDomains(text).find((found) => !isNonOutletDomain(bareDomain(found.text)));
  return domain ? bareDomain(domain.text) : null;
}

function spelledAsDomain(word: string, lines: readonly string[]): boolean {
  const key = outletKey(word);
  return lines.some((line) =>
    ownOutletDomains(line).some((domain) => outletKey(bareDomain(domain.text)) === key),
  );
}

/** The known outlet's own name, or a readable one from the evidence ("mureks.co.id" → "Mureks"). */
export function outletDisplayName(raw: string, lines: readonly string[]): string {
  const known = knownOutlet(bareDomain(raw).replace(/^\((.*)\)$/, '$1'));
  if (known) return known.name;
  let base = stripDomainSuffix(bareDomain(raw)).replace(/^\((.*)\)$/, '$1');
  if (base.includes('.') && !base.includes(' ')) base = base.split('.').at(-1) ?? base;
  if (base !== base.toLowerCase() && base !== base.toUpperCase()) return base;
  return casedSpelling(base, lines) ?? titleCase(base);
}

/** A mixed- or title-case spelling of the same name somewhere in the text ("KlikWartaku.Com", "Mureks"). */
function casedSpelling(name: string, lines: readonly string[]): string | null {
  const key = outletKey(name);
  for (const line of lines) {
    for (const token of line.match(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu) ?? []) {
      const stripped = stripDomainSuffix(token.replace(/\.$/, ''));
      const mixed = stripped !== stripped.toLowerCase() && stripped !== stripped.toUpperCase();
      if (mixed && outletKey(stripped) === key) return stripped;
    }
  }
  return null;
}

function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_match, lead: string, letter: string) => lead + letter.toUpperCase());
}
