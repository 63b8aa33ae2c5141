'use client';

import { MenuBehaviour } from './menu-behaviour.client';
import { type PackedNavGroup, type PackedNavSection, unpackLink } from './packed-navigation';

/**
 * Main navigation as native disclosures (<details>/<summary>): they open and close by keyboard and work
 * without JavaScript, from the server-rendered HTML. It is a client component only so that the browser
 * receives the links as compact data (see packed-navigation.ts) rather than as a second copy of this markup.
 *
 * Its styles are named classes in globals.css (`.mega-…`) rather than utilities: five sections and 160 links
 * would repeat the same lists in every page.
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
            <details data-mega-menu>
              <summary className="mega-summary">
                {section.label}
                <span aria-hidden="true">▾</span>
              </summary>
              <div className="mega-panel">
                <div className="container-page mega-grid">
                  <p className="mega-overview">
                    <a href={section.href}>{section.label}: overview</a>
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
      <ul className={long ? 'mega-links gap-x-6 sm:columns-2' : 'mega-links'}>
        {group.links.map((packed) => {
          const link = unpackLink(group.base, packed);
          return (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
