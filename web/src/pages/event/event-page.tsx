import type { EventDetail } from '../../api/types.ts';
import { useApi } from '../../api/use-api.ts';
import { EntityTypeBadge } from '../../components/badge.tsx';
import { PageHeader } from '../../components/section.tsx';
import { Loaded } from '../../components/status.tsx';
import { countLabel, formatPartialDate } from '../../lib/format.ts';
import { href } from '../../router.ts';
import { EventEvidence } from './event-evidence.tsx';
import { EventFigures } from './event-figures.tsx';
import { EventQuotes } from './event-quotes.tsx';
import { EventSources } from './event-sources.tsx';
import { entityNames } from './source-labels.ts';

function EventEntities({ detail }: { detail: EventDetail }) {
  const names = entityNames(detail.sources);
  const known = detail.event.entities.filter((id) => names.has(id));
  if (known.length === 0) return null;
  return (
    <ul className="chips" aria-label="Entitas">
      {known.map((id) => {
        const entity = names.get(id)!;
        return (
          <li key={id} className="chip">
            <a href={href('entities', id)}>{entity.name}</a> <EntityTypeBadge type={entity.type} />
          </li>
        );
      })}
    </ul>
  );
}

function EventView({ detail }: { detail: EventDetail }) {
  const { event, sources, claims } = detail;
  const outlets = new Set(sources.map((s) => s.outlet).filter(Boolean));
  return (
    <div className="page">
      <PageHeader kicker="Peristiwa" title={event.title || '(tanpa judul)'}>
        <span>{event.date ? formatPartialDate(event.date) : 'tanggal tidak diketahui'}</span>
        <span>{countLabel(sources.length, 'sumber')}</span>
        <span>{countLabel(outlets.size, 'outlet')}</span>
      </PageHeader>
      <EventEntities detail={detail} />
      <EventSources sources={sources} />
      <EventFigures sources={sources} claims={claims} />
      <EventQuotes sources={sources} />
      <EventEvidence event={event} sources={sources} />
    </div>
  );
}

export function EventPage({ id }: { id: string }) {
  const detail = useApi<EventDetail>(`/api/events/${encodeURIComponent(id)}`);
  return (
    <Loaded resource={detail} what="peristiwa">
      {(data) => <EventView detail={data} />}
    </Loaded>
  );
}
