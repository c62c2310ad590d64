import type { ReactNode } from 'react';
import type { EnrichedDocument } from '../../api/types.ts';
import { Badge, EntityTypeBadge } from '../../components/badge.tsx';
import { EntityLink } from '../../components/links.tsx';
import {
  figureKindLabel,
  formatDuration,
  formatPartialDate,
  formatQuantity,
  qualifierLabel,
} from '../../lib/format.ts';
import type { AnnotationKind } from '../../lib/segments.ts';
import { entityGroup, figureGroup, KIND_LABELS, KINDS, quoteGroup, timeGroup } from './annotations.ts';

export interface PanelState {
  shown: Set<AnnotationKind>;
  focus: string | null;
  toggleKind: (kind: AnnotationKind) => void;
  toggleFocus: (group: string, kind: AnnotationKind) => void;
}

function FocusButton({
  group,
  kind,
  state,
  what,
}: {
  group: string;
  kind: AnnotationKind;
  state: PanelState;
  what: string;
}) {
  const pressed = state.focus === group;
  return (
    <button
      type="button"
      className="button tiny"
      aria-pressed={pressed}
      aria-label={`${pressed ? 'Lepas tanda' : 'Tandai di teks'}: ${what}`}
      onClick={() => state.toggleFocus(group, kind)}
    >
      {pressed ? 'Lepas' : 'Tandai'}
    </button>
  );
}

function Legend({ doc, state }: { doc: EnrichedDocument; state: PanelState }) {
  const counts: Record<AnnotationKind, number> = {
    entity: doc.entities.length,
    quote: doc.quotes.length,
    figure: doc.figures.length,
    time: doc.times.length,
  };
  return (
    <fieldset className="legend">
      <legend>Sorotan di teks</legend>
      {KINDS.map((kind) => (
        <label key={kind} className={`legend-item swatch-${kind}`}>
          <input type="checkbox" checked={state.shown.has(kind)} onChange={() => state.toggleKind(kind)} />
          <span className="swatch" aria-hidden="true" />
          {KIND_LABELS[kind]} <span className="count">{counts[kind]}</span>
        </label>
      ))}
    </fieldset>
  );
}

function PanelList({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <details className="panel-list" open={count > 0 && count <= 30}>
      <summary>
        {title} <span className="count">{count}</span>
      </summary>
      {count === 0 ? <p className="empty small">Tidak ada.</p> : <ul>{children}</ul>}
    </details>
  );
}

/** The side panel: which highlights to show, and every entity, quote, figure and time found. */
export function AnnotationPanel({ doc, state }: { doc: EnrichedDocument; state: PanelState }) {
  return (
    <aside className="doc-panel" aria-label="Anotasi">
      <Legend doc={doc} state={state} />
      <PanelList title="Entitas" count={doc.entities.length}>
        {doc.entities.map((e) => (
          <li key={e.entity} className="panel-row">
            <div>
              <EntityLink id={e.entity} name={e.name} /> <EntityTypeBadge type={e.type} />{' '}
              <span className="muted small">×{e.mentions.length}</span>
              {e.roles && e.roles.length > 0 && <div className="muted small">{e.roles.join(', ')}</div>}
            </div>
            <FocusButton group={entityGroup(e.entity)} kind="entity" state={state} what={e.name} />
          </li>
        ))}
      </PanelList>
      <PanelList title="Kutipan" count={doc.quotes.length}>
        {doc.quotes.map((q, i) => (
          <li key={`${q.start}-${q.end}`} className="panel-row">
            <div>
              <div>
                {q.speaker ? (
                  <EntityLink id={q.speaker.entity} name={q.speaker.name} />
                ) : (
                  <em>tanpa pembicara</em>
                )}{' '}
                <Badge>{q.direct ? 'langsung' : 'tidak langsung'}</Badge>
              </div>
              <q className="clamp">{q.text}</q>
              <div className="muted small">
                {q.cue && <>penanda “{q.cue}”</>}
                {q.speaker?.evidence && <> · pembicara lewat {q.speaker.evidence}</>}
              </div>
            </div>
            <FocusButton group={quoteGroup(i)} kind="quote" state={state} what={`kutipan ${i + 1}`} />
          </li>
        ))}
      </PanelList>
      <PanelList title="Angka" count={doc.figures.length}>
        {doc.figures.map((f, i) => (
          <li key={`${f.start}-${f.end}`} className="panel-row">
            <div>
              <q>{f.text}</q> → <strong>{formatQuantity(f.value, f.unit)}</strong>
              {f.valueMax !== undefined && <> – {formatQuantity(f.valueMax, f.unit)}</>}
              <div className="muted small">
                {qualifierLabel(f.qualifier)}
                {f.kind && ` · ${figureKindLabel(f.kind)}`}
              </div>
            </div>
            <FocusButton group={figureGroup(i)} kind="figure" state={state} what={f.text} />
          </li>
        ))}
      </PanelList>
      <PanelList title="Waktu" count={doc.times.length}>
        {doc.times.map((t, i) => (
          <li key={`${t.start}-${t.end}`} className="panel-row">
            <div>
              <q>{t.text}</q> →{' '}
              <strong>{t.duration ? formatDuration(t.value) : formatPartialDate(t.value)}</strong>
              <div className="muted small">
                {t.relative && 'relatif terhadap tanggal terbit'}
                {t.duration && 'durasi'}
              </div>
            </div>
            <FocusButton group={timeGroup(i)} kind="time" state={state} what={t.text} />
          </li>
        ))}
      </PanelList>
    </aside>
  );
}
