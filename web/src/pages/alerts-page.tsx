import { type FormEvent, useState } from 'react';
import { apiPath, sendJson } from '../api/client.ts';
import { useApi } from '../api/use-api.ts';
import { Badge } from '../components/badge.tsx';
import { PageHeader } from '../components/section.tsx';
import { Empty, Loaded } from '../components/status.tsx';
import { formatPartialDate } from '../lib/format.ts';
import { href } from '../router.ts';

interface AlertItem {
  id: string;
  name: string;
  query: string;
  webhook: boolean;
  createdAt: string;
  seenAt: string | null;
  matches: number;
  newMatches: number;
}

const TOKEN_KEY = 'warta-write-token';

function storedToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

function AlertRow({ alert, onSeen }: { alert: AlertItem; onSeen: (id: string) => void }) {
  return (
    <li className="card alert-card">
      <h2 className="alert-name">
        {alert.name}{' '}
        {alert.newMatches > 0 ? <Badge tone="danger">{`${alert.newMatches} baru`}</Badge> : <Badge tone="ok">tidak ada yang baru</Badge>}
      </h2>
      <p>
        <a href={href('search', { q: alert.query, sort: 'date' })}>
          <code>{alert.query}</code>
        </a>
      </p>
      <p className="muted small">
        {alert.matches} artikel cocok sejak {formatPartialDate(alert.createdAt.slice(0, 10))}
        {alert.webhook ? ' · dengan webhook' : ''} ·{' '}
        <a href={apiPath(`api/alerts/${encodeURIComponent(alert.id)}/feed`)}>umpan Atom</a>
        {alert.newMatches > 0 && (
          <>
            {' · '}
            <button type="button" className="link-button" onClick={() => onSeen(alert.id)}>
              tandai sudah dilihat
            </button>
          </>
        )}
      </p>
    </li>
  );
}

/** Saved searches: what each matched since it was made, what is new, and a form to save one. */
export function AlertsPage({ query }: { query: URLSearchParams }) {
  const [version, setVersion] = useState(0);
  const alerts = useApi<{ total: number; items: AlertItem[] }>(`/api/alerts?v=${version}`);
  const [token, setToken] = useState(storedToken);
  const [name, setName] = useState(query.get('q') ?? '');
  const [q, setQ] = useState(query.get('q') ?? '');
  const [message, setMessage] = useState<string | null>(null);

  const write = async (work: () => Promise<unknown>, done: string): Promise<void> => {
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
      await work();
      setMessage(done);
      setVersion((v) => v + 1);
    } catch (error) {
      setMessage(`Gagal: ${(error as Error).message}`);
    }
  };
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void write(() => sendJson('POST', '/api/alerts', token, { name, query: q }), `Tersimpan: ${name}`);
  };
  const markSeen = (id: string): void => {
    void write(() => sendJson('POST', `/api/alerts/${encodeURIComponent(id)}/seen`, token), 'Ditandai sudah dilihat');
  };

  return (
    <div className="page">
      <PageHeader kicker="Pantauan" title="Pencarian tersimpan" />
      <Loaded resource={alerts} what="pantauan">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>Belum ada pencarian tersimpan. Artikel baru yang cocok akan dikumpulkan di sini.</Empty>
          ) : (
            <ul className="alert-list">
              {data.items.map((alert) => (
                <AlertRow key={alert.id} alert={alert} onSeen={markSeen} />
              ))}
            </ul>
          )
        }
      </Loaded>
      <form className="search-form alert-form" onSubmit={submit}>
        <h2>Simpan pencarian</h2>
        <p className="muted small">
          Hanya artikel yang disimpan setelah ini yang dicocokkan. Perlu token tulis (WARTA_TOKEN).
        </p>
        <label htmlFor="alert-name">Nama</label>
        <input id="alert-name" value={name} maxLength={200} required onChange={(e) => setName(e.target.value)} />
        <label htmlFor="alert-query">Kueri</label>
        <input id="alert-query" value={q} maxLength={1000} required onChange={(e) => setQ(e.target.value)} />
        <label htmlFor="alert-token">Token tulis</label>
        <input
          id="alert-token"
          type="password"
          value={token}
          autoComplete="off"
          onChange={(e) => setToken(e.target.value)}
        />
        <button type="submit" className="button primary">
          Simpan
        </button>
        {message && (
          <p role="status" className="alert-message">
            {message}
          </p>
        )}
      </form>
    </div>
  );
}
