import type { EnrichedDocument } from '../../api/types.ts';
import { Badge, type Tone } from '../../components/badge.tsx';
import { Section } from '../../components/section.tsx';

const SEVERITY: Record<string, { label: string; tone: Tone }> = {
  info: { label: 'info', tone: 'neutral' },
  warning: { label: 'peringatan', tone: 'warn' },
  error: { label: 'galat', tone: 'danger' },
};

/** Oddities found while processing, each with its stage, rule and (when it has one) its place in the text. */
export function Diagnostics({ doc }: { doc: EnrichedDocument }) {
  return (
    <Section title="Diagnostik" count={doc.diagnostics.length}>
      {doc.diagnostics.length === 0 ? (
        <p className="empty small">Tidak ada catatan.</p>
      ) : (
        <ul className="plain-list">
          {doc.diagnostics.map((d, i) => {
            const severity = SEVERITY[d.severity] ?? { label: d.severity, tone: 'neutral' as const };
            return (
              // The index is the key: diagnostics have no id
              <li key={i}>
                <Badge tone={severity.tone}>{severity.label}</Badge>{' '}
                <span className="mono small">
                  {d.stage}/{d.rule}
                </span>{' '}
                {d.message}
                {d.start !== undefined && d.end !== undefined && d.end > d.start && (
                  <div className="muted small">
                    di teks: <q>{doc.text.slice(d.start, Math.min(d.end, d.start + 200))}</q>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Section>
  );
}
