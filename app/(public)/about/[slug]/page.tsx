import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { AboutPageContent } from '@/components/site/about-page-content';
import { cachedPage, cachedPageRedirect } from '@/db/queries/published';
import { pageMetadata } from '@/lib/metadata';

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the page cache until a change drops it (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  const page = await cachedPage(slug);
  if (page) return page;
  const moved = await cachedPageRedirect(slug);
  if (moved) permanentRedirect(`/about/${moved}`);
  notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const page = await load((await params).slug);
  return pageMetadata({ title: page.title, description: page.lead, path: `/about/${page.slug}` });
}

export default async function AboutSubPage({ params }: { params: Params }) {
  const page = await load((await params).slug);
  const trail = [
    { href: '/about', label: 'About us' },
    ...(page.parent ? [{ href: `/about/${page.parent.slug}`, label: page.parent.title }] : []),
    { label: page.title },
  ];
  return (
    <>
      <Breadcrumbs trail={trail} />
      <AboutPageContent title={page.title} lead={page.lead} body={page.body} media={page.media} />
      {page.children.length ? (
        <section aria-labelledby="children-heading" className="container-page mt-8">
          <h2 id="children-heading" className="text-2xl font-semibold text-brand-900">
            In this section
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {page.children.map((child) => (
              <li key={child.slug}>
                <Link href={`/about/${child.slug}`} className="font-semibold">
                  {child.title}
                </Link>
                <p className="text-muted">{child.lead}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
