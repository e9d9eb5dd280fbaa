import { describe, expect, it } from 'vitest';
import { applyTheme } from '../../../../renderer/src/features/settings/appearance.ts';

describe('appearance', () => {
  it("sets data-theme for light and dark, and removes it for 'system' so the OS decides", () => {
    const root = { dataset: {} as DOMStringMap };
    applyTheme('dark', root);
    expect(root.dataset.theme).toBe('dark');
    applyTheme('system', root);
    expect(root.dataset).not.toHaveProperty('theme');
  });
});
