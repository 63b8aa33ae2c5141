import type { NewsItemDetail } from '@/db/queries/news';
import { formatDate } from '@/lib/format';
import { TermLinks } from './term-links';

/** The "Issued on / Issued by / Fields of work" block of a news item. */
export function NewsMetadata({ item }: { item: NewsItemDetail }) {
  return (
    <dl className="space-y-3 rounded border border-line bg-brand-50 p-4 text-sm">
      <div>
        <dt className="font-semibold">Issued on:</dt>
        <dd>
          <time dateTime={item.issuedOn}>{formatDate(item.issuedOn)}</time>
        </dd>
      </div>
      {item.issuedBy.length ? (
        <div>
          <dt className="font-semibold">Issued by:</dt>
          <dd>
            <TermLinks terms={item.issuedBy} base="/structures" />
          </dd>
        </div>
      ) : null}
      {item.fields.length ? (
        <div>
          <dt className="font-semibold">Fields of work:</dt>
          <dd>
            <TermLinks terms={item.fields} base="/fields-of-work" />
          </dd>
        </div>
      ) : null}
      {item.countries.length ? (
        <div>
          <dt className="font-semibold">Countries:</dt>
          <dd>
            <TermLinks terms={item.countries} base="/countries" />
          </dd>
        </div>
      ) : null}
    </dl>
  );
}
