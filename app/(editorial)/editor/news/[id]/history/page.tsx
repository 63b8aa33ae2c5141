import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TextDiff } from '@/components/editor/text-diff';
import { getEditorialNewsItem, getPreview, getRevisionForDiff, listRevisions } from '@/db/queries/editorial-news';
import type { NewsItemDetail } from '@/db/queries/news';
import { requireUser } from '@/lib/auth/session';
import { newsTypeLabels } from '@/lib/enums';
import { formatDateTime } from '@/lib/format';
import { richTextToReadableText } from '@/lib/rich-text/text';
import type { RichTextDoc } from '@/lib/rich-text/types';
import { RestoreButton } from './restore-button.client';

export const metadata: Metadata = { title: 'History', robots: { index: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function HistoryPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const user = await requireUser('news.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialNewsItem(user, id);
  if (!data) notFound();
  const revisions = await listRevisions(user, id);
  const numbers = revisions.map((r) => r.number);
  const query = await searchParams;
  const pick = (value: unknown, fallback: number) => {
    const n = Number(value);
    return numbers.includes(n) ? n : fallback;
  };
  const latest = data.item.version;
  const b = pick(query.b, latest);
  const a = pick(query.a, Math.max(1, b - 1));
  const [before, after] = await Promise.all([getRevisionForDiff(user, id, a), getRevisionForDiff(user, id, b)]);
  const [beforeView, afterView] = await Promise.all([
    before ? getPreview(user, before) : null,
    after ? getPreview(user, after) : null,
  ]);
  const names = (list: { name: string }[] | undefined) => (list ?? []).map((t) => t.name).join(', ');
  // Images are told apart by their library entry, so swapping one for another shows even with the same alt text.
  const describe = (view: NewsItemDetail) => (mediaId: number) => `library image ${mediaId}${view.media.get(mediaId) ? '' : ', deleted'}`;
  const body = (revision: { body: RichTextDoc }, view: NewsItemDetail) => richTextToReadableText(revision.body, describe(view));
  const image = (view: NewsItemDetail) => (view.image ? `${view.image.alt} (library image ${view.image.id})` : 'No image');
  const rows: [string, string, string][] =
    before && after && beforeView && afterView
      ? [
          ['Title', before.title, after.title],
          ['Slug', before.slug, after.slug],
          ['Type', newsTypeLabels[before.type], newsTypeLabels[after.type]],
          ['Issued on', before.issuedOn, after.issuedOn],
          ['Publish at', before.publishAt ? formatDateTime(before.publishAt) : '', after.publishAt ? formatDateTime(after.publishAt) : ''],
          ['Lead', before.lead, after.lead],
          ['Image', image(beforeView), image(afterView)],
          ['Body', body(before, beforeView), body(after, afterView)],
          ['Issued by', names(beforeView.issuedBy), names(afterView.issuedBy)],
          ['Fields of work', names(beforeView.fields), names(afterView.fields)],
          ['Countries', names(beforeView.countries), names(afterView.countries)],
        ]
      : [];

  return (
    <div>
      <p className="text-sm text-muted">
        <Link href={`/editor/news/${id}`}>Back to editing</Link>
      </p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900">History: {data.revision.title}</h1>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3" aria-label="Choose revisions to compare">
        {(
          [
            ['a', 'Compare revision', a],
            ['b', 'with revision', b],
          ] as const
        ).map(([name, label, value]) => (
          <div key={name}>
            <label htmlFor={`rev-${name}`} className="block text-sm font-semibold">
              {label}
            </label>
            <select id={`rev-${name}`} name={name} defaultValue={value} className="rounded border border-muted/70 px-2 py-1.5">
              {numbers.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        ))}
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 font-semibold text-brand-800">
          Compare
        </button>
      </form>
      <section aria-labelledby="diff-heading" className="mt-6">
        <h2 id="diff-heading" className="text-xl font-semibold">
          Changes from revision {a} to revision {b}
        </h2>
        <dl className="mt-3 divide-y divide-line rounded border border-line">
          {rows.map(([label, x, y]) => (
            <div key={label} className="grid gap-2 p-3 sm:grid-cols-[10rem_1fr]">
              <dt className="font-semibold">{label}</dt>
              <dd>
                <TextDiff before={x} after={y} />
              </dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="revisions-heading" className="mt-8">
        <h2 id="revisions-heading" className="text-xl font-semibold">
          Revisions
        </h2>
        <ol className="mt-3 space-y-2">
          {revisions.map((r) => (
            <li key={r.number} className="flex flex-wrap items-center gap-3 border-b border-line pb-2">
              <span className="font-semibold">Revision {r.number}</span>
              <span className="text-sm text-muted">
                {formatDateTime(r.createdAt)}
                {r.author ? ` by ${r.author}` : ''} — {r.title}
              </span>
              {r.number === latest ? (
                <span className="text-sm">(current working copy)</span>
              ) : (
                <RestoreButton id={id} version={latest} number={r.number} />
              )}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
