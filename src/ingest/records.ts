import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument, SourceHints, SourceKind } from '../model/document.ts';
import { failureItem, type IngestItem } from './failure.ts';

/** Where one record sits: `source` is `file#LINE`, `label` is how messages name it (`file:LINE`). */
export interface RecordPlace {
  source: string;
  label: string;
  kind: SourceKind;
  encoding: string;
  diagnostics: Diagnostic[];
}

const HINT_FIELDS = ['title', 'url', 'outlet', 'published', 'language', 'section', 'byline'] as const;

function describe(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function givenIdOf(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return null;
}

/** String hints of a record; a field of the wrong type is dropped with a diagnostic, not fatal. */
function hintsOf(record: Record<string, unknown>, diagnostics: Diagnostic[]): SourceHints {
  const hints: SourceHints = {};
  for (const field of HINT_FIELDS) {
    const value = record[field];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string') {
      if (value.trim()) hints[field] = value.trim();
      continue;
    }
    const message = `field "${field}" should be a string, got ${describe(value)}; ignored`;
    diagnostics.push({ stage: 'ingest', rule: 'ingest/field-ignored', severity: 'warning', message });
  }
  return hints;
}

function body(record: Record<string, unknown>): { format: RawDocument['format']; content: unknown } | null {
  if (record.text !== undefined && record.text !== null) return { format: 'text', content: record.text };
  if (record.html !== undefined && record.html !== null) return { format: 'html', content: record.html };
  return null;
}

/**
 * One JSONL/JSON record → document. `text` (plain) or `html` (markup) is required; `id` becomes the
 * given id; title, url, outlet, published, language, section and byline become hints.
 */
export function recordItem(
  record: unknown,
  place: RecordPlace,
  reason: 'malformed-jsonl' | 'malformed-json',
): IngestItem {
  const fail = (message: string) => failureItem(place.source, reason, `${place.label}: ${message}`);
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return fail(`expected a JSON object, got ${describe(record)}`);
  }
  const fields = record as Record<string, unknown>;
  const found = body(fields);
  if (!found) {
    const keys = Object.keys(fields);
    const seen = keys.length ? `; it has ${keys.slice(0, 8).join(', ')}${keys.length > 8 ? ', …' : ''}` : '';
    return fail(`record has no "text" or "html" field${seen}`);
  }
  if (typeof found.content !== 'string')
    return fail(`field "${found.format}" should be a string, got ${describe(found.content)}`);
  if (!found.content.trim())
    return failureItem(place.source, 'empty', `${place.label}: "${found.format}" is empty`);
  const givenId = givenIdOf(fields.id);
  if (givenId === null)
    return fail(`field "id" should be a non-empty string or a number, got ${describe(fields.id)}`);
  const diagnostics = place.diagnostics.map((d) => ({ ...d }));
  const hints = hintsOf(fields, diagnostics);
  const doc: RawDocument = {
    source: place.source,
    kind: place.kind,
    format: found.format,
    content: found.content,
    encoding: place.encoding,
    hints,
    diagnostics,
  };
  if (givenId !== undefined) doc.givenId = givenId;
  return { ok: true, doc };
}
