import type { FormEvent } from 'react';
import type { ClaimsResponse, EventListItem, ListResponse, Stats, StorylineListItem } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { Badge } from '../components/badge.tsx';
import { PageHeader, Section } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { formatNumber, formatPartialDate } from '../lib/format.ts';
import { href, navigate } from '../router.ts';
import { EventList } from './events-page.tsx';
import { StorylineList } from './storylines-page.tsx';

function StatTiles({ stats }: { stats: Stats }) {
  const tiles: [string, number, string | null][] = [
    ['Dokumen', stats.documents, href('search')],
    ['Outlet', stats.outlets.filter((o) => o.outlet).length, null],
    ['Alur berita', stats.storylines, href('storylines')],
    ['Peristiwa', stats.events, href('events')],
    ['Entitas', stats.entities, href('entities')],
    ['Klaim angka', stats.claims, href('claims')],
  ];
  return (
    <ul className="stat-tiles" aria-label="Isi basis data">
      {tiles.map(([label, value, link]) => (
        <li key={label} className="stat">
          {link ? (
            <a href={link}>
              <span className="stat-value">{formatNumber(value)}</span>
              <span className="stat-label">{label}</span>
            </a>
          ) : (
            <>
              <span className="stat-value">{formatNumber(value)}</span>
              <span className="stat-label">{label}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function BigSearch() {
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    if (typeof q === 'string' && q.trim()) navigate(href('search', { q: q.trim() }));
  };
  return (
    <search>
      <form className="big-search" onSubmit={submit}>
        <label htmlFor="home-q" className="visually-hidden">
          Cari di semua dokumen
        </label>
        <input id="home-q" name="q" type="search" placeholder="Cari nama, tempat, topik…" maxLength={500} />
        <button type="submit" className="button primary">
          Cari
        </button>
      </form>
    </search>
  );
}

function OutletList({ stats }: { stats: Stats }) {
  if (stats.outlets.length === 0) return <Empty>Belum ada dokumen.</Empty>;
  return (
    <ul className="bar-list">
      {stats.outlets.map((o) => (
        <li key={o.outlet ?? ''}>
          {o.outlet ? (
            <a href={href('search', { outlet: o.outlet })}>{o.outlet}</a>
          ) : (
            <span className="muted">outlet tidak diketahui</span>
          )}
          <span className="bar" style={{ width: `${(100 * o.documents) / Math.max(1, stats.documents)}%` }} />
          <span className="num">{formatNumber(o.documents)}</span>
        </li>
      ))}
    </ul>
  );
}

function DisputedClaims({ claims }: { claims: ClaimsResponse }) {
  const disputed = claims.items.filter((c) => !c.consistent);
  if (disputed.length === 0) return <Empty>Tidak ada angka yang bertentangan antarsumber.</Empty>;
  return (
    <ul className="plain-list">
      {disputed.slice(0, 6).map((claim) => (
        <li key={claim.id}>
          <a href={href('claims')}>{claim.subject}</a> <Badge tone="danger">berbeda</Badge>
          <div className="muted small">{claim.reasoning}</div>
        </li>
      ))}
    </ul>
  );
}

export function HomePage() {
  const stats = useApi<Stats>('/api/stats');
  const events = useApi<ListResponse<EventListItem>>('/api/events?limit=8');
  const storylines = useApi<ListResponse<StorylineListItem>>('/api/storylines?limit=8&sort=recent');
  const claims = useApi<ClaimsResponse>('/api/claims?limit=200');
  const today = formatPartialDate(new Date().toISOString().slice(0, 10));
  return (
    <div className="page">
      <PageHeader kicker={today} title="Ringkasan" />
      <BigSearch />
      <Loaded resource={stats} what="statistik">
        {(data) => <StatTiles stats={data} />}
      </Loaded>
      <div className="grid-2">
        <Section title="Alur berita terbaru">
          <Loaded resource={storylines} what="alur berita">
            {(data) => <StorylineList items={data.items} />}
          </Loaded>
          <p className="more">
            <a href={href('storylines', { sort: 'recent' })}>Semua alur berita →</a>
          </p>
        </Section>
        <Section title="Peristiwa terbaru">
          <Loaded resource={events} what="peristiwa">
            {(data) => <EventList items={data.items} />}
          </Loaded>
          <p className="more">
            <a href={href('events')}>Semua peristiwa →</a>
          </p>
        </Section>
        <Section title="Angka yang bertentangan">
          <Loaded resource={claims} what="klaim">
            {(data) => <DisputedClaims claims={data} />}
          </Loaded>
        </Section>
        <Section title="Outlet">
          <Loaded resource={stats} what="outlet">
            {(data) => <OutletList stats={data} />}
          </Loaded>
        </Section>
      </div>
    </div>
  );
}
