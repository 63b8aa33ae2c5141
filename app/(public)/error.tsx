'use client';

import Link from 'next/link';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="container-page py-12">
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error</p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl">Something went wrong</h1>
      <p className="mt-4 max-w-2xl text-lg">
        This page could not be shown just now. The problem has been logged. Please try again in a moment.
      </p>
      <p className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
          Try again
        </button>
        <Link href="/" className="py-2">
          Go to the home page
        </Link>
      </p>
    </div>
  );
}
