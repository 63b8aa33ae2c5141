import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from '@/components/site/skip-link';

/** Skip link, header, main landmark and footer shared by every public page (and the 404 page). */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
