import type { Metadata } from 'next';

interface PageMetadataInput {
  title: string;
  description?: string;
  /** Site-relative canonical path, e.g. "/news". */
  path: string;
  type?: 'website' | 'article';
}

/** Title, description, canonical URL and Open Graph tags for a public page. */
export function pageMetadata({ title, description, path, type = 'website' }: PageMetadataInput): Metadata {
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title, description, url: path, type },
  };
}
