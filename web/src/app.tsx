import { type FormEvent, useEffect, useRef } from 'react';
import { AlertsPage } from './pages/alerts-page.tsx';
import { ClaimsPage } from './pages/claims-page.tsx';
import { DocumentPage } from './pages/document/document-page.tsx';
import { EntitiesPage } from './pages/entities-page.tsx';
import { EntityPage } from './pages/entity-page.tsx';
import { EventPage } from './pages/event/event-page.tsx';
import { EventsPage } from './pages/events-page.tsx';
import { HomePage } from './pages/home-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { SearchPage } from './pages/search-page.tsx';
import { StorylinePage } from './pages/storyline-page.tsx';
import { StorylinesPage } from './pages/storylines-page.tsx';
import { href, navigate, type Route, useRoute } from './router.ts';

const NAV: { section: string; label: string }[] = [
  { section: '', label: 'Ringkasan' },
  { section: 'search', label: 'Cari' },
  { section: 'storylines', label: 'Alur berita' },
  { section: 'events', label: 'Peristiwa' },
  { section: 'entities', label: 'Entitas' },
  { section: 'claims', label: 'Klaim angka' },
  { section: 'alerts', label: 'Pantauan' },
];

const SECTION_OF: Record<string, string> = { documents: 'search' };

function Page({ route }: { route: Route }) {
  const [section = '', id] = route.path;
  if (section === '' && !id) return <HomePage />;
  if (section === 'search' && !id) return <SearchPage query={route.query} />;
  if (section === 'documents' && id) return <DocumentPage id={id} />;
  if (section === 'events') return id ? <EventPage id={id} /> : <EventsPage />;
  if (section === 'storylines')
    return id ? <StorylinePage id={id} /> : <StorylinesPage query={route.query} />;
  if (section === 'entities') return id ? <EntityPage id={id} /> : <EntitiesPage query={route.query} />;
  if (section === 'claims' && !id) return <ClaimsPage />;
  if (section === 'alerts' && !id) return <AlertsPage query={route.query} />;
  return <NotFoundPage />;
}

function QuickSearch() {
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const q = new FormData(event.currentTarget).get('q');
    if (typeof q === 'string' && q.trim()) navigate(href('search', { q: q.trim() }));
  };
  return (
    <search className="quick-search">
      <form onSubmit={submit}>
        <label htmlFor="quick-q" className="visually-hidden">
          Cari berita
        </label>
        <input
          id="quick-q"
          name="q"
          type="search"
          placeholder="Cari berita…"
          maxLength={500}
          autoComplete="off"
        />
      </form>
    </search>
  );
}

export function App() {
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  const pathKey = route.path.join('/');
  const shownPath = useRef(pathKey);
  const section = SECTION_OF[route.path[0] ?? ''] ?? route.path[0] ?? '';

  useEffect(() => {
    if (shownPath.current === pathKey) return;
    shownPath.current = pathKey;
    window.scrollTo(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathKey]);

  // The hash carries the route, so the skip link is a button that moves focus instead of a #main link.
  const skipToMain = (): void => main.current?.focus();

  return (
    <>
      <button type="button" className="skip-link" onClick={skipToMain}>
        Langsung ke isi
      </button>
      <header className="site-header">
        <div className="site-header-inner">
          <a className="brand" href={href()}>
            Warta
          </a>
          <nav aria-label="Utama">
            <ul className="nav">
              {NAV.map((item) => (
                <li key={item.section}>
                  <a
                    href={href(...(item.section ? [item.section] : []))}
                    aria-current={section === item.section ? 'page' : undefined}
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {section !== 'search' && section !== '' && <QuickSearch />}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer className="site-footer">
        <p>
          Warta · data dari <a href="api/openapi.json">API JSON</a>
        </p>
      </footer>
    </>
  );
}
