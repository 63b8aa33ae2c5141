import Link from 'next/link';
import type { TermRef } from '@/db/queries/news';

/** Comma-separated links to taxonomy pages, e.g. the "Issued by" structures. */
export function TermLinks({ terms, base }: { terms: TermRef[]; base: string }) {
  return (
    <>
      {terms.map((term, index) => (
        <span key={term.slug}>
          {index > 0 ? ', ' : null}
          <Link href={`${base}/${term.slug}`}>{term.name}</Link>
        </span>
      ))}
    </>
  );
}
