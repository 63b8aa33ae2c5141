import { RichText } from '@/components/rich-text/rich-text';
import { PageHeading } from '@/components/ui/page-heading';
import type { MediaLookup } from '@/lib/media/types';
import type { RichTextDoc } from '@/lib/rich-text/types';

/** The heading, lead and body of an "About us" page: the public page and its preview in the workspace. */
export function AboutPageContent({ title, lead, body, media }: { title: string; lead: string; body: RichTextDoc; media: MediaLookup }) {
  return (
    <>
      <PageHeading title={title} lead={lead} />
      <div className="container-page">
        <RichText doc={body} media={media} className="max-w-3xl text-[1.0625rem] leading-relaxed" />
      </div>
    </>
  );
}
