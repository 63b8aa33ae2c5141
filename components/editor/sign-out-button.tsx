import { signOutAction } from '@/lib/auth/sign-out-action';

/** A real form post: signing out works without JavaScript and cannot be triggered by a link. */
export function SignOutButton({ className }: { className?: string }) {
  return (
    <form action={signOutAction}>
      <button
        type="submit"
        className={className ?? 'rounded border border-white/80 px-3 py-1 text-sm font-semibold text-white hover:bg-white hover:text-brand-900'}
      >
        Sign out
      </button>
    </form>
  );
}
