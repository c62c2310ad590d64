import { useState } from 'react';
import type { EventListItem, ListResponse } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { PageHeader } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { countLabel, formatPartialDate } from '../lib/format.ts';
import { href } from '../router.ts';
import { Pager } from './pager.tsx';

/** Events as a dense list: date, title, how many sources and which outlets. */
export function EventList({ items }: { items: EventListItem[] }) {
  if (items.length === 0) return <Empty>Belum ada peristiwa.</Empty>;
  return (
    <ol className="item-list">
      {items.map((event) => (
        <li key={event.id} className="item">
          <time className="item-date" dateTime={event.date ?? undefined}>
            {event.date ? formatPartialDate(event.date) : 'tanpa tanggal'}
          </time>
          <a className="item-title" href={href('events', event.id)}>
            {event.title || '(tanpa judul)'}
          </a>
          <span className="item-meta">
            {countLabel(event.documents.length, 'sumber')}
            {event.outlets && event.outlets.length > 0 && ` · ${event.outlets.join(', ')}`}
          </span>
        </li>
      ))}
    </ol>
  );
}

const PAGE_SIZE = 50;

export function EventsPage() {
  const [offset, setOffset] = useState(0);
  const events = useApi<ListResponse<EventListItem>>(`/api/events?limit=${PAGE_SIZE}&offset=${offset}`);
  return (
    <div className="page">
      <PageHeader kicker="Peristiwa" title="Peristiwa terbaru" />
      <Loaded resource={events} what="peristiwa">
        {(data) => (
          <>
            <EventList items={data.items} />
            <Pager offset={offset} pageSize={PAGE_SIZE} shown={data.items.length} onChange={setOffset} />
          </>
        )}
      </Loaded>
    </div>
  );
}
