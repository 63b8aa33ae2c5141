import Link from 'next/link';

export interface Crumb {
  href?: string;
  label: string;
}

/** Trail from the home page; the last crumb is the current page. */
export function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const all: Crumb[] = [{ href: '/', label: 'Home' }, ...trail];
  return (
    <nav aria-label="Breadcrumb" className="container-page pt-5 text-sm">
      <ol className="flex flex-wrap gap-x-2 text-muted">
        {all.map((crumb, index) => {
          const last = index === all.length - 1;
          return (
            <li key={`${crumb.label}-${index}`} className="flex items-center gap-2">
              {last || !crumb.href ? (
                <span aria-current={last ? 'page' : undefined}>{crumb.label}</span>
              ) : (
                <Link href={crumb.href}>{crumb.label}</Link>
              )}
              {last ? null : <span aria-hidden="true">/</span>}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
