import Link from 'next/link';
import {
  cachedCountries,
  cachedFieldsOfWork,
  cachedMeetingSeries,
  cachedPages,
  cachedStructures,
} from '@/db/queries/published';
import { MegaMenu } from './mega-menu';
import { buildNavigation } from './navigation';
import { BrandMark } from '@/components/site/brand-mark';

export async function SiteHeader() {
  const [fields, meetings, countries, structures, pages] = await Promise.all([
    cachedFieldsOfWork(),
    cachedMeetingSeries(),
    cachedCountries(),
    cachedStructures(),
    cachedPages(),
  ]);
  const sections = buildNavigation({ fields, meetings, countries, structures, pages });

  return (
    <header className="border-b border-line bg-white">
      <div className="bg-brand-900 text-white">
        <div className="container-page flex flex-wrap items-center justify-between gap-3 py-3">
          <Link href="/" className="link-plain flex items-center gap-3 text-white">
            <BrandMark />
            <span className="max-w-[16rem] text-sm leading-tight font-semibold sm:max-w-none sm:text-base">
              Organization for Security and Co-operation in Europe
            </span>
          </Link>
          <form action="/search" method="get" role="search" aria-label="Site" className="flex w-full gap-2 sm:w-auto">
            <label htmlFor="site-search" className="sr-only">
              Search the site
            </label>
            <input
              id="site-search"
              name="q"
              type="search"
              maxLength={200}
              placeholder="Search"
              className="min-w-0 flex-1 rounded border border-white/70 bg-white px-3 py-1.5 text-ink sm:w-56"
            />
            <button type="submit" className="rounded bg-white px-3 py-1.5 font-semibold text-brand-900 hover:bg-brand-100">
              Search
            </button>
          </form>
        </div>
      </div>
      <MegaMenu sections={sections} />
    </header>
  );
}
