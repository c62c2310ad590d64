/**
 * Outlets selling themselves: taglines ("KlikWartaku.Com Gak Cuma Cepat Tapi Tepat"), inline promos
 * ("Mureks juga menyajikan berbagai artikel informatif terkait. mureks.co.id") and signature lines ("Mureks").
 */

import { PROMO_PATTERN } from '../../lang/id/boilerplate.ts';
import { isNonOutletDomain, outletKey } from '../../lang/id/outlets.ts';
import type { RemovedPiece } from '../../model/document.ts';
import { readDateline } from './dateline.ts';
import { bareDomain, findDomains } from './domains.ts';
import { endsLikeSentence, wordCount } from './shape.ts';

const TAGLINE_MAX_WORDS = 12;
const INLINE_PROMO_MAX_WORDS = 30;
const OUTLET_LED_PROMO =
  /^\s*(?:juga\s+)?(?:menyajikan|menghadirkan|menyediakan|memberikan|hadir|kini hadir|brings|offers)\b.*\b(?:artikel|berita|informasi|konten|news|stories)\b/iu;

function outletDomainsIn(line: string): string[] {
  return findDomains(line)
    .map((domain) => bareDomain(domain.text))
    .filter((domain) => !isNonOutletDomain(domain));
}

/** A line naming a domain with promo words ("… menyajikan berbagai artikel informatif. mureks.co.id"). */
export function inlinePromo(line: string): RemovedPiece | null {
  if (wordCount(line) > INLINE_PROMO_MAX_WORDS || outletDomainsIn(line).length === 0) return null;
  if (readDateline(line) || !PROMO_PATTERN.test(line)) return null;
  return { text: line, kind: 'promo', rule: 'inline-promo' };
}

/** A short unpunctuated line naming a domain: an outlet tagline (header and tail only). */
export function outletTagline(line: string): RemovedPiece | null {
  if (wordCount(line) > TAGLINE_MAX_WORDS || endsLikeSentence(line)) return null;
  if (outletDomainsIn(line).length === 0) return null;
  return { text: line, kind: 'promo', rule: 'outlet-tagline' };
}

/** "Mureks juga menyajikan …": the outlet's name opening a line about what it offers. */
export function outletLedPromo(line: string, outletName: string): RemovedPiece | null {
  if (wordCount(line) > INLINE_PROMO_MAX_WORDS) return null;
  const name = outletName.trim();
  if (!name || !line.toLowerCase().startsWith(name.toLowerCase())) return null;
  return OUTLET_LED_PROMO.test(line.slice(name.length))
    ? { text: line, kind: 'promo', rule: 'outlet-promo' }
    : null;
}

/** The outlet's bare name or domain on a line of its own ("Mureks", "KOMPAS.com"). */
export function outletSignature(line: string, outletName: string): RemovedPiece | null {
  if (wordCount(line) > 4) return outletSlogan(line, outletName);
  const key = outletKey(line.replace(/[|•·–—-]+/g, ' '));
  return key.length > 0 && key === outletKey(outletName)
    ? { text: line, kind: 'promo', rule: 'outlet-signature' }
    : outletSlogan(line, outletName);
}

/** "Kabar Lembah - Jernih Melihat Daerah": the outlet's name, a separator and a short slogan. */
function outletSlogan(line: string, outletName: string): RemovedPiece | null {
  if (wordCount(line) > TAGLINE_MAX_WORDS || endsLikeSentence(line)) return null;
  const parts = line.split(/\s+[|•·–—-]\s+|\s*[|•·]\s*/u);
  if (parts.length < 2) return null;
  const head = outletKey(parts[0] ?? '');
  return head.length > 0 && head === outletKey(outletName)
    ? { text: line, kind: 'promo', rule: 'outlet-slogan' }
    : null;
}
