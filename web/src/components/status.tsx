import type { ReactNode } from 'react';
import type { Resource } from '../api/use-api.ts';

export function Loading({ what = 'data' }: { what?: string }) {
  return (
    <p className="status" role="status">
      Memuat {what}…
    </p>
  );
}

export function ErrorMessage({ error }: { error: Error }) {
  const notFound = 'status' in error && error.status === 404;
  return (
    <div className="status status-error" role="alert">
      <strong>{notFound ? 'Tidak ditemukan.' : 'Gagal memuat.'}</strong> {error.message}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <p className="empty">{children}</p>;
}

/** Renders the data once it is there, and a calm line while it loads or when it failed. */
export function Loaded<T>({
  resource,
  what,
  children,
}: {
  resource: Resource<T>;
  what?: string;
  children: (data: T) => ReactNode;
}) {
  if (resource.state === 'loading') return <Loading {...(what ? { what } : {})} />;
  if (resource.state === 'error') return <ErrorMessage error={resource.error} />;
  return <>{children(resource.data)}</>;
}
