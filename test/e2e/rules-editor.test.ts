import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../electron/core/settings/default-settings.ts';
import type { Settings } from '../../electron/shared/domain/settings.ts';
import { en } from '../../electron/shared/i18n/en.ts';
import { sv } from '../../electron/shared/i18n/sv.ts';
import { artifacts, chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const zone = 'Europe/Amsterdam';
const now = DateTime.fromISO('2026-11-20T10:00', { zone });
const clock = { now: () => now.toMillis() };
const { chromium, cleanups } = chromiumPerFile();

/** A short shared list, so moving a rule past another takes two keys, not nineteen clicks. */
const fewRules = (): Settings => ({
  ...defaultSettings(zone),
  rules: [
    { id: 'yt', field: 'site', match: 'exact', pattern: 'youtube.com', category: 'entertainment' },
    { id: 'slack', field: 'app', match: 'exact', pattern: 'Slack', category: 'communication' },
  ],
});
const open = (locale = 'en') =>
  openApp(chromium(), cleanups, { clock, zone, events: [], settings: fewRules(), locale }, '#/rules');

describe('the rule list in Chromium: new rules win, shadows are named, saving keeps your place', () => {
  it('puts a new rule on top and warns, by name, about the rule it shadows', async () => {
    const { page, app } = await open();
    await page.getByRole('button', { name: 'Add a rule' }).click();
    // The new rule is rule 1 and its pattern has the focus.
    const pattern = page.getByLabel('Rule 1: pattern');
    await expect.poll(() => pattern.evaluate((e) => e === document.activeElement)).toBe(true);
    await page.getByLabel('Rule 1: looks at').selectOption({ label: 'Site' });
    await pattern.fill('youtube.com');
    await page.getByLabel('Rule 1: category').selectOption({ label: 'Work' });
    const warning = page.locator('tr[data-rule="yt"] [data-testid="shadow-warning"]');
    await expect
      .poll(() => warning.textContent())
      .toBe('This rule never wins: rule 1 (Site Is exactly “youtube.com”) comes first and decides instead.');
    expect(await page.getByLabel('Rule 2: pattern').getAttribute('aria-describedby')).toBe('shadow-yt');

    // Alt+↓ from the pattern moves the new rule below the old one: now the new one is shadowed.
    await pattern.press('Alt+ArrowDown');
    await expect
      .poll(() => page.locator('[data-testid="shadow-warning"]').textContent())
      .toContain('rule 1 (Site Is exactly “youtube.com”)');
    expect(await page.getByLabel('Rule 2: pattern').evaluate((e) => e === document.activeElement)).toBe(true);
    await page.getByLabel('Rule 2: pattern').press('Alt+ArrowUp');
    await expect.poll(() => page.locator('tbody tr').first().getAttribute('data-rule')).not.toBe('yt');

    // The tester keeps what was typed, and "Rules saved." shows beside the button, which keeps the focus.
    const tester = page.getByRole('region', { name: 'Try the rules' });
    await tester.getByLabel('App').fill('firefox');
    await page.getByRole('button', { name: 'Save rules' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Rules saved.' }).isVisible())
      .toBe(true);
    expect(app.services.settings.getSettings().rules.map((r) => r.pattern)).toEqual([
      'youtube.com',
      'youtube.com',
      'Slack',
    ]);
    expect(await tester.getByLabel('App').inputValue()).toBe('firefox');
    expect(
      await page.getByRole('button', { name: 'Save rules' }).evaluate((e) => e === document.activeElement),
    ).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}rules-shadowed.png`, fullPage: true });
  });

  it('searches and filters without changing the order, and guards unsaved changes', async () => {
    const { page } = await open();
    await page.getByLabel('Search patterns').fill('sla');
    await expect.poll(() => page.getByTestId('rule-count').textContent()).toContain('Showing 1 of 2 rules.');
    expect(await page.getByLabel('Rule 2: pattern').inputValue()).toBe('Slack');
    await page.getByLabel('Search patterns').fill('');
    await page.getByLabel('Show category').selectOption({ label: 'Entertainment' });
    await expect.poll(() => page.getByTestId('rule-count').textContent()).toContain('Showing 1 of 2 rules.');

    await page.getByLabel('Rule 1: pattern').fill('youtube.be');
    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.dismiss();
    });
    await page.getByRole('link', { name: 'Today' }).click();
    await expect.poll(() => asked).toBe('The rules have unsaved changes. Leave without saving?');
    expect(await page.locator('h1').textContent()).toBe('Rules');
    expect(await page.getByLabel('Rule 1: pattern').inputValue()).toBe('youtube.be');
  });

  it('names the shadowing rule in Swedish', async () => {
    const { page } = await open('sv');
    await page.getByRole('button', { name: 'Lägg till en regel' }).click();
    await page.getByLabel('Regel 1: mönster').fill('Slack');
    await expect
      .poll(() => page.locator('tr[data-rule="slack"] [data-testid="shadow-warning"]').textContent())
      .toMatch(/^Den här regeln vinner aldrig: regel 1/u);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}rules-shadowed-sv.png`, fullPage: true });
  });

  it.each([
    { locale: 'en', messages: en, add: 'Add a rule', save: 'Save rules' },
    { locale: 'sv', messages: sv, add: 'Lägg till en regel', save: 'Spara regler' },
  ])('puts the reason a regex is refused next to its pattern field ($locale)', async ({ locale, ...ui }) => {
    const { page, app } = await open(locale);
    const before = app.services.settings.getSettings().rules;
    await page.getByRole('button', { name: ui.add }).click();
    const looksAt = ui.messages.rules.fieldOf.replace('{{n}}', '1');
    await page.getByLabel(looksAt).selectOption({ value: 'title' });
    await page.getByLabel(ui.messages.rules.matchOf.replace('{{n}}', '1')).selectOption({ value: 'regex' });
    const pattern = page.getByLabel(ui.messages.rules.patternOf.replace('{{n}}', '1'));
    await pattern.fill('inbox(?! spam)');
    await page.getByRole('button', { name: ui.save }).click();

    // The sentence sits under rule 1's pattern, names it through aria-describedby, and no other row has one.
    const sentence = ui.messages.regexProblem.lookaround;
    const issue = page.locator('tbody tr').first().locator('.field-issue');
    await expect.poll(() => issue.textContent()).toBe(sentence);
    const describedBy = (await pattern.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain(await issue.getAttribute('id'));
    expect(await pattern.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field-issue').count()).toBe(1);
    expect(app.services.settings.getSettings().rules).toEqual(before);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: `${artifacts}rules-regex-refused-${locale}.png`, fullPage: true });

    // Fixing the pattern takes the sentence away, and the rule saves.
    await pattern.fill('inbox');
    await expect.poll(() => page.locator('.field-issue').count()).toBe(0);
    await page.getByRole('button', { name: ui.save }).click();
    await expect.poll(() => app.services.settings.getSettings().rules[0]?.pattern).toBe('inbox');
  });
});
