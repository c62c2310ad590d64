import type { EventSource } from '../../api/types.ts';
import { Badge } from '../../components/badge.tsx';
import { DocumentLink } from '../../components/links.tsx';
import { Published } from '../../components/published.tsx';
import { Section } from '../../components/section.tsx';
import { countLabel } from '../../lib/format.ts';
import { byPublished } from './source-labels.ts';

/** The articles of the event side by side: outlet, date, title and what each one brings. */
export function EventSources({ sources }: { sources: EventSource[] }) {
  const ordered = byPublished(sources);
  return (
    <Section title="Sumber" count={sources.length}>
      <ul className="source-grid">
        {ordered.map((source) => (
          <li key={source.id} className="card source-card">
            <div className="source-outlet">
              {source.outlet ?? <span className="muted">outlet tidak diketahui</span>}
            </div>
            <div className="small">
              <Published published={source.published} compact />
            </div>
            <h3 className="source-title">
              <DocumentLink id={source.id} title={source.title} />
            </h3>
            <div className="muted small">
              {countLabel(source.quotes.length, 'kutipan')} · {countLabel(source.figures.length, 'angka')} ·{' '}
              {countLabel(source.entities.length, 'entitas')}
            </div>
            {source.duplicateOf && (
              <div className="small">
                <Badge tone="warn">duplikat</Badge> dari{' '}
                <DocumentLink id={source.duplicateOf}>dokumen lain</DocumentLink>
              </div>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
