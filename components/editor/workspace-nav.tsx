'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

export interface WorkspaceNavItem {
  href: string;
  label: string;
}

function isCurrent(pathname: string, href: string): boolean {
  return href === '/editor' ? pathname === '/editor' : pathname === href || pathname.startsWith(`${href}/`);
}

/** The workspace sections the user's roles open; the current one is marked for assistive technology too. */
export function WorkspaceNav({ items }: { items: WorkspaceNavItem[] }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Workspace" className="border-b border-line bg-brand-50">
      <ul className="container-page flex flex-wrap gap-x-1 gap-y-1 py-1">
        {items.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? 'page' : undefined}
                className={`link-plain block rounded px-3 py-2 font-semibold ${
                  current ? 'bg-white text-brand-900 underline decoration-2 underline-offset-4' : 'text-brand-700 hover:bg-white'
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
