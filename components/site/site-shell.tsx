import { SiteFooter } from './site-frame.client';
import { SiteHeader } from './site-header';

/**
 * Skip link, header, main landmark and footer shared by every public page, the 404 page and the 403 page.
 *
 * Next.js sends the 404 and 403 fallbacks of the root layout (each wrapped in this shell) with the
 * server-component payload of every page, beside the page itself. So the shell's static parts are client
 * components: the payload then names them (a few bytes each) instead of repeating their markup, which
 * travels once in a script the browser caches. The menu's data is shared the same way (see SiteHeader).
 */
export function SiteShell({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
