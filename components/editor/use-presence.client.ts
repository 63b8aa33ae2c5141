'use client';

import { useEffect, useState } from 'react';
import type { ActionResult } from '@/lib/action-result';
import type { ContentKind } from '@/lib/content-kinds';

export type HeartbeatAction = (input: { kind: ContentKind; id: number }) => Promise<ActionResult<string[]>>;

/** Tells the server every 20 s that this item is open here; returns who else has it open. */
export function usePresence(kind: ContentKind, id: number | undefined, heartbeat: HeartbeatAction): string[] {
  const [others, setOthers] = useState<string[]>([]);
  useEffect(() => {
    if (!id) return;
    const beat = async () => {
      const result = await heartbeat({ kind, id }).catch(() => null);
      if (result?.status === 'success') setOthers(result.data);
    };
    void beat();
    const timer = window.setInterval(beat, 20_000);
    return () => window.clearInterval(timer);
  }, [kind, id, heartbeat]);
  return others;
}
