import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/news/pagination';
import { inputClass } from '@/components/ui/text-field';
import { listMedia } from '@/db/queries/media';
import { requireUser } from '@/lib/auth/session';
import { can } from '@/lib/permissions';
import { MediaUploadPanel } from './media-upload-panel.client';

export const metadata: Metadata = { title: 'Media library', robots: { index: false } };

export default async function MediaLibraryPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser('media.view');
  const params = await searchParams;
  const q = typeof params.q === 'string' ? params.q.slice(0, 200) : '';
  const page = Math.max(1, Number.parseInt(typeof params.page === 'string' ? params.page : '1', 10) || 1);
  const { items, total, pageSize } = await listMedia(user, { q, page });
  const hrefFor = (n: number) => `/editor/media?${new URLSearchParams({ ...(q ? { q } : {}), page: String(n) })}`;

  return (
    <div>
      <h1 className="text-3xl font-bold text-brand-900">Media library</h1>
      <p className="mt-2 text-muted">Images for lead images and bodies. An image can be deleted only while nothing uses it.</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_20rem]">
        <section aria-labelledby="images-heading">
          <h2 id="images-heading" className="sr-only">
            Images
          </h2>
          <form role="search" className="flex flex-wrap items-end gap-3" action="/editor/media">
            <div className="grow">
              <label htmlFor="media-q" className="block font-semibold">
                Search images
              </label>
              <input id="media-q" name="q" type="search" defaultValue={q} className={inputClass} />
            </div>
            <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
              Search
            </button>
          </form>
          <p className="mt-4 text-muted" role="status">
            {total === 1 ? '1 image' : `${total} images`}
            {q ? ` matching “${q}”` : ''}
          </p>
          {items.length ? (
            <ul className="mt-4 grid grid-cols-2 gap-4 sm:grid-cols-3">
              {items.map((item) => (
                <li key={item.id} className="overflow-hidden rounded border border-line bg-white">
                  <img src={item.thumbnail.url} width={item.thumbnail.width} height={item.thumbnail.height} alt="" className="aspect-[4/3] w-full object-cover" />
                  <div className="p-2 text-sm">
                    <Link href={`/editor/media/${item.id}`} className="font-semibold">
                      {item.alt}
                    </Link>
                    <p className="text-muted">
                      {item.width} × {item.height}
                      {item.credit ? ` · ${item.credit}` : ''}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4">{q ? 'No image matches this search.' : 'No images yet. Upload the first one.'}</p>
          )}
          <Pagination page={page} pageCount={Math.ceil(total / pageSize)} hrefFor={hrefFor} />
        </section>
        {can(user.roles, 'media.manage') ? (
          <section aria-labelledby="upload-heading" className="rounded border border-line bg-brand-50 p-4">
            <h2 id="upload-heading" className="text-xl font-semibold text-brand-900">
              Upload an image
            </h2>
            <div className="mt-3">
              <MediaUploadPanel />
            </div>
          </section>
        ) : null}
      </div>
    </div>
  );
}
