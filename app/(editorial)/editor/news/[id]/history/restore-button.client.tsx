'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { restoreRevisionAction } from '../../actions';

export function RestoreButton({ id, version, number }: { id: number; version: number; number: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span>
      <button
        type="button"
        className="rounded border border-brand-700 px-2 py-0.5 text-sm font-semibold text-brand-800"
        onClick={async () => {
          const result = await restoreRevisionAction({ id, version, number });
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
