import type { Metadata } from 'next';
import Link from 'next/link';
import { listEditorialPages } from '@/db/queries/editorial-pages';
import { requireUser } from '@/lib/auth/session';
import { PageForm } from '../page-form.client';
import { emptyRichText } from '@/lib/rich-text/normalize';

export const metadata: Metadata = { title: 'New page', robots: { index: false } };

export default async function NewPagePage() {
  const user = await requireUser('pages.create');
  const parents = (await listEditorialPages(user)).map(({ id, title }) => ({ id, title }));
  return (
    <div className="max-w-3xl">
      <p className="text-sm text-muted">
        <Link href="/editor/pages">Pages</Link> / New
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">New page</h1>
      <div className="mt-6">
        <PageForm parents={parents} images={[]} initialValues={{ title: '', slug: '', parentId: 0, lead: '', body: emptyRichText(), publishAt: '' }} />
      </div>
    </div>
  );
}
