import type { EnrichedDocument } from '../../model/document.ts';
import type { AnalysisResult } from '../../pipeline/analyze.ts';
import { terminalSafe } from './terminal-text.ts';

function line(label: string, value: string | null | undefined): string {
  return `  ${label.padEnd(10)} ${value ?? '—'}`;
}

function documentReport(doc: EnrichedDocument): string {
  const published = doc.published
    ? `${doc.published.value}${doc.published.inferred ? ' (inferred)' : ''} ← "${doc.published.evidence}"${
        doc.published.reasoning ? `\n${' '.repeat(13)}${doc.published.reasoning}` : ''
      }`
    : null;
  const parts = [
    `■ ${doc.title ?? '(untitled)'}`,
    line('id', doc.id),
    line('source', doc.source),
    line('outlet', doc.outlet ? `${doc.outlet} ← "${doc.outletEvidence ?? ''}"` : null),
    line('section', doc.section),
    line('byline', doc.byline),
    line('published', published),
    line('language', doc.language),
    line('length', `${doc.text.length} characters, ${doc.text.split(/\n\n/).length} paragraphs`),
    line('removed', doc.removed.length ? `${doc.removed.length} pieces` : 'nothing'),
  ];
  for (const piece of doc.removed) parts.push(`      - [${piece.kind}] ${piece.text.slice(0, 90)}`);
  if (doc.duplicateOf) parts.push(line('duplicate', `of ${doc.duplicateOf}`));
  if (doc.entities.length) {
    parts.push(
      line('entities', doc.entities.map((e) => `${e.name} (${e.type}, ${e.mentions.length}×)`).join('; ')),
    );
  }
  for (const quote of doc.quotes) {
    parts.push(
      `      “${quote.text.slice(0, 100)}${quote.text.length > 100 ? '…' : ''}” — ${quote.speaker?.name ?? 'unknown'}${quote.direct ? '' : ' (reported)'}`,
    );
  }
  if (doc.figures.length)
    parts.push(
      line(
        'figures',
        doc.figures
          .map((f) => `${f.text} = ${f.value} ${f.qualifier}${f.unit ? ` [${f.unit}]` : ''}`)
          .join('; '),
      ),
    );
  if (doc.times.length) parts.push(line('times', doc.times.map((t) => `${t.text} → ${t.value}`).join('; ')));
  for (const d of doc.diagnostics) parts.push(`      ! ${d.severity} ${d.rule}: ${d.message}`);
  return parts.join('\n');
}

/** A report for a person reading a terminal (no control character of the documents reaches it). */
export function textReport(result: AnalysisResult): string {
  const sections = result.documents.map(documentReport);
  if (result.events.length) {
    sections.push(
      `Events (${result.events.length})\n${result.events
        .map((e) => `  ◆ ${e.title} [${e.date ?? 'undated'}] — ${e.documents.length} document(s)`)
        .join('\n')}`,
    );
  }
  if (result.claims.length) {
    sections.push(
      `Claims (${result.claims.length})\n${result.claims
        .map(
          (c) =>
            `  ${c.consistent ? '✓' : '✗'} ${c.subject} [${c.unit}]: ${c.figures.map((f) => f.text).join(' | ')}`,
        )
        .join('\n')}`,
    );
  }
  if (result.rejected.length) {
    sections.push(
      `Rejected (${result.rejected.length})\n${result.rejected.map((r) => `  ✗ ${r.message}`).join('\n')}`,
    );
  }
  return terminalSafe(`${sections.join('\n\n')}\n`);
}
