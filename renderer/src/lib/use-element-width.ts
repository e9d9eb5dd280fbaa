import { useCallback, useState } from 'react';

/** The content width of an element, kept current with a ResizeObserver: pass the returned ref to the element. */
export function useElementWidth<T extends HTMLElement>(): [number, (element: T | null) => void] {
  const [width, setWidth] = useState(0);
  const ref = useCallback((element: T | null) => {
    if (!element) return;
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(([entry]) => setWidth(entry?.contentRect.width ?? 0));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [width, ref];
}
