'use client';

import { useEffect } from 'react';

/** One panel open at a time; Escape or a click elsewhere closes it; following a link closes it. */
export function MenuBehaviour() {
  useEffect(() => {
    const menus = () => Array.from(document.querySelectorAll<HTMLDetailsElement>('details[data-mega-menu]'));

    const onToggle = (event: Event) => {
      const opened = event.target as HTMLDetailsElement;
      if (!opened.open) return;
      for (const menu of menus()) if (menu !== opened) menu.open = false;
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const open = menus().find((menu) => menu.open);
      if (!open) return;
      open.open = false;
      open.querySelector('summary')?.focus();
    };
    const onClick = (event: MouseEvent) => {
      const target = event.target as Element;
      for (const menu of menus()) {
        if (!menu.open) continue;
        if (!menu.contains(target) || target.closest('a')) menu.open = false;
      }
    };

    const list = menus();
    for (const menu of list) menu.addEventListener('toggle', onToggle);
    document.addEventListener('keydown', onKeyDown);
    document.addEventListener('click', onClick);
    return () => {
      for (const menu of list) menu.removeEventListener('toggle', onToggle);
      document.removeEventListener('keydown', onKeyDown);
      document.removeEventListener('click', onClick);
    };
  }, []);
  return null;
}
