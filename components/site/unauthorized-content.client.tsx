'use client';

import Link from 'next/link';

/** The 401 page's text: the page needs a signed-in account. */
export function UnauthorizedContent() {
  return (
    <div className="container-page py-12">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 401</p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl">Please sign in</h1>
      <p className="mt-4 max-w-2xl text-lg">This page is part of the editorial workspace and needs a signed-in account.</p>
      <p className="mt-6">
        <Link href="/login">Sign in</Link> · <Link href="/">Go to the home page</Link>
      </p>
    </div>
  );
}
