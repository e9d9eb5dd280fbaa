import { useEffect, useState, type KeyboardEvent } from 'react';

/**
 * What every editor needs to be left without the mouse: Escape closes it (unless a nested prompt took the key
 * first), and when it closes, however it closes, the focus goes back to what opened it — or, if that element
 * is gone (a list re-rendered), to the page's heading, never to the body.
 */
export function useEditorDismiss(onClose: () => void): { onKeyDown: (event: KeyboardEvent) => void } {
  // Read while the editor first renders, before it moves the focus into itself.
  const [from] = useState(() => document.activeElement);
  useEffect(() => {
    return () => {
      // After React has removed the editor, so the focus does not land on a node about to disappear.
      queueMicrotask(() => {
        // Only when the focus was lost with the editor: a new editor that took the focus keeps it.
        if (document.activeElement && document.activeElement !== document.body) return;
        const target =
          from instanceof HTMLElement && from.isConnected && from !== document.body
            ? from
            : document.querySelector<HTMLElement>('main h1, h1');
        if (target && !target.hasAttribute('tabindex') && target.tagName === 'H1') target.tabIndex = -1;
        target?.focus();
      });
    };
  }, [from]);
  return {
    onKeyDown: (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      onClose();
    },
  };
}
