'use client';

import { MenuBehaviour } from './menu-behaviour.client';
import type { PackedNavGroup, PackedNavSection } from './navigation';

/**
 * Main navigation as native disclosures (<details>/<summary>): they open and close by keyboard and work
 * without JavaScript, from the server-rendered HTML. It is a client component only so that the browser
 * receives the links as compact data (see packNavigation) rather than as a second copy of this markup.
 *
 * The links are plain anchors, not next/link: a Link prefetches every route that scrolls into view, and an
 * opened panel shows up to sixty of them at once. The pages behind them come from the page cache.
 */
export function MegaMenu({ sections }: { sections: PackedNavSection[] }) {
  return (
    <nav aria-label="Main" className="relative" id="main-navigation">
      <ul className="container-page grid grid-cols-2 gap-x-1 py-1 sm:flex sm:flex-wrap">
        {sections.map((section) => (
          <li key={section.href}>
            <details data-mega-menu className="group">
              <summary className="flex items-center gap-1 rounded px-2 py-1.5 font-semibold text-brand-800 hover:bg-brand-50 group-open:bg-brand-50 sm:px-3 sm:py-2">
                {section.label}
                <span aria-hidden="true" className="text-xs transition-transform group-open:rotate-180">
                  ▾
                </span>
              </summary>
              <div className="absolute right-0 left-0 z-20 max-h-[75vh] overflow-y-auto border-y border-line bg-white shadow-lg">
                <div className="container-page grid gap-6 py-5 sm:grid-cols-2 lg:grid-cols-4">
                  <p className="sm:col-span-2 lg:col-span-4">
                    <a href={section.href} className="font-semibold">
                      {section.label}: overview
                    </a>
                  </p>
                  {section.groups.map((group, index) => (
                    <MenuGroup key={index} group={group} />
                  ))}
                </div>
              </div>
            </details>
          </li>
        ))}
      </ul>
      <MenuBehaviour />
    </nav>
  );
}

/** Long lists (countries, fields of work) take two grid columns and flow into two text columns. */
function MenuGroup({ group }: { group: PackedNavGroup }) {
  const long = group.links.length > 12;
  return (
    <div className={long ? 'sm:col-span-2' : undefined}>
      {group.heading ? (
        <p className="mb-2 font-semibold">
          <a href={group.heading.href}>{group.heading.label}</a>
        </p>
      ) : null}
      {/* .mega-links styles every item in CSS: a class on each of the 160 links would be sent twice per page. */}
      <ul className={long ? 'mega-links gap-x-6 sm:columns-2' : 'mega-links'}>
        {group.links.map(([rest, label]) => (
          <li key={rest}>
            <a href={group.base + rest}>{label}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
