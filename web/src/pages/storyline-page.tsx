import type {
  EntityLabel,
  EventListItem,
  StorylineDetail,
  StorylineMembershipEvidence,
} from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { EntityTypeBadge } from '../components/badge.tsx';
import { EntityLink } from '../components/links.tsx';
import { Similarity } from '../components/similarity.tsx';
import { PageHeader, Section } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { countLabel, daysBetween, formatNumber, formatPartialDate } from '../lib/format.ts';
import { href } from '../router.ts';

/** A strip with one dot per dated event, spaced by time, to show bursts and lulls at a glance. */
function TimeStrip({ events }: { events: EventListItem[] }) {
  const dated = events.filter((e) => e.date && daysBetween(events[0]?.date ?? null, e.date) !== null);
  const first = dated[0]?.date ?? null;
  const last = dated.at(-1)?.date ?? null;
  const span = daysBetween(first, last);
  if (!first || !last || span === null || span <= 0 || dated.length < 2) return null;
  return (
    <div className="time-strip" aria-hidden="true">
      <div className="time-strip-line">
        {dated.map((e) => (
          <span
            key={e.id}
            className="time-strip-dot"
            style={{ left: `${(100 * (daysBetween(first, e.date) ?? 0)) / span}%` }}
            title={`${formatPartialDate(e.date)} · ${e.title}`}
          />
        ))}
      </div>
      <div className="time-strip-ends">
        <span>{formatPartialDate(first)}</span>
        <span>{formatNumber(span)} hari</span>
        <span>{formatPartialDate(last)}</span>
      </div>
    </div>
  );
}

function gapText(previous: EventListItem | undefined, event: EventListItem): string | null {
  const days = previous ? daysBetween(previous.date, event.date) : null;
  if (days === null || days <= 0) return null;
  return `${formatNumber(days)} hari kemudian`;
}

/** Shared entity names, each linked to its entity page when the storyline knows the entity. */
function SharedEntities({ names, entities }: { names: string[]; entities: EntityLabel[] }) {
  const byName = new Map(entities.map((e) => [e.name, e.id]));
  return (
    <span className="chips">
      {names.map((name) => (
        <span key={name} className="chip">
          <EntityLink id={byName.get(name) ?? null} name={name} />
        </span>
      ))}
    </span>
  );
}

/** Why the event sits in the storyline: the earlier event it was chained to, what they share, how alike. */
function MembershipEvidence({
  evidence,
  titleOf,
  entities,
}: {
  evidence: StorylineMembershipEvidence;
  titleOf: (eventId: string) => string;
  entities: EntityLabel[];
}) {
  if (!evidence.linkedTo) {
    return <div className="timeline-evidence muted small">Membuka alur ini</div>;
  }
  return (
    <div className="timeline-evidence small">
      <span>
        Terhubung ke <a href={href('events', evidence.linkedTo)}>{titleOf(evidence.linkedTo)}</a>
      </span>
      <span>
        Kemiripan topik <Similarity value={evidence.topicSimilarity} />
      </span>
      <span>
        Entitas bersama{' '}
        {evidence.sharedEntities.length === 0 ? (
          <span className="muted">—</span>
        ) : (
          <SharedEntities names={evidence.sharedEntities} entities={entities} />
        )}
      </span>
    </div>
  );
}

function Timeline({
  events,
  evidence,
  entities,
}: {
  events: EventListItem[];
  evidence: StorylineMembershipEvidence[];
  entities: EntityLabel[];
}) {
  if (events.length === 0) return <Empty>Alur ini belum punya peristiwa.</Empty>;
  const evidenceOf = new Map(evidence.map((e) => [e.event, e]));
  const titles = new Map(events.map((e) => [e.id, e.title || '(tanpa judul)']));
  const titleOf = (id: string): string => titles.get(id) ?? 'peristiwa lain';
  return (
    <ol className="timeline">
      {events.map((event, i) => {
        const gap = gapText(events[i - 1], event);
        const why = evidenceOf.get(event.id);
        return (
          <li key={event.id} className="timeline-item">
            {gap && <div className="timeline-gap">{gap}</div>}
            <time className="timeline-date" dateTime={event.date ?? undefined}>
              {event.date ? formatPartialDate(event.date) : 'tanpa tanggal'}
            </time>
            <div className="timeline-card">
              <a href={href('events', event.id)} className="item-title">
                {event.title || '(tanpa judul)'}
              </a>
              <div className="muted small">
                {countLabel(event.documents.length, 'sumber')}
                {event.outlets && event.outlets.length > 0 && ` · ${event.outlets.join(', ')}`}
              </div>
              {why && <MembershipEvidence evidence={why} titleOf={titleOf} entities={entities} />}
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** Dated events oldest first, undated ones after them. */
function inTimeOrder(events: EventListItem[]): EventListItem[] {
  const key = (e: EventListItem): string => e.date ?? '\uffff';
  return [...events].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function StorylineView({ detail }: { detail: StorylineDetail }) {
  const { storyline } = detail;
  const timeline = inTimeOrder(detail.timeline);
  const documents = new Set(timeline.flatMap((e) => e.documents)).size;
  return (
    <div className="page">
      <PageHeader kicker="Alur berita" title={storyline.title || '(tanpa judul)'}>
        <span>{countLabel(timeline.length, 'peristiwa')}</span>
        <span>{countLabel(documents, 'dokumen')}</span>
      </PageHeader>
      {detail.entities && detail.entities.length > 0 && (
        <ul className="chips" aria-label="Entitas">
          {detail.entities.map((e) => (
            <li key={e.id} className="chip">
              <a href={href('entities', e.id)}>{e.name}</a> <EntityTypeBadge type={e.type} />
            </li>
          ))}
        </ul>
      )}
      <Section title="Linimasa">
        <TimeStrip events={timeline} />
        <Timeline events={timeline} evidence={storyline.evidence ?? []} entities={detail.entities ?? []} />
      </Section>
    </div>
  );
}

export function StorylinePage({ id }: { id: string }) {
  const detail = useApi<StorylineDetail>(`/api/storylines/${encodeURIComponent(id)}`);
  return (
    <Loaded resource={detail} what="alur berita">
      {(data) => <StorylineView detail={data} />}
    </Loaded>
  );
}
