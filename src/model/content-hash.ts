import { createHash } from 'node:crypto';

/**
 * The content identity of a raw item: sha256 of its text with line endings (CRLF, CR → LF),
 * trailing whitespace of each line and of the end, and Unicode form (NFC) normalised, so a copy
 * that differs only in those is the same content.
 */
export function contentHash(content: string): string {
  return createHash('sha256').update(normaliseForHash(content)).digest('hex');
}

export function normaliseForHash(content: string): string {
  return content
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+$/gm, '')
    .replace(/\s+$/, '')
    .normalize('NFC');
}
