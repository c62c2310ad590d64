/**
 * Photo captions and credits: "Foto: … (Sputnik/Mikhail Metzel/Kremlin via REUTERS)", a caption line
 * ending with "(ANTARA FOTO/Hafidz Mubarak A/nym)", a lone "REUTERS/Evgenia Novozhenina".
 */

import { REPORT_CUE_PATTERN } from '../../lang/id/publication-cues.ts';
import type { RemovedPiece } from '../../model/document.ts';
import { wordCount } from './shape.ts';

const PHOTO_MARKER =
  /\b(?:foto|photo|photos|dok|dokumentasi|istimewa|getty(?: images)?|shutterstock|via|pool|handout|file|ilustrasi|illustration|reuters|afp|ap|epa|xinhua|anadolu|sputnik|antara|kompas|detik|tempo|cnbc|cnn)\b/i;
const TRAILING_PAREN = /\s*\(([^()]{2,140})\)\s*$/u;
const CAPTION_MAX_WORDS = 70;

/** Credit text such as "Sputnik/Mikhail Metzel/Kremlin via REUTERS" or "Dok. Istimewa". */
export function isPhotoCredit(inner: string, strict: boolean): boolean {
  const text = inner.trim();
  if (/[.!?]["”]?$/.test(text) && !/\b(?:dok|doc)\.$/i.test(text)) return false;
  const slashes = (text.match(/\//g) ?? []).length;
  if (slashes > 0 && PHOTO_MARKER.test(text)) return strict ? hasPhotographerOrPhotoWord(text) : true;
  if (slashes > 0 && !strict) return /^\p{Lu}/u.test(text);
  return /^(?:foto|photo|dok(?:umentasi)?\.?|istimewa|getty images|shutterstock|ilustrasi)\b/i.test(text);
}

/** In the body, "(Reuters/AFP)" may be a source note: only photographer names or photo words make it a credit. */
function hasPhotographerOrPhotoWord(text: string): boolean {
  if (/\b(?:foto|photo|via|dok|getty|shutterstock|pool|handout|istimewa)\b/i.test(text)) return true;
  return text.split('/').some((part) => /^\p{Lu}[\p{L}.'-]+(?:\s+\p{Lu}[\p{L}.'-]*)+$/u.test(part.trim()));
}

/** A line ending with a photo credit: the caption and the credit as two removed pieces. */
export function captionWithCredit(line: string, strict: boolean): RemovedPiece[] | null {
  if (!line.endsWith(')')) return null;
  const credit = TRAILING_PAREN.exec(line);
  if (!credit || !isPhotoCredit(credit[1] ?? '', strict)) return null;
  const caption = line.slice(0, credit.index).trim();
  if (wordCount(caption) > CAPTION_MAX_WORDS) return null;
  // Mid-article, a paragraph that reports speech is body text with a source note, not a photo caption.
  if (strict && REPORT_CUE_PATTERN.test(caption)) return null;
  const creditText = line.slice(credit.index).trim();
  if (caption.length === 0) return [{ text: creditText, kind: 'credit', rule: 'photo-credit' }];
  return [
    { text: caption, kind: 'caption', rule: 'photo-caption' },
    { text: creditText, kind: 'credit', rule: 'photo-credit' },
  ];
}

/** "Foto: … (credit)": the labelled caption, with its trailing credit split off when there is one. */
export function labelledCaption(line: string): RemovedPiece[] {
  const split = captionWithCredit(line, false);
  if (split && split.length === 2 && split[0]) {
    return [{ ...split[0], rule: 'caption-label' }, ...split.slice(1)];
  }
  const afterLabel = line.replace(/^[^:：|]+[:：|]\s*/u, '');
  if (isPhotoCredit(afterLabel, false) && wordCount(afterLabel) <= 6) {
    return [{ text: line, kind: 'credit', rule: 'photo-credit-label' }];
  }
  return [{ text: line, kind: 'caption', rule: 'caption-label' }];
}

const CLOSING_DOMAIN = /(?<=[.!?]["”]?)\s+(?:https?:\/\/)?(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/?$/u;
const DOMAIN_CAPTION_MAX_WORDS = 25;

/** "Ilustrasi kemeja putih polos. Lefashion.com": a short caption whose credit is the image's site. */
export function captionWithDomainCredit(line: string): RemovedPiece[] | null {
  const credit = CLOSING_DOMAIN.exec(line);
  if (!credit || wordCount(line) > DOMAIN_CAPTION_MAX_WORDS) return null;
  return [
    { text: line.slice(0, credit.index).trim(), kind: 'caption', rule: 'photo-caption' },
    { text: credit[0].trim(), kind: 'credit', rule: 'domain-credit' },
  ];
}

/** "REUTERS/Evgenia Novozhenina" alone on a line (header or tail only: mid-body it could be a fragment). */
export function isBareCredit(line: string): boolean {
  if (wordCount(line) > 8 || !line.includes('/') || line.includes('://') || /[.!?:]$/.test(line))
    return false;
  const namesOnly = line.split('/').every((part) => /^\s*\p{Lu}\S*(?:\s+\S+){0,3}\s*$/u.test(part));
  return namesOnly && isPhotoCredit(line, false);
}
