import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PreviewBanner } from '@/components/editor/preview-banner';
import { AboutPageContent } from '@/components/site/about-page-content';
import { getMediaLookup } from '@/db/queries/media';
import { getEditorialItem } from '@/db/queries/revisions';
import { requireUser } from '@/lib/auth/session';
import { mediaIdsInRichText } from '@/lib/rich-text/normalize';

export const metadata: Metadata = { title: 'Preview', robots: { index: false } };

export default async function PagePreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser('pages.view');
  const id = Number((await params).id);
  if (!Number.isInteger(id) || id <= 0) notFound();
  const data = await getEditorialItem(user, 'page', id);
  if (!data) notFound();
  const { item, revision } = data;
  const media = await getMediaLookup(mediaIdsInRichText(revision.body));
  return (
    <PreviewBanner version={item.version} status={item.status} editHref={`/editor/pages/${id}`}>
      <AboutPageContent title={revision.title} lead={revision.lead} body={revision.body} media={media} />
    </PreviewBanner>
  );
}
