import type { Theme } from '../../../../electron/shared/domain/settings.ts';

/** Sets the theme on <html>; 'system' removes the attribute so styles.css follows prefers-color-scheme. */
export function applyTheme(theme: Theme, root: { dataset: DOMStringMap } = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}
