import type { NewsItemDetail } from '@/db/queries/news';
import { RichText } from '@/components/rich-text/rich-text';
import { newsTypeLabels } from '@/lib/enums';
import { LeadImage } from './lead-image';
import { NewsMetadata } from './news-metadata';

/** The public template of a news item: used by the live page and by the editorial preview. */
export function NewsArticle({ item }: { item: NewsItemDetail }) {
  return (
    <article className="container-page pt-4">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{newsTypeLabels[item.type]}</p>
      <h1 className="mt-1 max-w-4xl text-3xl leading-tight font-bold text-brand-900 sm:text-4xl">{item.title}</h1>
      <p className="mt-4 max-w-3xl text-lg leading-relaxed text-ink">{item.lead}</p>
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <aside aria-label="About this news item" className="lg:col-start-2 lg:row-start-1">
          <NewsMetadata item={item} />
        </aside>
        <div className="max-w-3xl lg:col-start-1 lg:row-start-1">
          {item.image ? <LeadImage image={item.image} /> : null}
          <RichText doc={item.body} media={item.media} className={`text-[1.0625rem] leading-relaxed ${item.image ? 'mt-6' : ''}`} />
        </div>
      </div>
    </article>
  );
}
