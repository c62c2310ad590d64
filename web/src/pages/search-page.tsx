import { type FormEvent, useEffect, useState } from 'react';
import { apiPath } from '../api/client.ts';
import type { DocumentSummary, ListResponse, SearchHit, SearchResponse, Stats } from '../api/types.ts';
import { useApi } from '../api/use-api.ts';
import { Badge } from '../components/badge.tsx';
import { PageHeader } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { formatPartialDate } from '../lib/format.ts';
import { parseSnippet } from '../lib/snippet.ts';
import { href, navigate } from '../router.ts';
import { Pager } from './pager.tsx';

const PAGE_SIZE = 20;
const FIELDS = ['q', 'outlet', 'language', 'from', 'to', 'sort'] as const;
type Field = (typeof FIELDS)[number];
type Criteria = Record<Field, string>;

function criteriaFrom(query: URLSearchParams): Criteria {
  return Object.fromEntries(FIELDS.map((f) => [f, query.get(f) ?? ''])) as Criteria;
}

export function Snippet({ text }: { text: string }) {
  return (
    <p className="snippet">
      {parseSnippet(text).map((part, i) =>
        // The index is the key: parts never reorder
        part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </p>
  );
}

function Duplicates({ items }: { items: DocumentSummary[] }) {
  if (items.length === 0) return null;
  return (
    <details className="duplicates">
      <summary>
        {items.length} artikel serupa (salinan atau hampir sama)
      </summary>
      <ul>
        {items.map((d) => (
          <li key={d.id}>
            <a href={href('documents', d.id)}>{d.title || '(tanpa judul)'}</a>
            <span className="muted"> · {d.outlet ?? 'outlet tidak diketahui'}</span>
            {d.published && <time dateTime={d.published}> · {formatPartialDate(d.published)}</time>}
          </li>
        ))}
      </ul>
    </details>
  );
}

function ResultItem({ item }: { item: DocumentSummary | SearchHit }) {
  return (
    <li className="result">
      <a className="result-title" href={href('documents', item.id)}>
        {item.title || '(tanpa judul)'}
      </a>
      <div className="result-meta">
        <span>{item.outlet ?? 'outlet tidak diketahui'}</span>
        {item.published && <time dateTime={item.published}>{formatPartialDate(item.published)}</time>}
        <Badge>{item.language}</Badge>
      </div>
      {'snippet' in item && <Snippet text={item.snippet} />}
      {'duplicates' in item && <Duplicates items={item.duplicates} />}
    </li>
  );
}

function Filters({
  draft,
  stats,
  onChange,
}: {
  draft: Criteria;
  stats: Stats | null;
  onChange: (f: Field, v: string) => void;
}) {
  return (
    <fieldset className="filters">
      <legend className="visually-hidden">Saring</legend>
      <label>
        Outlet
        <select value={draft.outlet} onChange={(e) => onChange('outlet', e.target.value)}>
          <option value="">Semua</option>
          {stats?.outlets
            .filter((o) => o.outlet)
            .map((o) => (
              <option key={o.outlet} value={o.outlet ?? ''}>
                {o.outlet} ({o.documents})
              </option>
            ))}
        </select>
      </label>
      <label>
        Bahasa
        <select value={draft.language} onChange={(e) => onChange('language', e.target.value)}>
          <option value="">Semua</option>
          {stats?.languages.map((l) => (
            <option key={l.language} value={l.language}>
              {l.language} ({l.documents})
            </option>
          ))}
        </select>
      </label>
      <label>
        Dari
        <input type="date" value={draft.from} onChange={(e) => onChange('from', e.target.value)} />
      </label>
      <label>
        Sampai
        <input type="date" value={draft.to} onChange={(e) => onChange('to', e.target.value)} />
      </label>
      <label>
        Urutkan
        <select value={draft.sort} onChange={(e) => onChange('sort', e.target.value)}>
          <option value="">Paling relevan</option>
          <option value="date">Terbaru</option>
        </select>
      </label>
    </fieldset>
  );
}

function searchCountText(data: SearchResponse): string {
  const shown = data.hits.length;
  const range = data.offset > 0 || shown < data.total ? `hasil ${data.offset + 1}–${data.offset + shown} dari ` : '';
  const order = data.sort === 'date' ? 'terbaru dahulu' : 'paling relevan dahulu';
  const folded = data.documents > data.total ? ` (${data.documents} dokumen, salinan digabung)` : '';
  return `${range}${data.total} hasil${folded} untuk “${data.q}”, ${order} · ${data.tookMs} ms`;
}

function DidYouMeanNote({ data, criteria }: { data: SearchResponse; criteria: Criteria }) {
  if (!data.didYouMean) return null;
  return (
    <p className="did-you-mean">
      Menampilkan hasil untuk{' '}
      <a href={href('search', { ...criteria, q: data.didYouMean.query, offset: undefined })}>
        {data.didYouMean.query}
      </a>{' '}
      ({data.didYouMean.corrections.map((c) => `“${c.text}” dibaca sebagai ${c.entity.name}`).join('; ')})
    </p>
  );
}

function ResultList({ items }: { items: (DocumentSummary | SearchHit)[] }) {
  return (
    <ol className="results">
      {items.map((item) => (
        <ResultItem key={item.id} item={item} />
      ))}
    </ol>
  );
}

function SearchResults({ criteria, offset }: { criteria: Criteria; offset: number }) {
  const { q, ...filters } = criteria;
  const results = useApi<SearchResponse>(apiPath('/api/search', { q, ...filters, limit: PAGE_SIZE, offset }));
  const goTo = (next: number): void => navigate(href('search', { ...criteria, offset: next || undefined }));
  if (results.state === 'error' && 'status' in results.error && results.error.status === 400) {
    return (
      <div className="status status-error" role="alert">
        <strong>Kueri tidak bisa dibaca.</strong> {results.error.message}
      </div>
    );
  }
  return (
    <Loaded resource={results} what="hasil">
      {(data) => (
        <section aria-label="Hasil" aria-live="polite">
          <p className="result-count">{searchCountText(data)}</p>
          <DidYouMeanNote data={data} criteria={criteria} />
          {data.hits.length === 0 ? (
            <Empty>Tidak ada dokumen yang cocok. Coba kata lain atau longgarkan saringan.</Empty>
          ) : (
            <ResultList items={data.hits} />
          )}
          <Pager offset={offset} pageSize={PAGE_SIZE} shown={data.hits.length} total={data.total} onChange={goTo} />
        </section>
      )}
    </Loaded>
  );
}

function LatestDocuments({ criteria, offset }: { criteria: Criteria; offset: number }) {
  const { q: _q, sort: _sort, ...filters } = criteria;
  const results = useApi<ListResponse<DocumentSummary>>(apiPath('/api/documents', { ...filters, limit: PAGE_SIZE, offset }));
  const goTo = (next: number): void => navigate(href('search', { ...criteria, offset: next || undefined }));
  return (
    <Loaded resource={results} what="dokumen">
      {(data) => (
        <section aria-label="Hasil" aria-live="polite">
          <p className="result-count">Dokumen terbaru dahulu</p>
          {data.items.length === 0 ? <Empty>Tidak ada dokumen.</Empty> : <ResultList items={data.items} />}
          <Pager offset={offset} pageSize={PAGE_SIZE} shown={data.items.length} onChange={goTo} />
        </section>
      )}
    </Loaded>
  );
}

function Results({ criteria, offset }: { criteria: Criteria; offset: number }) {
  return criteria.q ? (
    <SearchResults criteria={criteria} offset={offset} />
  ) : (
    <LatestDocuments criteria={criteria} offset={offset} />
  );
}

function SearchHelp() {
  return (
    <details className="search-help">
      <summary>Cara menulis kueri</summary>
      <ul>
        <li>
          <code>banjir Jakarta</code> kedua kata (bentuk lain ikut: <code>kirim</code> menemukan mengirim, dikirim)
        </li>
        <li>
          <code>banjir OR longsor</code> salah satu · <code>Ukraina -Lavrov</code> tanpa kata kedua
        </li>
        <li>
          <code>"Korea Utara"</code> frasa persis · <code>kirim*</code> awalan · <code>(a OR b) c</code> kelompok
        </li>
        <li>
          <code>outlet:"Kabar Lembah"</code> <code>entity:Korut</code> <code>lang:id</code> <code>from:2025-03</code>{' '}
          <code>to:2025-03-31</code>
        </li>
      </ul>
    </details>
  );
}

export function SearchPage({ query }: { query: URLSearchParams }) {
  const queryKey = query.toString();
  const criteria = criteriaFrom(query);
  const offset = Math.max(0, Number.parseInt(query.get('offset') ?? '0', 10) || 0);
  const [draft, setDraft] = useState(criteria);
  const stats = useApi<Stats>('/api/stats');

  // The draft follows the URL whenever the URL changes (back, a link, a filter).
  useEffect(() => setDraft(criteriaFrom(new URLSearchParams(queryKey))), [queryKey]);

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    navigate(href('search', { ...draft, q: draft.q.trim() }));
  };
  const change = (field: Field, value: string): void => setDraft((d) => ({ ...d, [field]: value }));
  // Filters apply at once; the query text waits for the form to be sent.
  const changeFilter = (field: Field, value: string): void =>
    navigate(href('search', { ...criteria, [field]: value }));
  const filtered = FIELDS.some((f) => f !== 'q' && f !== 'sort' && criteria[f]);

  return (
    <div className="page">
      <PageHeader kicker="Cari" title={criteria.q ? `Cari: ${criteria.q}` : 'Cari dan telusuri dokumen'} />
      <search>
        <form className="search-form" onSubmit={submit}>
          <div className="search-row">
            <label htmlFor="search-q" className="visually-hidden">
              Kata kunci
            </label>
            <input
              id="search-q"
              type="search"
              value={draft.q}
              maxLength={500}
              placeholder="Kata kunci, nama, tempat…"
              onChange={(e) => change('q', e.target.value)}
            />
            <button type="submit" className="button primary">
              Cari
            </button>
          </div>
          <Filters
            draft={draft}
            stats={stats.state === 'ready' ? stats.data : null}
            onChange={changeFilter}
          />
          <SearchHelp />
          {filtered && (
            <p>
              <a href={href('search', { q: criteria.q })}>Hapus saringan</a>
            </p>
          )}
          {criteria.q && (
            <p>
              <a href={href('alerts', { q: criteria.q })}>Simpan pencarian ini</a> — kabari bila ada artikel baru yang cocok
            </p>
          )}
        </form>
      </search>
      <Results criteria={criteria} offset={offset} />
    </div>
  );
}
