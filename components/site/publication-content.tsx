import { TermLinks } from '@/components/news/term-links';
import { MediaFigure } from '@/components/ui/media-figure';
import { documentHref, downloadLabel } from '@/lib/documents';
import { documentLanguageName, publicationTypeLabels, type DocumentLanguage, type PublicationType } from '@/lib/enums';
import { formatDate, toParagraphs } from '@/lib/format';
import type { MediaForRender } from '@/lib/media/types';

interface Term {
  slug: string;
  name: string;
}

interface PublicationFile {
  key: string;
  name: string;
  size: number;
  pages: number;
}

export interface PublicationContentProps {
  title: string;
  type: PublicationType;
  /** ISO date (YYYY-MM-DD). */
  publishedOn: string;
  summary: string;
  language: DocumentLanguage;
  structures: Term[];
  fields: Term[];
  countries: Term[];
  cover: MediaForRender | null;
  files: PublicationFile[];
}

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <dt className="font-semibold">{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The public template of a publication, from plain data: the live page and the editorial preview both use it. */
export function PublicationContent(props: PublicationContentProps) {
  const { title, type, publishedOn, summary, language, structures, fields, countries, cover, files } = props;
  return (
    <article className="container-page pt-4">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{publicationTypeLabels[type]}</p>
      <h1 className="mt-1 max-w-4xl text-3xl leading-tight font-bold text-brand-900 sm:text-4xl">{title}</h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <aside aria-label="About this publication" className="space-y-4 lg:col-start-2 lg:row-start-1">
          {cover ? <MediaFigure image={cover} alt={cover.alt} caption={cover.caption} sizes="(min-width: 64rem) 18rem, 100vw" maxWidth={640} className="max-w-xs" /> : null}
          <dl className="space-y-3 rounded border border-line bg-brand-50 p-4 text-sm">
            <Row label="Published on:">
              <time dateTime={publishedOn}>{formatDate(publishedOn)}</time>
            </Row>
            {structures.length ? (
              <Row label="Issued by:">
                <TermLinks terms={structures} base="/structures" />
              </Row>
            ) : null}
            {fields.length ? (
              <Row label="Fields of work:">
                <TermLinks terms={fields} base="/fields-of-work" />
              </Row>
            ) : null}
            {countries.length ? (
              <Row label="Countries:">
                <TermLinks terms={countries} base="/countries" />
              </Row>
            ) : null}
            <Row label="Language of the document:">{documentLanguageName(language)}</Row>
          </dl>
        </aside>
        <div className="max-w-3xl lg:col-start-1 lg:row-start-1">
          <div className="space-y-4 text-[1.0625rem] leading-relaxed">
            {toParagraphs(summary).map((paragraph, index) => (
              <p key={index}>{paragraph}</p>
            ))}
          </div>
          {files.length ? (
            <section aria-labelledby="publication-files-heading" className="mt-8">
              <h2 id="publication-files-heading" className="text-2xl font-semibold text-brand-900">
                {files.length === 1 ? 'File' : 'Files'}
              </h2>
              <ul className="mt-3 space-y-3">
                {files.map((file, index) => {
                  // The link says what it gives; the file's name, read with it, says which file.
                  const nameId = `publication-file-${index + 1}`;
                  return (
                    <li key={file.key} className="flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded border border-line p-3">
                      <span id={nameId} className="break-all text-muted">
                        {file.name}
                      </span>
                      <a
                        href={documentHref(file)}
                        type="application/pdf"
                        hrefLang={language}
                        aria-describedby={nameId}
                        className="font-semibold"
                      >
                        {downloadLabel(file)}
                      </a>
                    </li>
                  );
                })}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </article>
  );
}
