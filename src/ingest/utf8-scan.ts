/** Counts what a byte string holds as UTF-8: well-formed multi-byte characters and malformed sequences. */
export interface Utf8Scan {
  multibyteCharacters: number;
  invalidSequences: number;
  /** Byte offset of the first malformed sequence, or -1. */
  firstInvalidOffset: number;
}

/** Length of the sequence a lead byte announces, or 0 when the byte cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** Allowed range of the second byte, which excludes overlongs, surrogates and code points past U+10FFFF. */
function secondByteOk(lead: number, second: number): boolean {
  if (lead === 0xe0) return second >= 0xa0 && second <= 0xbf;
  if (lead === 0xed) return second >= 0x80 && second <= 0x9f;
  if (lead === 0xf0) return second >= 0x90 && second <= 0xbf;
  if (lead === 0xf4) return second >= 0x80 && second <= 0x8f;
  return second >= 0x80 && second <= 0xbf;
}

/**
 * Bytes taken by the sequence at `i`: positive when well-formed, negative for a malformed one. A
 * malformed sequence spans its longest valid prefix, as decoders emit one U+FFFD for it.
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  const length = sequenceLength(lead);
  if (length === 0) return -1;
  let taken = 1;
  while (taken < length && i + taken < bytes.length) {
    const next = bytes[i + taken]!;
    const ok = taken === 1 ? secondByteOk(lead, next) : next >= 0x80 && next <= 0xbf;
    if (!ok) break;
    taken++;
  }
  return taken === length ? length : -taken;
}

export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const scan: Utf8Scan = { multibyteCharacters: 0, invalidSequences: 0, firstInvalidOffset: -1 };
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i]! < 0x80) {
      i++;
      continue;
    }
    const length = sequenceAt(bytes, i);
    if (length > 0) {
      scan.multibyteCharacters++;
    } else {
      if (scan.firstInvalidOffset < 0) scan.firstInvalidOffset = i;
      scan.invalidSequences++;
    }
    i += Math.abs(length);
  }
  return scan;
}
