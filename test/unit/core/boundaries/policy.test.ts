import { describe, expect, it } from 'vitest';
import type { BoundaryAction } from '../../../../electron/shared/domain/profiles.ts';
import type { Settings, WindowKind } from '../../../../electron/shared/domain/settings.ts';
import { answerNudge } from '../../../../electron/core/boundaries/nudge-answer.ts';
import {
  oneMoreMinute,
  snooze,
  pauseEverything,
} from '../../../../electron/core/boundaries/pause-controls.ts';
import { settingsWith, weekly } from '../schedule/settings-builder.ts';
import {
  CODE,
  INSTAGRAM,
  local,
  policyDriver,
  restrictionActions,
  SLACK,
  YOUTUBE,
  ZONE,
  used,
} from './harness.ts';

const FRIDAY = 5;
const MINUTE = 60_000;

/** One window of `kind` on Fridays 09:00–17:00 for the Professional profile, whose action for entertainment is `action`. */
function oneWindow(kind: WindowKind, action: BoundaryAction): Settings {
  const settings = settingsWith(ZONE, [
    weekly('w', kind, [FRIDAY], '09:00', '17:00', { profileId: 'professional' }),
  ]);
  return {
    ...settings,
    profiles: settings.profiles.map((p) =>
      p.id === 'professional' ? { ...p, actions: { ...p.actions, entertainment: action } } : p,
    ),
  };
}

describe('each window kind × each action, for an entertainment site', () => {
  const until = local('2026-11-20T17:00');
  const expected = (kind: WindowKind, action: BoundaryAction) => {
    if (kind === 'family-time' || kind === 'downtime')
      return [
        {
          type: 'show-overlay',
          overlay: {
            kind,
            windowId: 'w',
            windowName: 'w',
            until,
            message: '',
            oneMoreMinute: true,
            pinRequired: kind === 'family-time',
            category: null,
            subject: null,
          },
        },
      ];
    if (action === 'notify')
      return [
        {
          type: 'notify',
          notice: { key: 'restricted', category: 'entertainment', app: 'youtube.com', kind },
        },
      ];
    if (action === 'nudge')
      return [
        {
          type: 'show-nudge',
          nudge: {
            reason: 'window',
            category: 'entertainment',
            subject: 'youtube.com',
            windowKind: kind,
            windowName: 'w',
            until,
            profileId: 'professional',
          },
        },
      ];
    if (action === 'block')
      return [
        {
          type: 'show-overlay',
          overlay: {
            kind: 'block',
            windowId: 'w',
            windowName: 'w',
            until,
            message: '',
            oneMoreMinute: false,
            pinRequired: false,
            category: 'entertainment',
            subject: 'youtube.com',
          },
        },
      ];
    return [];
  };
  const kinds: WindowKind[] = ['office-hours', 'focus', 'downtime', 'family-time'];
  const actions: BoundaryAction[] = ['nothing', 'notify', 'nudge', 'block'];
  for (const kind of kinds)
    for (const action of actions)
      it(`${kind} with '${action}'`, () => {
        const driver = policyDriver(oneWindow(kind, action), '2026-11-20T10:00');
        expect(restrictionActions(driver.step(YOUTUBE))).toEqual(expected(kind, action));
      });

  it('does nothing for the same site outside any window', () => {
    const driver = policyDriver(oneWindow('focus', 'block'), '2026-11-20T18:00');
    expect(restrictionActions(driver.step(YOUTUBE))).toEqual([]);
  });

  it('announces the window that opens, with its end, under the profile it brings', () => {
    const driver = policyDriver(oneWindow('focus', 'nothing'), '2026-11-20T08:59');
    expect(driver.step(CODE)).toEqual([]);
    expect(driver.last.view.state.profileId).toBe('private');
    driver.clock.advance(MINUTE);
    expect(driver.step(CODE)).toEqual([
      {
        type: 'notify',
        notice: { key: 'window-started', kind: 'focus', windowName: 'w', until: local('2026-11-20T17:00') },
      },
    ]);
    expect(driver.last.view.state.profileId).toBe('professional');
    expect(driver.step(CODE)).toEqual([]);
  });
});

describe('daily limits', () => {
  const withLimit = (): Settings => {
    const settings = settingsWith(ZONE, []);
    return {
      ...settings,
      profiles: settings.profiles.map((p) =>
        p.id === 'private'
          ? {
              ...p,
              actions: { entertainment: 'nudge', communication: 'nothing' },
              limits: [
                { target: { kind: 'category', category: 'entertainment' }, minutesPerDay: 60 },
                { target: { kind: 'app', app: 'slack' }, minutesPerDay: 30 },
              ],
            }
          : p,
      ),
    };
  };

  it('gives a heads-up at 80 % once, then the profile action at 100 %, at any hour', () => {
    const driver = policyDriver(withLimit(), '2026-11-20T21:00');
    const now = () => driver.clock.now();
    driver.step(null);
    expect(driver.step(YOUTUBE, [used(YOUTUBE, now(), 47)])).toEqual([]);
    expect(driver.step(YOUTUBE, [used(YOUTUBE, now(), 48)])).toEqual([
      {
        type: 'notify',
        notice: {
          key: 'limit-heads-up',
          target: { kind: 'category', category: 'entertainment' },
          minutesPerDay: 60,
          minutesLeft: 12,
        },
      },
    ]);
    expect(driver.step(YOUTUBE, [used(YOUTUBE, now(), 59)])).toEqual([]);
    const reached = driver.step(YOUTUBE, [used(YOUTUBE, now(), 60)]);
    expect(reached).toEqual([
      {
        type: 'notify',
        notice: {
          key: 'limit-reached',
          target: { kind: 'category', category: 'entertainment' },
          minutesPerDay: 60,
        },
      },
      {
        type: 'show-nudge',
        nudge: {
          reason: 'limit',
          category: 'entertainment',
          subject: 'youtube.com',
          windowKind: null,
          windowName: null,
          until: null,
          profileId: 'private',
        },
      },
    ]);
  });

  it('counts only today: yesterday evening does not use up today', () => {
    const driver = policyDriver(withLimit(), '2026-11-20T00:30');
    const lastNight = used(YOUTUBE, local('2026-11-20T00:10'), 70);
    expect(restrictionActions(driver.step(YOUTUBE, [lastNight]))).toEqual([]);
  });

  it('an app limit passed at once (no heads-up) whose category action is nothing still notifies, once', () => {
    const driver = policyDriver(withLimit(), '2026-11-20T15:00');
    driver.step(null);
    const today = [used(SLACK, driver.clock.now(), 31)];
    expect(driver.step(SLACK, today).map((a) => a.type === 'notify' && a.notice.key)).toEqual([
      'limit-reached',
    ]);
    expect(driver.step(SLACK, today)).toEqual([]);
  });
});

describe('notifications are rate-limited', () => {
  it('sends the same restriction notice at most every 15 minutes', () => {
    const driver = policyDriver(oneWindow('focus', 'notify'), '2026-11-20T10:00');
    const notices = () => restrictionActions(driver.step(YOUTUBE)).length;
    expect(notices()).toBe(1);
    driver.clock.advance(5 * MINUTE);
    expect(notices()).toBe(0);
    driver.clock.advance(10 * MINUTE);
    expect(notices()).toBe(1);
  });
});

describe('nudges and boundary crossings', () => {
  it('records the time spent past a nudge when the user leaves', () => {
    const driver = policyDriver(oneWindow('focus', 'nudge'), '2026-11-20T10:00');
    expect(driver.step(YOUTUBE).at(-1)?.type).toBe('show-nudge');
    driver.at('2026-11-20T10:10');
    expect(driver.step(YOUTUBE)).toEqual([]);
    driver.at('2026-11-20T10:12');
    expect(driver.step(CODE)).toEqual([{ type: 'hide-nudge' }]);
    expect(driver.memory.crossings).toEqual([
      {
        category: 'entertainment',
        subject: 'youtube.com',
        start: local('2026-11-20T10:00'),
        end: local('2026-11-20T10:12'),
      },
    ]);
  });

  it('"5 more minutes" hides the nudge, which comes back if the user stays', () => {
    const driver = policyDriver(oneWindow('focus', 'nudge'), '2026-11-20T10:00');
    driver.step(YOUTUBE);
    driver.memory = answerNudge(driver.memory, driver.clock.now(), 'five-more-minutes');
    expect(driver.step(YOUTUBE)).toEqual([{ type: 'hide-nudge' }]);
    expect(driver.last.view.wakeAt).toBe(local('2026-11-20T10:05'));
    driver.at('2026-11-20T10:04');
    expect(driver.step(YOUTUBE)).toEqual([]);
    driver.at('2026-11-20T10:05');
    expect(driver.step(YOUTUBE).map((a) => a.type)).toEqual(['show-nudge']);
  });
});

describe('snooze', () => {
  it('lifts the window until the snooze expires, then the block comes back', () => {
    const driver = policyDriver(oneWindow('focus', 'block'), '2026-11-20T10:00');
    expect(driver.step(YOUTUBE).at(-1)?.type).toBe('show-overlay');
    driver.memory = snooze(driver.memory, driver.pauseContext(), 5).memory;
    expect(driver.step(YOUTUBE)).toEqual([{ type: 'hide-overlay' }]);
    expect(driver.last.view.wakeAt).toBe(local('2026-11-20T10:05'));
    driver.at('2026-11-20T10:04:59');
    expect(driver.step(YOUTUBE)).toEqual([]);
    driver.at('2026-11-20T10:05');
    expect(driver.step(YOUTUBE).map((a) => a.type)).toEqual(['show-overlay']);
  });
});

describe('family time', () => {
  const family = () => settingsWith(ZONE, [weekly('dinner', 'family-time', [FRIDAY], '18:00', '20:00')]);

  it('warns five minutes ahead, once', () => {
    const driver = policyDriver(family(), '2026-11-20T17:54');
    expect(driver.step(CODE).filter((a) => a.type === 'notify')).toEqual([]);
    expect(driver.last.view.wakeAt).toBe(local('2026-11-20T17:55'));
    driver.at('2026-11-20T17:55');
    expect(driver.step(CODE)).toEqual([
      {
        type: 'notify',
        notice: {
          key: 'window-soon',
          kind: 'family-time',
          windowName: 'dinner',
          at: local('2026-11-20T18:00'),
        },
      },
    ]);
    expect(driver.last.view.upcoming).toEqual({ kind: 'family-time', at: local('2026-11-20T18:00') });
    driver.at('2026-11-20T17:57');
    expect(driver.step(CODE)).toEqual([]);
  });

  it('brings the overlay back after an attempted close', () => {
    const driver = policyDriver(family(), '2026-11-20T18:30');
    expect(driver.step(CODE).map((a) => a.type)).toContain('show-overlay');
    expect(driver.step(CODE)).toEqual([]);
    driver.screen.overlay = false; // the user closed (or killed) the overlay window
    driver.clock.advance(1000);
    const again = driver.step(CODE);
    expect(again).toEqual([{ type: 'show-overlay', overlay: driver.last.view.overlay }]);
    expect(driver.last.view.overlay?.kind).toBe('family-time');
  });

  it('gives one more minute once per window', () => {
    const driver = policyDriver(family(), '2026-11-20T19:00');
    driver.step(CODE);
    driver.memory = oneMoreMinute(driver.memory, driver.pauseContext()).memory;
    expect(driver.step(CODE)).toEqual([{ type: 'hide-overlay' }]);
    driver.at('2026-11-20T19:01');
    const back = driver.step(CODE);
    expect(back).toHaveLength(1);
    expect(back[0]).toMatchObject({
      type: 'show-overlay',
      overlay: { kind: 'family-time', oneMoreMinute: false },
    });
    expect(() => oneMoreMinute(driver.memory, driver.pauseContext())).toThrow(/already used/);
  });

  it('needs the PIN to snooze; with it, the overlay goes', () => {
    const driver = policyDriver(family(), '2026-11-20T19:00');
    driver.step(CODE);
    expect(() => snooze(driver.memory, driver.pauseContext(), 15)).toThrow(
      expect.objectContaining({ code: 'pin-required' }),
    );
    driver.memory = snooze(driver.memory, driver.pauseContext(), 15, { withPin: true }).memory;
    expect(driver.step(CODE)).toEqual([{ type: 'hide-overlay' }]);
  });

  it('is not lifted by "pause everything" made before it without the PIN', () => {
    const driver = policyDriver(family(), '2026-11-20T17:00');
    driver.step(YOUTUBE);
    driver.memory = pauseEverything(driver.memory, driver.pauseContext(), local('2026-11-20T19:00')).memory;
    driver.at('2026-11-20T18:00');
    expect(driver.step(YOUTUBE).map((a) => a.type)).toContain('show-overlay');
  });

  it('downtime is lifted by "pause everything"', () => {
    const settings = settingsWith(ZONE, [weekly('late', 'downtime', [FRIDAY], '22:00', '06:00')]);
    const driver = policyDriver(settings, '2026-11-20T21:00');
    driver.step(YOUTUBE);
    driver.memory = pauseEverything(driver.memory, driver.pauseContext(), local('2026-11-20T22:30')).memory;
    driver.at('2026-11-20T22:00');
    expect(restrictionActions(driver.step(YOUTUBE))).toEqual([]);
    driver.at('2026-11-20T22:30');
    expect(driver.step(YOUTUBE).map((a) => a.type)).toEqual(['show-overlay']);
  });
});

describe('sleep and clock jumps', () => {
  const day = () =>
    settingsWith(ZONE, [
      weekly('work', 'focus', [FRIDAY], '09:00', '17:00'),
      weekly('dinner', 'family-time', [FRIDAY], '18:00', '21:00'),
    ]);

  it('after the clock jumps forward 8 h, shows the present and records the family time missed', () => {
    const driver = policyDriver(day(), '2026-11-20T12:00');
    driver.step(CODE);
    driver.at('2026-11-20T20:00');
    const afterSleep = driver.step(CODE);
    expect(afterSleep.map((a) => (a.type === 'notify' ? `notify ${a.notice.key}` : a.type))).toEqual([
      'notify window-started',
      'show-overlay',
    ]);
    expect(driver.memory.gaps).toEqual([
      { windowId: 'dinner', start: local('2026-11-20T18:00'), end: local('2026-11-20T20:00') },
    ]);
    expect(driver.last.view.state.profileId).toBe('family');

    driver.at('2026-11-21T04:00');
    expect(driver.step(CODE)).toEqual([{ type: 'hide-overlay' }]);
    expect(driver.memory.gaps.at(-1)).toEqual({
      windowId: 'dinner',
      start: local('2026-11-20T20:00'),
      end: local('2026-11-20T21:00'),
    });
  });

  it('a clock set backwards recomputes without inventing a gap', () => {
    const driver = policyDriver(day(), '2026-11-20T19:00');
    driver.step(CODE);
    driver.at('2026-11-20T12:00');
    expect(driver.step(CODE)).toEqual([
      {
        type: 'notify',
        notice: {
          key: 'window-started',
          kind: 'focus',
          windowName: 'work',
          until: local('2026-11-20T17:00'),
        },
      },
      { type: 'hide-overlay' },
    ]);
    expect(driver.memory.gaps).toEqual([]);
  });
});

describe('weekly summary', () => {
  it('is announced on Monday morning, once', () => {
    const driver = policyDriver(settingsWith(ZONE, []), '2026-11-23T08:59');
    driver.step(null);
    driver.at('2026-11-23T09:00');
    expect(driver.step(null)).toEqual([{ type: 'notify', notice: { key: 'weekly-summary' } }]);
    driver.at('2026-11-23T12:00');
    expect(driver.step(null)).toEqual([]);
  });
});

it('office hours free social sites that Professional otherwise nudges', () => {
  const settings = settingsWith(ZONE, [
    weekly('office', 'office-hours', [FRIDAY], '13:00', '17:00'),
    weekly('deep', 'focus', [FRIDAY], '09:00', '12:00'),
  ]);
  const driver = policyDriver(settings, '2026-11-20T10:00');
  driver.step(INSTAGRAM);
  expect(driver.last.view.nudge).toMatchObject({ category: 'social', windowKind: 'focus' });
  driver.at('2026-11-20T14:00');
  expect(driver.step(INSTAGRAM).map((a) => a.type)).toContain('hide-nudge');
  expect(driver.last.view.nudge).toBeNull();
});
