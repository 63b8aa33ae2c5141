import { SiteShell } from '@/components/site/site-shell';

// Public pages are rendered once and then served from the whole-page cache (lib/page-cache.mjs) until a
// publication, unpublication or edit drops their cache tags, which takes effect on the next request. After
// `revalidate` seconds a page is also re-rendered in the background, as a safety net; it is the shared lifetime
// that responses announce to a CDN or reverse proxy (`s-maxage`, then `stale-while-revalidate`).
export const revalidate = 60;

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return <SiteShell>{children}</SiteShell>;
}
