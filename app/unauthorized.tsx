import { SiteShell } from '@/components/site/site-shell';
import { UnauthorizedContent } from '@/components/site/site-frame.client';

export const metadata = { title: 'Sign in required', robots: { index: false } };

// The workspace sends anonymous visitors to /login, so unauthorized() is not raised today. The page exists
// because Next.js sends a fallback for it with every page; its built-in one is larger than this.
export default function Unauthorized() {
  return (
    <SiteShell>
      <UnauthorizedContent />
    </SiteShell>
  );
}
