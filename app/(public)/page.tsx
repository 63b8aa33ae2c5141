import Link from 'next/link';
import { NewsCardList } from '@/components/news/news-card';
import { HighlightedText } from '@/components/news/highlighted-text';
import { cachedCountries, cachedFieldsOfWork, cachedNewsPage, cachedStructures } from '@/db/queries/published';
import { newsTypeLabels } from '@/lib/enums';
import { formatDate } from '@/lib/format';
import { srcSetOf, variantUpTo } from '@/lib/media/types';
import { pageMetadata } from '@/lib/metadata';
import { siteName } from '@/lib/site';

export const metadata = {
  ...pageMetadata({
    title: siteName,
    description: 'Latest news and the work of the Organization for Security and Co-operation in Europe.',
    path: '/',
  }),
  title: { absolute: siteName },
};

export default async function HomePage() {
  const [latest, fields, structures, countries] = await Promise.all([
    cachedNewsPage({}, 1, 7),
    cachedFieldsOfWork(),
    cachedStructures(),
    cachedCountries(),
  ]);
  const [featured, ...rest] = latest.items;
  const fieldOperations = structures.filter((s) => s.kind === 'field_operation');
  const groups = [
    { label: 'Participating States', count: countries.filter((c) => c.group === 'participating_state').length, href: '/countries#participating-states' },
    { label: 'Asian Partners for Co-operation', count: countries.filter((c) => c.group === 'asian_partner').length, href: '/countries#asian-partners' },
    { label: 'Mediterranean Partners for Co-operation', count: countries.filter((c) => c.group === 'mediterranean_partner').length, href: '/countries#mediterranean-partners' },
  ];

  return (
    <>
      <h1 className="sr-only">{siteName}</h1>
      <section aria-labelledby="latest-heading" className="container-page pt-8">
        <div className="flex items-baseline justify-between">
          <h2 id="latest-heading" className="text-2xl font-bold text-brand-900">
            Latest news
          </h2>
          <Link href="/news">All news</Link>
        </div>
        {featured ? (
          <div className="mt-4 grid items-start gap-8 lg:grid-cols-[3fr_2fr]">
            <article className="overflow-hidden rounded bg-brand-800 text-white">
              {featured.image ? (
                <img
                  src={variantUpTo(featured.image, 960).url}
                  srcSet={srcSetOf(featured.image.variants)}
                  sizes="(min-width: 64rem) 36rem, 100vw"
                  width={featured.image.width}
                  height={featured.image.height}
                  // The title below says what the item is about; the picture adds nothing for a screen reader.
                  alt=""
                  fetchPriority="high"
                  className="h-auto w-full bg-brand-900"
                />
              ) : null}
              <div className="p-6 sm:p-8">
                <p className="text-sm text-white/85">
                  {newsTypeLabels[featured.type]} · <time dateTime={featured.issuedOn}>{formatDate(featured.issuedOn)}</time>
                </p>
                <h3 className="mt-2 text-2xl leading-tight font-bold sm:text-3xl">
                  <Link href={`/news/${featured.slug}`} className="text-white hover:underline">
                    {featured.title}
                  </Link>
                </h3>
                <p className="mt-3 text-lg text-white/90">
                  <HighlightedText text={featured.lead} />
                </p>
                {featured.issuedBy.length ? (
                  <p className="mt-4 text-sm text-white/85">Issued by {featured.issuedBy.map((s) => s.name).join(', ')}</p>
                ) : null}
              </div>
            </article>
            <NewsCardList items={rest.slice(0, 3)} />
          </div>
        ) : (
          <p className="mt-4">No news has been published yet.</p>
        )}
        {rest.length > 3 ? (
          <div className="mt-2 grid gap-x-8 md:grid-cols-3">
            {rest.slice(3).map((item) => (
              <NewsCardList key={item.id} items={[item]} />
            ))}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="fields-heading" className="container-page mt-12">
        <h2 id="fields-heading" className="text-2xl font-bold text-brand-900">
          Fields of work
        </h2>
        <ul className="mt-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-4">
          {fields.map((field) => (
            <li key={field.slug}>
              <Link
                href={`/fields-of-work/${field.slug}`}
                className="block h-full rounded border border-line px-4 py-3 font-semibold text-brand-800 hover:border-brand-600 hover:bg-brand-50"
              >
                {field.name}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <div className="container-page mt-12 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="operations-heading">
          <h2 id="operations-heading" className="text-2xl font-bold text-brand-900">
            Field operations
          </h2>
          <ul className="mt-4 grid gap-1 sm:grid-cols-2">
            {fieldOperations.map((s) => (
              <li key={s.slug}>
                <Link href={`/structures/${s.slug}`}>{s.name}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="countries-heading">
          <h2 id="countries-heading" className="text-2xl font-bold text-brand-900">
            Countries
          </h2>
          <ul className="mt-4 space-y-2">
            {groups.map((g) => (
              <li key={g.href}>
                <Link href={g.href}>{g.label}</Link> <span className="text-muted">({g.count})</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
