import { NotFoundContent } from '@/components/site/site-frame.client';
import { SiteShell } from '@/components/site/site-shell';

export const metadata = { title: 'Page not found', robots: { index: false } };

// Addresses that match no route; pages inside the site's layout use (public)/not-found.tsx instead.
export default function NotFound() {
  return (
    <SiteShell>
      <NotFoundContent />
    </SiteShell>
  );
}
