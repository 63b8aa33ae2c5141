'use client';

import './globals.css';

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main className="container-page py-12">
          <h1 className="text-3xl font-bold text-brand-900">Something went wrong</h1>
          <p className="mt-4 text-lg">The site could not be shown just now. Please try again in a moment.</p>
          <p className="mt-6">
            <button type="button" onClick={reset} className="rounded bg-brand-700 px-4 py-2 font-semibold text-white">
              Try again
            </button>
          </p>
        </main>
      </body>
    </html>
  );
}
