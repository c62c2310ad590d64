import { isUtf8 } from 'node:buffer';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { Diagnostic } from '../model/diagnostic.ts';
import { binaryKind } from './binary.ts';
import { declaredCharset, normalizeCharset } from './charset.ts';
import { IngestFailure } from './failure.ts';
import { scanUtf8 } from './utf8-scan.ts';

export interface DecodedText {
  text: string;
  /** The encoding the bytes were read as, lower-case: `utf-8`, `utf-16le`, `windows-1252`… */
  encoding: string;
  diagnostics: Diagnostic[];
}

export interface DecodeHints {
  /** The charset of an HTTP Content-Type header, as written. */
  httpCharset?: string | null;
}

/** How many bytes chardet looks at when it must guess. */
const GUESS_SAMPLE_BYTES = 64 * 1024;
/** Bad sequences one well-formed multi-byte character may stand against, for the bytes to be damaged UTF-8. */
const DAMAGED_UTF8_RATIO = 8;
/** windows-1252 is preferred over a slightly better-scored Latin cousin: it is what Western news sites used. */
const WESTERN_PREFERENCE = 0.75;

function diagnostic(rule: string, severity: Diagnostic['severity'], message: string): Diagnostic {
  return { stage: 'ingest', rule, severity, message };
}

function byteOrderMark(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without a BOM: Latin text then has a zero in every other byte, on one side only. */
function bomlessUtf16(bytes: Uint8Array): string | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (bytes[2 * i] === 0) zeroEven++;
    if (bytes[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}

function decodeWith(encoding: string, bytes: Uint8Array, diagnostics: Diagnostic[]): DecodedText {
  const text =
    encoding === 'utf-8' ? Buffer.from(bytes).toString('utf8') : iconv.decode(Buffer.from(bytes), encoding);
  return { text, encoding, diagnostics };
}

/** The charset a person or server declared, when the decoder knows it; unknown labels become a diagnostic. */
function usableDeclaration(bytes: Uint8Array, hints: DecodeHints, diagnostics: Diagnostic[]): string | null {
  const label = hints.httpCharset ?? declaredCharset(bytes);
  if (!label) return null;
  const name = normalizeCharset(label);
  if (!name)
    diagnostics.push(diagnostic('ingest/unknown-charset', 'info', `declared charset "${label}" is unknown`));
  // A <meta> cannot truthfully declare UTF-16 in bytes that were readable enough to find it.
  return name?.startsWith('utf-16') ? null : name;
}

/** Picks a legacy encoding from chardet's candidates, or null when none is decodable. */
function guessLegacyEncoding(bytes: Uint8Array): { encoding: string; confidence: number } | null {
  const candidates = chardet
    .analyse(bytes.subarray(0, GUESS_SAMPLE_BYTES))
    .map((match) => ({ encoding: normalizeCharset(match.name), confidence: match.confidence }))
    .filter(
      (c): c is { encoding: string; confidence: number } => c.encoding !== null && c.encoding !== 'utf-8',
    );
  const best = candidates[0];
  if (!best) return null;
  const western = candidates.find((c) => c.encoding === 'windows-1252');
  const westernIsClose = western && western.confidence >= best.confidence * WESTERN_PREFERENCE;
  return westernIsClose && /^(windows-125|iso-8859-)/.test(best.encoding) ? western : best;
}

function decodeInvalidUtf8(
  bytes: Uint8Array,
  declared: string | null,
  diagnostics: Diagnostic[],
): DecodedText {
  if (declared && declared !== 'utf-8') return decodeWith(declared, bytes, diagnostics);
  const scan = scanUtf8(bytes);
  // Legacy 8-bit text almost never holds a well-formed multi-byte sequence (an accented letter
  // followed by a continuation byte), so a few of them against many bad ones still mean UTF-8.
  const damagedUtf8 =
    scan.multibyteCharacters > 0 && scan.multibyteCharacters * DAMAGED_UTF8_RATIO >= scan.invalidSequences;
  const guess = damagedUtf8 ? null : guessLegacyEncoding(bytes);
  if (guess) {
    const why = declared ? 'declared utf-8 but the bytes are not UTF-8' : 'no charset declared';
    const message = `${why}; guessed ${guess.encoding} (chardet confidence ${guess.confidence}%)`;
    diagnostics.push(diagnostic('ingest/encoding-guessed', 'info', message));
    return decodeWith(guess.encoding, bytes, diagnostics);
  }
  return damagedUtf8Text(bytes, diagnostics);
}

/** UTF-8 with malformed sequences: decoded with U+FFFD in their place, and said so. */
function damagedUtf8Text(bytes: Uint8Array, diagnostics: Diagnostic[]): DecodedText {
  const scan = scanUtf8(bytes);
  const message =
    `${scan.invalidSequences} invalid UTF-8 byte sequence(s), first at byte ${scan.firstInvalidOffset}; ` +
    'replaced with U+FFFD';
  diagnostics.push(diagnostic('ingest/invalid-utf8', 'warning', message));
  return decodeWith('utf-8', bytes, diagnostics);
}

/**
 * Decodes bytes to text. A BOM decides first (UTF-8, UTF-16LE/BE; UTF-16 without BOM is recognised
 * too). Bytes that are valid UTF-8 are read as UTF-8, even under another declaration (noted). Else
 * the declared charset (HTTP Content-Type, then `<meta>` or the XML declaration) is used; else
 * damaged UTF-8 is told from legacy 8-bit text, which chardet names. Throws
 * `IngestFailure('binary')` for bytes that are not text.
 */
export function decodeBytes(bytes: Uint8Array, hints: DecodeHints = {}): DecodedText {
  const diagnostics: Diagnostic[] = [];
  const bom = byteOrderMark(bytes);
  if (bom) {
    const rest = bytes.subarray(bom.length);
    const broken = bom.encoding === 'utf-8' && !isUtf8(rest);
    return broken ? damagedUtf8Text(rest, diagnostics) : decodeWith(bom.encoding, rest, diagnostics);
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return decodeWith(utf16, bytes, diagnostics);
  const binary = binaryKind(bytes);
  if (binary) throw new IngestFailure('binary', `binary content (${binary}), not text`);
  const declared = usableDeclaration(bytes, hints, diagnostics);
  if (isUtf8(bytes)) {
    if (declared && declared !== 'utf-8' && scanUtf8(bytes).multibyteCharacters > 0) {
      const message = `declared ${declared} but the bytes are valid UTF-8 with non-ASCII characters; read as UTF-8`;
      diagnostics.push(diagnostic('ingest/charset-mismatch', 'info', message));
    }
    return decodeWith('utf-8', bytes, diagnostics);
  }
  return decodeInvalidUtf8(bytes, declared, diagnostics);
}
