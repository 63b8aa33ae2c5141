import type { Metadata } from 'next';
import Link from 'next/link';
import { LatestNewsSection } from '@/components/news/latest-news-section';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PageHeading } from '@/components/ui/page-heading';
import { cachedStructure } from '@/db/queries/published';
import { structureKindLabels } from '@/lib/enums';
import { pageMetadata } from '@/lib/metadata';
import { missingTerm } from '../../missing-term';

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the page cache until a change drops it (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  const structure = await cachedStructure(slug);
  if (!structure) return missingTerm('structure', slug);
  return structure;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const s = await load((await params).slug);
  return pageMetadata({ title: s.name, description: s.description, path: `/structures/${s.slug}` });
}

export default async function StructurePage({ params }: { params: Params }) {
  const s = await load((await params).slug);
  const trail = [
    { href: '/structures', label: 'Structures and institutions' },
    ...(s.parent ? [{ href: `/structures/${s.parent.slug}`, label: s.parent.name }] : []),
    { label: s.name },
  ];
  return (
    <>
      <Breadcrumbs trail={trail} />
      <PageHeading eyebrow={structureKindLabels[s.kind]} title={s.name} lead={s.description} />
      <div className="container-page">
        <dl className="grid gap-4 rounded border border-line bg-brand-50 p-4 sm:grid-cols-3">
          {s.headTitle ? (
            <div>
              <dt className="font-semibold">Headed by</dt>
              <dd>{s.headTitle}</dd>
            </div>
          ) : null}
          {s.parent ? (
            <div>
              <dt className="font-semibold">Part of</dt>
              <dd>
                <Link href={`/structures/${s.parent.slug}`}>{s.parent.name}</Link>
              </dd>
            </div>
          ) : null}
          {s.country ? (
            <div>
              <dt className="font-semibold">Country</dt>
              <dd>
                <Link href={`/countries/${s.country.slug}`}>{s.country.name}</Link>
              </dd>
            </div>
          ) : null}
        </dl>
        {s.children.length ? (
          <section aria-labelledby="units-heading" className="mt-8">
            <h2 id="units-heading" className="text-2xl font-semibold text-brand-900">
              Departments and units
            </h2>
            <ul className="mt-3 grid gap-1 sm:grid-cols-2">
              {s.children.map((child) => (
                <li key={child.slug}>
                  <Link href={`/structures/${child.slug}`}>{child.name}</Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <LatestNewsSection filter={{ structure: s.slug }} heading={`News issued by ${s.name}`} />
      </div>
    </>
  );
}
