import type { Metadata } from 'next';
import Link from 'next/link';
import { getTermOptions } from '@/db/queries/editorial-news';
import { requireUser } from '@/lib/auth/session';
import { emptyNewsItem } from '@/lib/validation/news-item';
import { NewsItemForm } from '../news-item-form.client';

export const metadata: Metadata = { title: 'New news item', robots: { index: false } };

export default async function NewNewsItemPage() {
  const user = await requireUser('news.create');
  const terms = await getTermOptions(user);
  return (
    <div className="max-w-5xl">
      <p className="text-sm text-muted">
        <Link href="/editor/news">News items</Link> / New
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">New news item</h1>
      <div className="mt-6">
        <NewsItemForm terms={terms} images={[]} initialValues={emptyNewsItem(new Date().toISOString().slice(0, 10))} />
      </div>
    </div>
  );
}
