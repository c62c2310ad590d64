/** Web domains written in running text ("mureks.co.id", "KlikWartaku.Com", "KOMPAS.com"). */
import { ATTRIBUTION_BEFORE_DOMAIN } from '../../lang/id/boilerplate.ts';
import { isNonOutletDomain } from '../../lang/id/outlets.ts';

const DOMAIN_TOKEN =
  /(?<![\p{L}\p{N}@.\-/])(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:co\.id|my\.id|web\.id|go\.id|ac\.id|or\.id|co\.uk|com|net|org|id|co|tv|news|info)(?![\p{L}\p{N}-])/giu;

export interface DomainMention {
  /** The domain as written (scheme and `www.` kept when written). */
  text: string;
  index: number;
}

/** A letter or digit, a dot, a letter: nothing without it can hold a domain. */
const MAY_HOLD_DOMAIN = /[\p{L}\p{N}]\.[\p{L}]/u;

export function findDomains(text: string): DomainMention[] {
  if (!MAY_HOLD_DOMAIN.test(text)) return [];
  return [...text.matchAll(DOMAIN_TOKEN)].map((match) => ({ text: match[0], index: match.index }));
}

/** Domains that may name the page's own outlet: not a government/university site, not quoted as a source. */
export function ownOutletDomains(text: string): DomainMention[] {
  return findDomains(text).filter(
    (domain) =>
      !isNonOutletDomain(bareDomain(domain.text)) &&
      !ATTRIBUTION_BEFORE_DOMAIN.test(text.slice(Math.max(0, domain.index - 30), domain.index)),
  );
}

/** `https://www.Kompas.com` → `Kompas.com`. */
export function bareDomain(domain: string): string {
  return domain.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
}
