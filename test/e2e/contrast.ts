import type { Page } from 'playwright-core';

/** WCAG contrast of an element's text colour against the background of its nearest opaque ancestor. */
export const contrastOf = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) => {
    const rgb = (css: string) => (css.match(/[\d.]+/gu) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const c = [r, g, b].map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * c[0]! + 0.7152 * c[1]! + 0.0722 * c[2]!;
    };
    const background = (element: Element): number[] => {
      for (let e: Element | null = element; e; e = e.parentElement) {
        const colour = rgb(getComputedStyle(e).backgroundColor);
        if (colour.length === 3 || (colour[3] ?? 0) > 0) return colour;
      }
      return [255, 255, 255];
    };
    return elements.map((element) => {
      const a = luminance(rgb(getComputedStyle(element).color));
      const b = luminance(background(element));
      return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    });
  });
