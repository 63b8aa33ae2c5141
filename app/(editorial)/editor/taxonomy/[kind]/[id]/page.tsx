import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTerm, listTerms } from '@/db/queries/taxonomy-admin';
import { requireUser } from '@/lib/auth/session';
import { taxonomyKinds, taxonomyLabels, type TaxonomyKind } from '@/lib/validation/taxonomy';
import { TermForm } from './term-form.client';

export const metadata: Metadata = { title: 'Edit term', robots: { index: false } };

export default async function EditTermPage({ params }: { params: Promise<{ kind: string; id: string }> }) {
  const user = await requireUser('taxonomy.manage');
  const { kind: rawKind, id: rawId } = await params;
  if (!(taxonomyKinds as readonly string[]).includes(rawKind)) notFound();
  const kind = rawKind as TaxonomyKind;
  const id = Number(rawId);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const term = await getTerm(user, kind, id);
  if (!term) notFound();
  const parents = kind === 'structure' ? (await listTerms(user, 'structure')).filter((s) => s.id !== id) : [];
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-muted">
        <Link href="/editor/taxonomy">Taxonomy</Link> / {taxonomyLabels[kind].plural}
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">{term.name}</h1>
      <p className="mt-2">
        <Link href={`${taxonomyLabels[kind].base}/${term.slug}`}>View the public page</Link>
      </p>
      <div className="mt-6">
        <TermForm
          kind={kind}
          id={id}
          parents={parents}
          initialValues={{ name: term.name, slug: term.slug, description: term.description, parentId: term.parentId }}
        />
      </div>
    </div>
  );
}
