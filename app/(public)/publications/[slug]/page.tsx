import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { Breadcrumbs } from '@/components/site/breadcrumbs';
import { PublicationContent } from '@/components/site/publication-content';
import { cachedPublication } from '@/db/queries/published-publications';
import { pageMetadata } from '@/lib/metadata';

type Params = Promise<{ slug: string }>;

// Rendered on first request, then served from the page cache until a change drops it (see the layout).
export function generateStaticParams(): { slug: string }[] {
  return [];
}

async function load(slug: string) {
  const result = await cachedPublication(slug);
  if (result.kind === 'moved') permanentRedirect(`/publications/${result.slug}`);
  if (result.kind === 'missing') notFound();
  return result.publication;
}

/** The summary's opening, cut at a word, for the description that search engines and shares show. */
function description(summary: string): string {
  const text = summary.replace(/\s+/g, ' ').trim();
  return text.length > 200 ? `${text.slice(0, 200).replace(/\s+\S*$/, '')}…` : text;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const publication = await load((await params).slug);
  const base = pageMetadata({ title: publication.title, description: description(publication.summary), path: `/publications/${publication.slug}` });
  const share = publication.cover?.shareImage;
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      images: share
        ? [{ url: share.url, width: share.width, height: share.height, alt: publication.cover!.alt, type: share.contentType }]
        : undefined,
    },
  };
}

export default async function PublicationPage({ params }: { params: Params }) {
  const publication = await load((await params).slug);
  return (
    <>
      <Breadcrumbs trail={[{ href: '/publications', label: 'Publications' }, { label: publication.title }]} />
      <PublicationContent
        title={publication.title}
        type={publication.type}
        publishedOn={publication.publishedOn}
        summary={publication.summary}
        language={publication.language}
        structures={publication.structures}
        fields={publication.fields}
        countries={publication.countries}
        cover={publication.cover}
        files={publication.files}
      />
      <p className="container-page mt-8">
        <Link href="/publications">All publications</Link>
      </p>
    </>
  );
}
