'use client';

import Link from 'next/link';

export function NotFoundContent() {
  return (
    <div className="container-page py-12">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 404</p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl">Page not found</h1>
      <p className="mt-4 max-w-2xl text-lg">
        The page you asked for does not exist or is no longer published. It may have moved, or the address may be
        mistyped.
      </p>
      <form action="/search" method="get" role="search" aria-label="Search instead" className="mt-6 flex max-w-xl flex-wrap gap-2">
        <label htmlFor="not-found-q" className="w-full font-semibold">
          Search the site
        </label>
        <input id="not-found-q" name="q" type="search" maxLength={200} className="min-w-0 flex-1 rounded border border-muted/60 px-3 py-2" />
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          Search
        </button>
      </form>
      <p className="mt-6">
        <Link href="/">Go to the home page</Link> · <Link href="/news">Read the latest news</Link>
      </p>
    </div>
  );
}
