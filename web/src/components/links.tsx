import type { ReactNode } from 'react';
import { safeHttpUrl } from '../lib/safe-url.ts';
import { href } from '../router.ts';

export function DocumentLink({
  id,
  title,
  children,
}: {
  id: string;
  title?: string | null;
  children?: ReactNode;
}) {
  return <a href={href('documents', id)}>{children ?? (title || <em>(tanpa judul)</em>)}</a>;
}

export function EntityLink({ id, name }: { id: string | null; name: string }) {
  return id ? <a href={href('entities', id)}>{name}</a> : <span>{name}</span>;
}

/** A link out of the app, only for http(s) addresses; anything else is shown as plain text. */
export function ExternalLink({ url, children }: { url: string | null | undefined; children?: ReactNode }) {
  const safe = safeHttpUrl(url);
  if (!safe) return url ? <span className="mono">{url}</span> : null;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer nofollow" className="external">
      {children ?? safe}
    </a>
  );
}
