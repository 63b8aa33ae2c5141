import Link from 'next/link';
import { TermLinks } from '@/components/news/term-links';
import { RichText } from '@/components/rich-text/rich-text';
import { eventStatusLabels, type EventStatus } from '@/lib/enums';
import { formatEventRange } from '@/lib/event-time';
import type { MediaLookup } from '@/lib/media/types';
import type { RichTextDoc } from '@/lib/rich-text/types';

interface Term {
  slug: string;
  name: string;
}

/** What a page shows of an event: the live one, or a working copy in the editorial preview. */
export interface EventContentProps {
  title: string;
  lead: string;
  body: RichTextDoc;
  media: MediaLookup;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venue: string;
  city: string;
  country: Term | null;
  online: boolean;
  series: Term | null;
  eventStatus: EventStatus;
  structures: Term[];
  fields: Term[];
  publications: { title: string; slug: string }[];
  /** The event's .ics file; a preview of a working copy has none yet. */
  calendarHref?: string | null;
}

/** What a status other than "scheduled" means for a visitor. */
const statusNotices: Record<Exclude<EventStatus, 'scheduled'>, string> = {
  postponed: 'This event has been postponed. Its dates may change.',
  cancelled: 'This event has been cancelled.',
  moved_online: 'This event has been moved online.',
};

type Place = Pick<EventContentProps, 'venue' | 'city' | 'country' | 'online' | 'eventStatus'>;

const isOnline = (event: Place) => event.online || event.eventStatus === 'moved_online';

/** "Hofburg, Vienna, Austria" with the country linked, or "Online". */
function EventPlace({ event, linkCountry = true }: { event: Place; linkCountry?: boolean }) {
  if (isOnline(event)) return <>Online</>;
  const text = [event.venue, event.city].filter(Boolean).join(', ');
  if (!event.country) return <>{text}</>;
  return (
    <>
      {text ? `${text}, ` : null}
      {linkCountry ? <Link href={`/countries/${event.country.slug}`}>{event.country.name}</Link> : event.country.name}
    </>
  );
}

function StatusNotice({ status }: { status: EventStatus }) {
  if (status === 'scheduled') return null;
  return (
    <p className="mt-4 max-w-3xl rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-ink">
      <strong>{eventStatusLabels[status]}:</strong> {statusNotices[status]}
    </p>
  );
}

/** The public template of an event: the heading, when and where, its terms, body and publications. */
export function EventContent(event: EventContentProps) {
  const { title, lead, body, media, startsAt, endsAt, timeZone, series, structures, fields, publications, calendarHref } = event;
  return (
    <article className="container-page pt-4">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Event</p>
      <h1 className="mt-1 max-w-4xl text-3xl leading-tight font-bold text-brand-900 sm:text-4xl">{title}</h1>
      <StatusNotice status={event.eventStatus} />
      {lead ? <p className="mt-4 max-w-3xl text-lg leading-relaxed text-ink">{lead}</p> : null}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <aside aria-label="About this event" className="lg:col-start-2 lg:row-start-1">
          <dl className="space-y-3 rounded border border-line bg-brand-50 p-4 text-sm">
            <div>
              <dt className="font-semibold">When:</dt>
              <dd>
                <time dateTime={startsAt.toISOString()}>{formatEventRange(startsAt, endsAt, timeZone)}</time>
              </dd>
            </div>
            {isOnline(event) || event.venue || event.city || event.country ? (
              <div>
                <dt className="font-semibold">Where:</dt>
                <dd>
                  <EventPlace event={event} />
                </dd>
              </div>
            ) : null}
            {series ? (
              <div>
                <dt className="font-semibold">Meeting series:</dt>
                <dd>
                  <Link href={`/meetings/${series.slug}`}>{series.name}</Link>
                </dd>
              </div>
            ) : null}
            {structures.length ? (
              <div>
                <dt className="font-semibold">Organised by:</dt>
                <dd>
                  <TermLinks terms={structures} base="/structures" />
                </dd>
              </div>
            ) : null}
            {fields.length ? (
              <div>
                <dt className="font-semibold">Fields of work:</dt>
                <dd>
                  <TermLinks terms={fields} base="/fields-of-work" />
                </dd>
              </div>
            ) : null}
          </dl>
          {calendarHref ? (
            <p className="mt-4">
              {/* A plain link: the file is a download, not a page for the client-side router. */}
              <a href={calendarHref} type="text/calendar" className="font-semibold">
                Add to calendar<span className="font-normal text-muted"> (.ics file)</span>
              </a>
            </p>
          ) : null}
        </aside>
        <div className="max-w-3xl lg:col-start-1 lg:row-start-1">
          <RichText doc={body} media={media} className="text-[1.0625rem] leading-relaxed" />
          {publications.length ? (
            <section aria-labelledby="event-publications-heading" className="mt-8">
              <h2 id="event-publications-heading" className="text-2xl font-semibold text-brand-900">
                Publications
              </h2>
              <ul className="mt-3 list-disc space-y-1 pl-5">
                {publications.map((p) => (
                  <li key={p.slug}>
                    <Link href={`/publications/${p.slug}`}>{p.title}</Link>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      </div>
    </article>
  );
}

/** An event in a listing: /events and a meeting series' page. */
export interface EventSummary extends Place {
  id: number;
  slug: string;
  title: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  series: Term | null;
}

/** Events as a list of links with their dates, place and status; `headingLevel` fits the page's outline. */
export function EventList({ items, headingLevel = 3, showSeries = true }: { items: EventSummary[]; headingLevel?: 2 | 3; showSeries?: boolean }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <ul className="mt-3 divide-y divide-line border-y border-line">
      {items.map((item) => (
        <li key={item.id} className="py-4">
          <article>
            <Heading className="text-lg font-semibold">
              <Link href={`/events/${item.slug}`} className="text-brand-800">
                {item.title}
              </Link>
            </Heading>
            <p className="mt-1 text-sm text-muted">
              <time dateTime={item.startsAt.toISOString()}>{formatEventRange(item.startsAt, item.endsAt, item.timeZone)}</time>
              {' · '}
              <EventPlace event={item} linkCountry={false} />
              {showSeries && item.series ? <> · {item.series.name}</> : null}
            </p>
            {item.eventStatus !== 'scheduled' ? (
              <p className="mt-1 text-sm">
                <strong className="rounded bg-amber-50 px-1.5 py-0.5 text-ink ring-1 ring-amber-600">{eventStatusLabels[item.eventStatus]}</strong>
              </p>
            ) : null}
          </article>
        </li>
      ))}
    </ul>
  );
}
