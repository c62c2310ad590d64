import { failureItem, formatBytes, type IngestItem } from './failure.ts';
import type { PayloadLine } from './lines.ts';
import { recordItem } from './records.ts';

export interface JsonlOrigin {
  /** The path or URL as given; documents become `source#LINE`. */
  source: string;
  encoding: string;
  maxBytes: number;
}

function lineItem(line: PayloadLine, origin: JsonlOrigin): IngestItem {
  const source = `${origin.source}#${line.number}`;
  const label = `${origin.source}:${line.number}`;
  if (line.text === null) {
    const limit = formatBytes(origin.maxBytes);
    return failureItem(
      source,
      'too-large',
      `${label}: line is over the ${limit} limit (${formatBytes(line.byteLength)})`,
    );
  }
  let record: unknown;
  try {
    record = JSON.parse(line.text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return failureItem(source, 'malformed-jsonl', `${label}: invalid JSON (${why})`);
  }
  const place = {
    source,
    label,
    kind: 'jsonl' as const,
    encoding: origin.encoding,
    diagnostics: line.diagnostics,
  };
  return recordItem(record, place, 'malformed-jsonl');
}

/** One item per non-blank line: a document, or a failure naming `file:LINE`; a bad line never stops the rest. */
export async function* jsonlItems(
  lines: AsyncIterable<PayloadLine> | Iterable<PayloadLine>,
  origin: JsonlOrigin,
): AsyncGenerator<IngestItem> {
  let any = false;
  for await (const line of lines) {
    if (line.text !== null && line.text.trim() === '') continue;
    any = true;
    yield lineItem(line, origin);
  }
  if (!any) yield failureItem(origin.source, 'empty', `${origin.source}: file has no records`);
}

/** A `.json` file: one record object, or an array of them (`source#N` for the Nth). */
export function jsonItems(
  text: string,
  origin: JsonlOrigin & { diagnostics: PayloadLine['diagnostics'] },
): IngestItem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return [failureItem(origin.source, 'malformed-json', `${origin.source}: invalid JSON (${why})`)];
  }
  const base = { kind: 'jsonl' as const, encoding: origin.encoding, diagnostics: origin.diagnostics };
  if (!Array.isArray(parsed)) {
    return [recordItem(parsed, { ...base, source: origin.source, label: origin.source }, 'malformed-json')];
  }
  if (parsed.length === 0)
    return [failureItem(origin.source, 'empty', `${origin.source}: JSON array is empty`)];
  return parsed.map((record, index) => {
    const place = { ...base, source: `${origin.source}#${index + 1}`, label: `${origin.source}[${index}]` };
    return recordItem(record, place, 'malformed-json');
  });
}
