import type { Metadata } from 'next';
import Link from 'next/link';
import { listTerms } from '@/db/queries/taxonomy-admin';
import { requireUser } from '@/lib/auth/session';
import { taxonomyKinds, taxonomyLabels } from '@/lib/validation/taxonomy';

export const metadata: Metadata = { title: 'Taxonomy', robots: { index: false } };

export default async function TaxonomyPage() {
  const user = await requireUser('taxonomy.manage');
  const lists = await Promise.all(taxonomyKinds.map(async (kind) => ({ kind, terms: await listTerms(user, kind) })));
  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-900">Taxonomy</h1>
      <p className="mt-2 text-muted">Names, slugs and descriptions of the terms. A changed slug keeps its old address redirecting.</p>
      <div className="mt-6 grid gap-8 md:grid-cols-2">
        {lists.map(({ kind, terms }) => (
          <section key={kind} aria-labelledby={`${kind}-heading`}>
            <h2 id={`${kind}-heading`} className="text-xl font-semibold text-brand-900">
              {taxonomyLabels[kind].plural} <span className="text-base font-normal text-muted">({terms.length})</span>
            </h2>
            <ul className="mt-2 max-h-96 space-y-1 overflow-y-auto rounded border border-line p-3">
              {terms.map((term) => (
                <li key={term.id}>
                  <Link href={`/editor/taxonomy/${kind}/${term.id}`}>{term.name}</Link>{' '}
                  <span className="font-mono text-sm text-muted">{term.slug}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </div>
  );
}
