interface PaginationProps {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}

/**
 * Previous/next plus a window of page numbers around the current one, and the first and last pages.
 * Plain links, loaded as documents: `/news?page=N` is served by another route than `/news` (next.config.js
 * rewrites), which the client-side router, keying its cache by path, would confuse with the cached first page.
 */
export function Pagination({ page, pageCount, hrefFor }: PaginationProps) {
  if (pageCount <= 1) return null;
  const numbers = new Set([1, pageCount, page - 2, page - 1, page, page + 1, page + 2]);
  const shown = [...numbers].filter((n) => n >= 1 && n <= pageCount).sort((a, b) => a - b);
  const item = 'inline-flex min-w-10 justify-center rounded border border-line px-3 py-1.5';

  return (
    <nav aria-label="Pagination" className="mt-8">
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <a href={hrefFor(page - 1)} className={item} rel="prev">
              Previous<span className="sr-only"> page</span>
            </a>
          </li>
        ) : null}
        {shown.map((n, index) => (
          <li key={n} className="flex items-center gap-2">
            {index > 0 && n - shown[index - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
            {n === page ? (
              <span aria-current="page" className={`${item} border-brand-700 bg-brand-700 font-semibold text-white`}>
                <span className="sr-only">Page </span>
                {n}
              </span>
            ) : (
              <a href={hrefFor(n)} className={item}>
                <span className="sr-only">Page </span>
                {n}
              </a>
            )}
          </li>
        ))}
        {page < pageCount ? (
          <li>
            <a href={hrefFor(page + 1)} className={item} rel="next">
              Next<span className="sr-only"> page</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
