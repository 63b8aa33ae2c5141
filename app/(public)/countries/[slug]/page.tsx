import type { Metadata } from 'next';
import Link from 'next/link';
import { LatestNewsSection } from '@/components/news/latest-news-section';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedCountry } from '@/db/queries/published';
import { countryGroupLabels, structureKindLabels } from '@/lib/enums';
import { pageMetadata } from '@/lib/metadata';
import { missingTerm } from '../../missing-term';

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the page cache until a change drops it (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  const country = await cachedCountry(slug);
  if (!country) return missingTerm('country', slug);
  return country;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const country = await load((await params).slug);
  return pageMetadata({ title: country.name, description: country.description, path: `/countries/${country.slug}` });
}

export default async function CountryPage({ params }: { params: Params }) {
  const country = await load((await params).slug);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/countries', label: 'Countries' }, { label: country.name }]} />
      <PageHeading eyebrow={countryGroupLabels[country.group]} title={country.name} lead={country.description} />
      <div className="container-page">
        <section aria-labelledby="presence-heading">
          <h2 id="presence-heading" className="text-2xl font-semibold text-brand-900">
            Our presence
          </h2>
          {country.structures.length ? (
            <ul className="mt-3 space-y-1">
              {country.structures.map((s) => (
                <li key={s.slug}>
                  <Link href={`/structures/${s.slug}`}>{s.name}</Link>{' '}
                  <span className="text-muted">({structureKindLabels[s.kind]})</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-muted">There is no field operation or institution based in {country.name}.</p>
          )}
        </section>
        <LatestNewsSection filter={{ country: country.slug }} heading={`News about ${country.name}`} />
      </div>
    </>
  );
}
