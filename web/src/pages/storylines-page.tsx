import { useState } from 'react';
import type { ListResponse, StorylineListItem } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { PageHeader } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { countLabel, formatPartialDate } from '../lib/format.ts';
import { href } from '../router.ts';
import { Pager } from './pager.tsx';

function dateSpan(from: string | null | undefined, to: string | null | undefined): string {
  if (!from) return 'tanpa tanggal';
  if (!to || to === from) return formatPartialDate(from);
  return `${formatPartialDate(from)} – ${formatPartialDate(to)}`;
}

export function StorylineList({ items }: { items: StorylineListItem[] }) {
  if (items.length === 0) return <Empty>Belum ada alur berita.</Empty>;
  return (
    <ol className="item-list">
      {items.map((storyline) => (
        <li key={storyline.id} className="item">
          <span className="item-date">{dateSpan(storyline.from, storyline.to)}</span>
          <a className="item-title" href={href('storylines', storyline.id)}>
            {storyline.title || '(tanpa judul)'}
          </a>
          <span className="item-meta">
            {countLabel(storyline.events.length, 'peristiwa')} ·{' '}
            {countLabel(storyline.entities.length, 'entitas')}
          </span>
        </li>
      ))}
    </ol>
  );
}

const PAGE_SIZE = 50;

const SORTS = [
  { value: 'recent', label: 'Terbaru' },
  { value: 'size', label: 'Terbesar' },
] as const;

export function StorylinesPage({ query }: { query: URLSearchParams }) {
  const sort = query.get('sort') === 'recent' ? 'recent' : 'size';
  const [offset, setOffset] = useState(0);
  const storylines = useApi<ListResponse<StorylineListItem>>(
    `/api/storylines?limit=${PAGE_SIZE}&offset=${offset}&sort=${sort}`,
  );
  return (
    <div className="page">
      <PageHeader kicker="Alur berita" title="Alur berita" />
      <nav aria-label="Urutan" className="segmented">
        {SORTS.map((option) => (
          <a
            key={option.value}
            className="segment"
            href={href('storylines', { sort: option.value })}
            aria-current={sort === option.value ? 'true' : undefined}
            onClick={() => setOffset(0)}
          >
            {option.label}
          </a>
        ))}
      </nav>
      <Loaded resource={storylines} what="alur berita">
        {(data) => (
          <>
            <StorylineList items={data.items} />
            <Pager offset={offset} pageSize={PAGE_SIZE} shown={data.items.length} onChange={setOffset} />
          </>
        )}
      </Loaded>
    </div>
  );
}
