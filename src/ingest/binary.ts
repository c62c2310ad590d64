/** Recognises bytes that are not text at all, so they are rejected before any decoding. */

interface Signature {
  name: string;
  /** Byte values, or null for "any byte". */
  bytes: (number | null)[];
  offset?: number;
}

const ascii = (text: string): number[] => [...text].map((ch) => ch.charCodeAt(0));

const SIGNATURES: Signature[] = [
  { name: 'PNG image', bytes: [0x89, ...ascii('PNG\r\n')] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [...ascii('GIF8'), null, ...ascii('a')] },
  { name: 'WebP image', bytes: ascii('WEBP'), offset: 8 },
  { name: 'PDF document', bytes: ascii('%PDF-') },
  { name: 'ZIP archive (or DOCX/XLSX/EPUB)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'gzip data', bytes: [0x1f, 0x8b] },
  { name: 'xz data', bytes: [0xfd, ...ascii('7zXZ'), 0x00] },
  { name: 'zstd data', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { name: '7z archive', bytes: [...ascii('7z'), 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: ascii('Rar!\x1a\x07') },
  { name: 'ELF executable', bytes: [0x7f, ...ascii('ELF')] },
  { name: 'WebAssembly module', bytes: [0x00, ...ascii('asm')] },
  { name: 'SQLite database', bytes: ascii('SQLite format 3\0') },
  { name: 'MS Office (OLE2) document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { name: 'MP4/MOV video', bytes: ascii('ftyp'), offset: 4 },
  { name: 'Ogg media', bytes: ascii('OggS') },
];

/** How much of the start is inspected for NUL and control bytes. */
const SAMPLE_BYTES = 64 * 1024;
/** Share of control bytes (other than tab, newlines, form feed, escape) above which bytes are not text. */
const MAX_CONTROL_SHARE = 0.1;

function matchesSignature(bytes: Uint8Array, signature: Signature): boolean {
  const offset = signature.offset ?? 0;
  if (bytes.length < offset + signature.bytes.length) return false;
  return signature.bytes.every((value, i) => value === null || bytes[offset + i] === value);
}

function isTextControl(byte: number): boolean {
  return byte === 0x09 || byte === 0x0a || byte === 0x0b || byte === 0x0c || byte === 0x0d || byte === 0x1b;
}

/** A short description of why the bytes are binary (`PDF document`, `NUL bytes`), or null for text. */
export function binaryKind(bytes: Uint8Array): string | null {
  const signature = SIGNATURES.find((s) => matchesSignature(bytes, s));
  if (signature) return signature.name;
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'NUL bytes';
    if ((byte < 0x20 && !isTextControl(byte)) || byte === 0x7f) controls++;
  }
  if (sample.length > 0 && controls / sample.length > MAX_CONTROL_SHARE) return 'mostly control characters';
  return null;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}
