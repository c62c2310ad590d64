import { type ReactNode, useEffect, useId } from 'react';

/** A titled region of a page; the heading names it for assistive technology. */
export function Section({
  title,
  count,
  actions,
  className,
  children,
}: {
  title: string;
  count?: number;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <section aria-labelledby={id} className={`section ${className ?? ''}`}>
      <div className="section-head">
        <h2 id={id}>
          {title}
          {count !== undefined && <span className="count">{count}</span>}
        </h2>
        {actions}
      </div>
      {children}
    </section>
  );
}

/** The page's heading; it also names the browser tab, so history and tabs read well. */
export function PageHeader({
  kicker,
  title,
  pageTitle,
  children,
}: {
  kicker: string;
  title: ReactNode;
  /** The tab title when `title` is not plain text. */
  pageTitle?: string;
  children?: ReactNode;
}) {
  const tabTitle = pageTitle ?? (typeof title === 'string' ? title : kicker);
  useEffect(() => {
    document.title = `${tabTitle} · Warta`;
  }, [tabTitle]);
  return (
    <header className="page-header">
      <p className="kicker">{kicker}</p>
      <h1>{title}</h1>
      {children && <div className="page-meta">{children}</div>}
    </header>
  );
}
