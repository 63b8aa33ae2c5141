'use client';

import Link from 'next/link';

const columns = [
  {
    heading: 'Our work',
    links: [
      { href: '/news', label: 'News' },
      { href: '/fields-of-work', label: 'Fields of work' },
      { href: '/meetings', label: 'Meetings and conferences' },
    ],
  },
  {
    heading: 'Where we work',
    links: [
      { href: '/countries', label: 'Countries' },
      { href: '/structures', label: 'Structures and institutions' },
      { href: '/structures#field-operations', label: 'Field operations' },
    ],
  },
  {
    heading: 'About us',
    links: [
      { href: '/about', label: 'About the Organization' },
      { href: '/about/employment', label: 'Employment' },
      { href: '/feed.xml', label: 'News feed (RSS)' },
    ],
  },
];

export function SiteFooter() {
  return (
    <footer className="mt-16 bg-brand-900 text-white">
      <div className="container-page grid gap-8 py-10 sm:grid-cols-3">
        {columns.map((column) => (
          <div key={column.heading}>
            <h2 className="mb-3 text-base font-semibold">{column.heading}</h2>
            <ul className="space-y-1">
              {column.links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-white underline-offset-2 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
      <div className="border-t border-white/20">
        <p className="container-page py-4 text-sm text-white/85">
          Organization for Security and Co-operation in Europe · Wallnerstrasse 6, 1010 Vienna, Austria
        </p>
      </div>
    </footer>
  );
}
