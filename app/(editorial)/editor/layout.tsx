import type { Metadata } from 'next';
import Link from 'next/link';
import { SignOutButton } from '@/components/editor/sign-out-button';
import { WorkspaceNav, type WorkspaceNavItem } from '@/components/editor/workspace-nav';
import { requireUser } from '@/lib/auth/session';
import { can, type Action } from '@/lib/permissions';
import { formatRoles } from '@/lib/role-labels';
import { siteName, siteShortName } from '@/lib/site';
import { SkipLink } from '@/components/site/skip-link';
import { BrandMark } from '@/components/site/brand-mark';

// Personal pages: rendered for each request, never cached or shared.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: `Workspace | ${siteShortName}`, template: `%s | Workspace | ${siteShortName}` },
  robots: { index: false, follow: false },
};

const sections: (WorkspaceNavItem & { action: Action })[] = [
  { href: '/editor', label: 'Dashboard', action: 'workspace.enter' },
  { href: '/editor/news', label: 'News', action: 'news.view' },
  { href: '/editor/review', label: 'Review', action: 'review.queue' },
  { href: '/editor/pages', label: 'Pages', action: 'pages.view' },
  { href: '/editor/events', label: 'Events', action: 'events.view' },
  { href: '/editor/publications', label: 'Publications', action: 'publications.view' },
  { href: '/editor/media', label: 'Media', action: 'media.view' },
  { href: '/editor/taxonomy', label: 'Taxonomy', action: 'taxonomy.manage' },
  { href: '/editor/users', label: 'Users', action: 'users.manage' },
  { href: '/editor/audit', label: 'Audit log', action: 'audit.view' },
  { href: '/editor/account', label: 'My account', action: 'workspace.enter' },
];

// Checks the session against the database on every full page load. A layout is not re-rendered on every
// client navigation, so each page and each server action checks again (requireUser / authorize).
export default async function WorkspaceLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser('workspace.enter');
  const items = sections.filter((s) => can(user.roles, s.action)).map(({ href, label }) => ({ href, label }));

  return (
    <>
      <SkipLink />
      <header className="bg-brand-900 text-white">
        <div className="container-page flex flex-wrap items-center justify-between gap-3 py-3">
          <Link href="/editor" className="link-plain flex items-center gap-3 text-white">
            <BrandMark />
            <span className="leading-tight">
              <span className="block text-sm font-semibold sm:text-base">{siteName}</span>
              <span className="block text-sm text-white/85">Editorial workspace</span>
            </span>
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <p className="text-sm leading-tight">
              <span className="block font-semibold">{user.name}</span>
              <span className="block text-white/85">{formatRoles(user.roles)}</span>
            </p>
            <SignOutButton />
          </div>
        </div>
      </header>
      <WorkspaceNav items={items} />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        <div className="container-page py-8">{children}</div>
      </main>
      <footer className="border-t border-line">
        <p className="container-page py-4 text-sm">
          <Link href="/">View the public site</Link>
        </p>
      </footer>
    </>
  );
}
