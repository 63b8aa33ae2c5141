'use client';

import { createContext, useContext, useState } from 'react';

interface VersionState {
  version: number;
  setVersion: (version: number) => void;
}

const VersionContext = createContext<VersionState | null>(null);

/**
 * The revision this page works on, shared by the form and the workflow buttons: after "Save draft" the buttons
 * act on the new revision at once, without waiting for the page to reload.
 */
export function VersionProvider({ initial, children }: { initial: number; children: React.ReactNode }) {
  const [version, setVersion] = useState(initial);
  return <VersionContext.Provider value={{ version, setVersion }}>{children}</VersionContext.Provider>;
}

export function useVersion(): VersionState | null {
  return useContext(VersionContext);
}
