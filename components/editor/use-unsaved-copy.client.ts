'use client';

import { useEffect, useState } from 'react';

interface Stored<T> {
  values: T;
  savedAt: string;
}

/**
 * Keeps an unsaved copy of a form in this browser, so a crash or a closed tab loses nothing, and warns before
 * leaving a page with unsaved changes.
 */
export function useUnsavedCopy<T>(key: string, values: T, dirty: boolean) {
  const [restorable, setRestorable] = useState<Stored<T> | null>(null);

  useEffect(() => {
    try {
      const raw = window.localStorage.getItem(key);
      // Browser storage exists only after hydration; reading it here keeps server and client markup equal.
      // eslint-disable-next-line react-hooks/set-state-in-effect
      if (raw) setRestorable(JSON.parse(raw) as Stored<T>);
    } catch {
      // A corrupt copy is ignored.
    }
  }, [key]);

  useEffect(() => {
    if (!dirty) return;
    const stored: Stored<T> = { values, savedAt: new Date().toISOString() };
    window.localStorage.setItem(key, JSON.stringify(stored));
  }, [key, values, dirty]);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  return {
    restorable,
    dismiss: () => setRestorable(null),
    clear: () => {
      window.localStorage.removeItem(key);
      setRestorable(null);
    },
  };
}
