'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { ActionResult } from '@/lib/action-result';

export type RestoreAction = (input: { id: number; version: number; number: number }) => Promise<ActionResult<{ version: number }>>;

export function RestoreButton({ id, version, number, restore }: { id: number; version: number; number: number; restore: RestoreAction }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="rounded border border-brand-700 px-2 py-0.5 text-sm font-semibold text-brand-800"
        onClick={async () => {
          const result = await restore({ id, version, number });
          setMessage(result.status === 'success' ? `Restored as revision ${result.data.version}.` : result.message);
          if (result.status === 'success') router.refresh();
        }}
      >
        Restore revision {number}
      </button>
      <span role="status" className="ml-2 text-sm">
        {message}
      </span>
    </span>
  );
}
