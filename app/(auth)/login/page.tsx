import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { safeNextPath } from '@/lib/auth/next-path';
import { getSessionUser } from '@/lib/auth/session';
import { LoginForm } from './login-form.client';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false, follow: false } };

const notices: Record<string, string> = {
  'signed-out': 'You have signed out.',
  'password-changed': 'Your password has been changed and your sessions have ended. Sign in with the new password.',
};

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  if (await getSessionUser()) redirect(next);
  const notice = typeof params.notice === 'string' ? notices[params.notice] : undefined;

  return (
    <div className="container-page py-10 sm:py-16">
      <div className="mx-auto max-w-md rounded border border-line p-6 shadow-sm sm:p-8">
        <h1 className="text-3xl font-bold text-brand-900">Sign in</h1>
        <p className="mt-2 text-muted">The editorial workspace is for staff who write, review and publish content.</p>
        {notice ? (
          <p role="status" className="mt-4 rounded border border-brand-600 bg-brand-50 p-3">
            {notice}
          </p>
        ) : null}
        <div className="mt-6">
          <LoginForm next={next} />
        </div>
      </div>
    </div>
  );
}
