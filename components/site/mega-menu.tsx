import Link from 'next/link';
import { MenuBehaviour } from './menu-behaviour.client';
import type { NavSection } from './navigation';

/**
 * Main navigation as native disclosures (<details>/<summary>): they open and close by keyboard and work
 * without JavaScript. The small client script only closes the other panels, and closes on Escape.
 */
export function MegaMenu({ sections }: { sections: NavSection[] }) {
  return (
    <nav aria-label="Main" className="relative" id="main-navigation">
      <ul className="container-page grid grid-cols-2 gap-x-1 py-1 sm:flex sm:flex-wrap">
        {sections.map((section) => (
          <li key={section.id}>
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
                    <Link href={section.href} className="font-semibold">
                      {section.label}: overview
                    </Link>
                  </p>
                  {section.groups.map((group, index) => (
                    <div
                      key={group.heading?.href ?? index}
                      className={group.links.length > 12 ? 'sm:col-span-2' : undefined}
                    >
                      {group.heading ? (
                        <p className="mb-2 font-semibold">
                          <Link href={group.heading.href}>{group.heading.label}</Link>
                        </p>
                      ) : null}
                      <ul className={group.links.length > 12 ? 'gap-x-6 sm:columns-2' : undefined}>
                        {group.links.map((link) => (
                          <li key={link.href} className="break-inside-avoid py-0.5">
                            <Link href={link.href} className="text-brand-700 hover:underline">
                              {link.label}
                            </Link>
                          </li>
                        ))}
                      </ul>
                    </div>
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
