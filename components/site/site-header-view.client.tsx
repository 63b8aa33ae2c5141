'use client';

import Link from 'next/link';
import { BrandMark } from './brand-mark';
import { MegaMenu } from './mega-menu.client';
import type { PackedNavSection } from './packed-navigation';
import { SkipLink } from './skip-link';

/** Skip link, the organisation's name, site search and the mega menu (see site-shell.tsx on why it is a client component). */
export function SiteHeaderView({ sections }: { sections: PackedNavSection[] }) {
  return (
    <>
      <SkipLink />
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
    </>
  );
}
