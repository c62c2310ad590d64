import { useState } from 'react';
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
import { entitiesByReach, entityNames } from './source-labels.ts';

const ENTITIES_SHOWN = 12;

/** The event's entities, those named by most sources first; the long tail opens on demand. */
function EventEntities({ detail }: { detail: EventDetail }) {
  const [all, setAll] = useState(false);
  const names = entityNames(detail.sources);
  const inEvent = new Set(detail.event.entities);
  const ranked = entitiesByReach(detail.sources).filter((id) => inEvent.has(id) && names.has(id));
  if (ranked.length === 0) return null;
  const shown = all ? ranked : ranked.slice(0, ENTITIES_SHOWN);
  return (
    <ul className="chips" aria-label="Entitas">
      {shown.map((id) => {
        const entity = names.get(id)!;
        return (
          <li key={id} className="chip">
            <a href={href('entities', id)}>{entity.name}</a> <EntityTypeBadge type={entity.type} />
          </li>
        );
      })}
      {ranked.length > ENTITIES_SHOWN && (
        <li>
          <button type="button" className="button tiny" aria-expanded={all} onClick={() => setAll(!all)}>
            {all ? 'Lebih sedikit' : `+${ranked.length - ENTITIES_SHOWN} lainnya`}
          </button>
        </li>
      )}
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
