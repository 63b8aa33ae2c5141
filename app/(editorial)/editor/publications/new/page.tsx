import type { Metadata } from 'next';
import Link from 'next/link';
import { getChoices } from '@/db/queries/editorial-choices';
import { requireUser } from '@/lib/auth/session';
import { emptyPublication } from '@/lib/validation/publication';
import { PublicationForm } from '../publication-form.client';

export const metadata: Metadata = { title: 'New publication', robots: { index: false } };

export default async function NewPublicationPage() {
  const user = await requireUser('publications.create');
  const choices = await getChoices(user, 'publication');
  return (
    <div className="max-w-5xl">
      <p className="text-sm text-muted">
        <Link href="/editor/publications">Publications</Link> / New
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">New publication</h1>
      <div className="mt-6">
        <PublicationForm images={[]} files={[]} initialValues={emptyPublication(new Date().toISOString().slice(0, 10))} choices={choices} />
      </div>
    </div>
  );
}
