import Link from 'next/link';
import { siteName } from '@/lib/site';
import { SkipLink } from '@/components/site/skip-link';
import { BrandMark } from '@/components/site/brand-mark';

export const dynamic = 'force-dynamic';

/** A quiet frame for signing in: the organisation's name, a way back to the public site, no menu. */
export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SkipLink />
      <header className="bg-brand-900 text-white">
        <div className="container-page flex flex-wrap items-center justify-between gap-3 py-3">
          <Link href="/" className="link-plain flex items-center gap-3 text-white">
            <BrandMark />
            <span className="max-w-[16rem] text-sm leading-tight font-semibold sm:max-w-none sm:text-base">{siteName}</span>
          </Link>
          <span className="text-sm text-white/85">Editorial workspace</span>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
        {children}
      </main>
      <footer className="border-t border-line">
        <p className="container-page py-4 text-sm">
          <Link href="/">Back to the public site</Link>
        </p>
      </footer>
    </>
  );
}
