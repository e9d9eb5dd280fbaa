import type { LanguageChoice, Theme } from '../../../../electron/shared/domain/settings.ts';

/** Sets the theme on <html>; 'system' removes the attribute so styles.css follows prefers-color-scheme. */
export function applyTheme(theme: Theme, root: { dataset: DOMStringMap } = document.documentElement): void {
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/** The locale to start in: the language chosen in the settings, or the computer's when it says 'system'. */
export function startLocale(choice: LanguageChoice | undefined, systemLocale: string): string {
  return choice === undefined || choice === 'system' ? systemLocale : choice;
}
