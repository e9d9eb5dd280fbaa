// Issue 15, defects 2 and 9, as the window shows them (Chromium against the real services): tracking that misses
// titles says what to allow, and where the desktop has no tray the window says so and offers Quit.
import { describe, expect, it } from 'vitest';
import { chromiumPerFile, openApp, seriousViolations } from './open-app.ts';

const { chromium, cleanups } = chromiumPerFile();

describe('shell notices in the window', () => {
  it('defect 9: without a tray host, the window explains it and its Quit button quits', async () => {
    let quits = 0;
    const { page, app, problems } = await openApp(chromium(), cleanups, { events: [], quit: () => quits++ });
    app.services.notify({ level: 'warning', key: 'notice.trayUnavailable', action: 'quit' });
    await page.getByText(/This desktop shows no tray icons/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Quit Balans' }).click();
    await expect.poll(() => quits).toBe(1);
    expect(problems).toEqual([]);
  });

  it('defect 2: tracking without Screen Recording says titles are not recorded and what to allow', async () => {
    const { page } = await openApp(chromium(), cleanups, {
      events: [],
      tracking: {
        status: () => ({ state: 'tracking', gaps: ['titles'] }),
        setPrivacy: () => undefined,
        setIdleThreshold: () => undefined,
        pause: () => undefined,
        resume: () => undefined,
      },
    });
    await expect
      .poll(() => page.getByTestId('tracking-notice').textContent())
      .toMatch(/Window titles are not recorded: allow Balans under .*Screen Recording/);
  });
});
