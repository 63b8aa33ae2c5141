import type { Metadata } from 'next';
import Link from 'next/link';
import { contentKindInfo } from '@/lib/content-kinds';
import { notFound } from 'next/navigation';
import { getMediaItem } from '@/db/queries/media';
import { requireUser } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format';
import { srcSetOf } from '@/lib/media/types';
import { can } from '@/lib/permissions';
import { DeleteMediaButton, MediaDetailsForm } from './media-forms.client';

export const metadata: Metadata = { title: 'Image', robots: { index: false } };

export default async function MediaItemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser('media.view');
  const id = Number((await params).id);
  const item = Number.isInteger(id) && id > 0 ? await getMediaItem(user, id) : null;
  if (!item) notFound();
  const largest = item.variants.at(-1)!;
  const manage = can(user.roles, 'media.manage');

  return (
    <div>
      <p>
        <Link href="/editor/media">Media library</Link>
      </p>
      <h1 className="mt-2 text-3xl font-bold text-brand-900">{item.alt}</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-2">
        <figure>
          <img
            src={largest.url}
            srcSet={srcSetOf(item.variants)}
            sizes="(min-width: 64rem) 40vw, 100vw"
            width={largest.width}
            height={largest.height}
            alt={item.alt}
            className="h-auto w-full rounded border border-line"
          />
          <figcaption className="mt-2 text-sm text-muted">
            {item.width} × {item.height} pixels{item.originalName ? `, uploaded as ${item.originalName}` : ''}, {formatDateTime(item.createdAt)}.
          </figcaption>
        </figure>
        <div className="space-y-8">
          {manage ? (
            <MediaDetailsForm id={item.id} initialValues={{ alt: item.alt, caption: item.caption, credit: item.credit }} />
          ) : (
            <dl>
              <dt className="font-semibold">Caption</dt>
              <dd>{item.caption || '—'}</dd>
              <dt className="mt-2 font-semibold">Credit</dt>
              <dd>{item.credit || '—'}</dd>
            </dl>
          )}
          <section aria-labelledby="usage-heading">
            <h2 id="usage-heading" className="text-xl font-semibold text-brand-900">
              Where it is used
            </h2>
            {item.usage.length ? (
              <ul className="mt-2 list-disc pl-6">
                {item.usage.map((use) => (
                  <li key={`${use.kind}-${use.id}`}>
                    {contentKindInfo[use.kind].singular} <Link href={use.href}>{use.title}</Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2">Nothing uses this image.</p>
            )}
          </section>
          {manage ? <DeleteMediaButton id={item.id} /> : null}
        </div>
      </div>
    </div>
  );
}
