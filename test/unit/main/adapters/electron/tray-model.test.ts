// The tray says what the one boundary status says, in every language: each state built by the real services.
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../../electron/core/clock.ts';
import { trayModel, type TrayEntry } from '../../../../../electron/main/adapters/electron/tray-model.ts';
import { manualScheduler } from '../../../../support/manual-scheduler.ts';
import { composeHostApp } from '../../../../host/compose-host.ts';
import { local, ZONE } from '../../../core/boundaries/harness.ts';
import { settingsWith, weekly } from '../../../core/schedule/settings-builder.ts';

const settings = settingsWith(ZONE, [
  weekly('work', 'focus', [5], '09:00', '17:00', { name: 'Deep focus' }),
  weekly('late', 'downtime', [5], '21:00', '23:00', { name: 'Wind down' }),
]);
/** A category id as code spells it, an empty placeholder, or a raw key. */
const LEAK = /\b(work|communication|social|entertainment)\b|\s[.,:]|\s{2}|\{\{|^\s|\s$|tray\./;

async function statesAt(at: string, act: (app: ReturnType<typeof composeHostApp>) => Promise<unknown>) {
  const app = composeHostApp({
    clock: manualClock(local(at)),
    zone: ZONE,
    settings,
    events: [],
    scheduler: manualScheduler(), // never fires: each test moves the clock and recomputes itself
  });
  await app.ready;
  await act(app);
  const status = app.services.boundaries.status();
  const profiles = app.services.settings.getSettings().profiles;
  app.close();
  return (locale: string) => trayModel(status, locale, profiles);
}
const lines = (entries: TrayEntry[]) => entries.flatMap((e) => (e.type === 'line' ? [e.label] : []));
const enabled = (entries: TrayEntry[]) =>
  entries.flatMap((e) => (e.type === 'action' && e.enabled ? [e.action] : []));

describe('the tray model', () => {
  it('states each window state honestly and offers only what applies', async () => {
    const open = await statesAt('2026-11-20T10:00', async () => {});
    expect(lines(open('en').entries)).toEqual(['Professional', 'Deep focus · 420 min left']);
    expect(enabled(open('en').entries)).toContain('skip');

    const snoozed = await statesAt('2026-11-20T10:00', (app) => app.services.pauses.snooze(15));
    expect(lines(snoozed('en').entries)[1]).toBe('Deep focus · snoozed, resumes at 10:15 AM');
    expect(enabled(snoozed('en').entries)).not.toContain('skip');
    expect(enabled(snoozed('en').entries)).toContain('resume');

    const skipped = await statesAt('2026-11-20T10:00', (app) => app.services.pauses.skip());
    expect(lines(skipped('sv').entries)[1]).toBe('Deep focus · överhoppat till kl. 17:00');

    const ended = await statesAt('2026-11-20T21:30', (app) => app.services.pauses.endNow());
    expect(lines(ended('nl').entries)[1]).toBe('Wind down · om 21:30 vroeg beëindigd');
    expect(enabled(ended('en').entries)).not.toContain('snooze-5');

    const manual = await statesAt('2026-11-20T10:00', async (app) =>
      app.services.settings.switchProfile('private', local('2026-11-20T12:00')),
    );
    expect(lines(manual('en').entries)[0]).toBe('Private, by hand until 12:00 PM');
    expect(enabled(manual('en').entries)).toContain('back-to-schedule');
    expect(enabled(open('en').entries)).not.toContain('back-to-schedule');

    // At 21:10 a pause until 20:00 ends tomorrow, and the tray says so.
    const late = await statesAt('2026-11-20T21:10', (app) =>
      app.services.pauses.pauseTracking(local('2026-11-21T20:00')),
    );
    expect(lines(late('en').entries)).toContain('Tracking paused until tomorrow 8:00 PM');

    for (const model of [open, snoozed, skipped, ended, manual, late])
      for (const locale of ['en', 'nl', 'sv'])
        expect(
          model(locale).entries.flatMap((e) =>
            e.type === 'separator' || !LEAK.test(e.label) ? [] : [e.label],
          ),
        ).toEqual([]);
  });
});
