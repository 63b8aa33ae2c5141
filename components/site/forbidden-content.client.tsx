'use client';

import Link from 'next/link';

/** The 403 page's text, inside the public frame or the workspace frame. */
export function ForbiddenContent({ inWorkspace }: { inWorkspace: boolean }) {
  return (
    <div className={inWorkspace ? '' : 'container-page py-12'}>
      <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Error 403</p>
      <h1 className="mt-1 text-3xl font-bold text-brand-900 sm:text-4xl">You do not have access to this page</h1>
      <p className="mt-4 max-w-2xl text-lg">
        Your account is signed in, but its roles do not include this part of the workspace. If you need it for your
        work, ask an admin to give you the role.
      </p>
      <p className="mt-6">
        {inWorkspace ? <Link href="/editor">Go to the dashboard</Link> : <Link href="/">Go to the home page</Link>}
      </p>
    </div>
  );
}
