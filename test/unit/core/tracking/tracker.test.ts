import { describe, it, expect } from 'vitest';
import { Tracker } from '../../../../electron/core/tracking/tracker.ts';
import type { TrackingPrivacy } from '../../../../electron/core/tracking/privacy.ts';
import type { StoredEvent } from '../../../../electron/shared/domain/usage.ts';
import { BalansError } from '../../../../electron/shared/result.ts';
import { applyWrites, sequentialIds } from '../../../support/memory-sink.ts';

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const S = 1_000;

function harness(privacy?: TrackingPrivacy) {
  const tracker = new Tracker({ graceMs: 15 * S, newId: sequentialIds(), ...(privacy && { privacy }) });
  const log = new Map<string, StoredEvent>();
  let now = T0;
  const apply = (writes: StoredEvent[]) => {
    applyWrites(log, writes);
    return writes;
  };
  apply(tracker.start(now));
  const of = <K extends StoredEvent['kind']>(kind: K) =>
    [...log.values()].filter((e): e is Extract<StoredEvent, { kind: K }> => e.kind === kind);
  return {
    tracker,
    of,
    /** Heartbeats once a second for `ms`. */
    run: (ms: number) => {
      for (let t = 0; t < ms; t += S) apply(tracker.tick((now += S)));
    },
    at: () => now,
    apply,
    windows: () => of('window').map((w) => [w.data.app, w.data.title, w.start - T0, w.duration]),
  };
}

describe('Tracker: window events', () => {
  it('records each active window from its switch to the next one, without gaps or overlaps', () => {
    const h = harness();
    h.apply(h.tracker.observe({ app: 'XTerm', title: 'one' }, h.at()));
    h.run(10 * S);
    h.apply(h.tracker.observe({ app: 'Firefox', title: 'Docs' }, h.at() + 500));
    h.run(5 * S);
    h.apply(h.tracker.stop(h.at()));
    expect(h.windows()).toEqual([
      ['XTerm', 'one', 0, 10_500],
      ['Firefox', 'Docs', 10_500, 4_500],
    ]);
    expect(h.of('running').map((r) => r.duration)).toEqual([15 * S]);
  });

  it('extends one event while repeated observations are equal (heartbeat merge)', () => {
    const h = harness();
    h.apply(h.tracker.observe({ app: 'XTerm', title: 'one' }, h.at()));
    h.run(3 * S);
    h.apply(h.tracker.observe({ app: 'XTerm', title: 'one' }, h.at()));
    h.run(3 * S);
    expect(h.windows()).toEqual([['XTerm', 'one', 0, 6 * S]]);
  });

  it('starts a new event on a title change and records nothing while no window has focus', () => {
    const h = harness();
    h.apply(h.tracker.observe({ app: 'XTerm', title: 'one' }, h.at()));
    h.run(2 * S);
    h.apply(h.tracker.observe({ app: 'XTerm', title: 'two' }, h.at()));
    h.run(2 * S);
    h.apply(h.tracker.observe(undefined, h.at()));
    h.run(2 * S);
    expect(h.windows()).toEqual([
      ['XTerm', 'one', 0, 2 * S],
      ['XTerm', 'two', 2 * S, 2 * S],
    ]);
  });

  it('fills in the site from a browser title', () => {
    const h = harness();
    h.apply(
      h.tracker.observe({ app: 'Firefox', title: 'Pull requests · github.com — Mozilla Firefox' }, h.at()),
    );
    expect(h.of('window')[0]?.data.site).toBe('github.com');
  });

  it('writes only what changed: a heartbeat upserts the open events under their ids', () => {
    const h = harness();
    h.apply(h.tracker.observe({ app: 'XTerm' }, h.at()));
    const writes = h.tracker.tick(h.at() + S);
    expect(writes.map((w) => w.kind).sort()).toEqual(['presence', 'running', 'window']);
    expect(new Set(writes.map((w) => w.id)).size).toBe(3);
  });
});

describe('Tracker: the clock set back', () => {
  it('keeps what was recorded, starts fresh events at the new time and records the jump as such', () => {
    const h = harness();
    h.apply(h.tracker.observe({ app: 'Code' }, h.at()));
    h.run(60 * S);
    h.apply(h.tracker.tick(T0 + 20 * S)); // the clock now reads 40 seconds earlier
    h.apply(h.tracker.tick(T0 + 21 * S));
    expect(h.of('clock').map((c) => [c.start - T0, c.duration])).toEqual([[20 * S, 40 * S]]);
    expect(h.windows()).toEqual([
      ['Visual Studio Code', undefined, 0, 60 * S],
      ['Visual Studio Code', undefined, 20 * S, S],
    ]);
  });
});

describe('Tracker: privacy', () => {
  it('drops titles when titles are not recorded, so title changes extend the same event', () => {
    const h = harness({ recordTitles: false, exclusions: { apps: [], sites: [], titleKeywords: [] } });
    h.apply(h.tracker.observe({ app: 'Firefox', title: 'Inbox (3) – mail.example.org — Firefox' }, h.at()));
    h.run(2 * S);
    h.apply(h.tracker.observe({ app: 'Firefox', title: 'Inbox (4) – mail.example.org — Firefox' }, h.at()));
    h.run(2 * S);
    expect(h.of('window').map((w) => w.data)).toEqual([{ app: 'Firefox', site: 'mail.example.org' }]);
    expect(h.of('window')[0]?.duration).toBe(4 * S);
  });

  it('never records excluded apps, sites or private windows, and closes the open event when one takes focus', () => {
    const h = harness({
      recordTitles: true,
      exclusions: { apps: ['keepassxc'], sites: ['bank.example'], titleKeywords: ['Private Browsing'] },
    });
    const seen = [
      { app: 'KeePassXC', title: 'Passwords.kdbx', executable: '/usr/bin/keepassxc' },
      { app: 'Firefox', title: 'https://login.bank.example/account' },
      { app: 'Firefox', title: 'News — Mozilla Firefox Private Browsing' },
    ];
    h.apply(h.tracker.observe({ app: 'XTerm', title: 'ok' }, h.at()));
    h.run(S);
    for (const observation of seen) {
      h.apply(h.tracker.observe(observation, h.at()));
      h.run(5 * S);
    }
    expect(h.windows()).toEqual([['XTerm', 'ok', 0, S]]);
    expect(JSON.stringify(h.of('window'))).not.toMatch(/KeePass|bank|Private/);
  });

  it('applies new settings from the moment they change', () => {
    const h = harness();
    h.apply(h.tracker.observe({ app: 'Signal', title: 'Chat with Sam' }, h.at()));
    h.run(3 * S);
    h.apply(
      h.tracker.setPrivacy(
        { recordTitles: true, exclusions: { apps: ['signal'], sites: [], titleKeywords: [] } },
        h.at(),
      ),
    );
    h.run(3 * S);
    expect(h.windows()).toEqual([['Signal', 'Chat with Sam', 0, 3 * S]]);
  });
});

describe('Tracker: pause', () => {
  it('records the pause as a pause event, attributes nothing during it, and resumes on demand', () => {
    const h = harness();
    h.apply(h.tracker.observe({ app: 'XTerm', title: 'one' }, h.at()));
    h.run(2 * S);
    h.apply(h.tracker.pauseTracking({ reason: 'lunch' }, h.at()));
    expect(h.tracker.pause).toEqual({ reason: 'lunch' });
    h.run(10 * S);
    h.apply(h.tracker.resume(h.at()));
    h.run(2 * S);
    expect(h.tracker.pause).toBeUndefined();
    expect(h.windows()).toEqual([
      ['XTerm', 'one', 0, 2 * S],
      ['XTerm', 'one', 12 * S, 2 * S],
    ]);
    expect(h.of('pause').map((p) => [p.start - T0, p.duration, p.data])).toEqual([
      [2 * S, 10 * S, { scope: 'tracking', reason: 'lunch' }],
    ]);
    // presence is not recorded during a pause, but Balans keeps running (a pause is not a gap)
    expect(h.of('presence').map((p) => [p.start - T0, p.duration])).toEqual([
      [0, 2 * S],
      [12 * S, 2 * S],
    ]);
    expect(h.of('running').map((r) => r.duration)).toEqual([14 * S]);
  });

  it('ends a timed pause exactly at its end, even between heartbeats', () => {
    const h = harness();
    h.apply(h.tracker.pauseTracking({ until: T0 + 4_500 }, h.at()));
    h.apply(h.tracker.observe({ app: 'XTerm' }, h.at()));
    h.run(6 * S);
    expect(h.of('pause').map((p) => [p.start - T0, p.duration])).toEqual([[0, 4_500]]);
    expect(h.windows()).toEqual([['XTerm', undefined, 4_500, 1_500]]);
  });

  it('refuses a pause that ends in the past', () => {
    const h = harness();
    expect(() => h.tracker.pauseTracking({ until: h.at() - 1 }, h.at())).toThrow(BalansError);
  });

  it('keeps an open-ended pause across stop and start, as a new pause event in the new session', () => {
    const h = harness();
    h.apply(h.tracker.pauseTracking({}, h.at()));
    h.run(2 * S);
    h.apply(h.tracker.stop(h.at()));
    h.apply(h.tracker.observe({ app: 'XTerm' }, h.at() + 60 * S));
    h.apply(h.tracker.start(h.at() + 60 * S));
    expect(h.of('pause').map((p) => [p.start - T0, p.duration])).toEqual([
      [0, 2 * S],
      [62 * S, 0],
    ]);
    expect(h.of('window')).toEqual([]);
  });
});

describe('Tracker: the profile of each window event', () => {
  it('records the profile active at the moment, and starts a new event when the schedule switches', () => {
    // The schedule switches to Private five seconds in.
    const profileAt = (at: number) => (at < T0 + 5 * S ? 'professional' : 'private');
    const tracker = new Tracker({ graceMs: 15 * S, newId: sequentialIds(), profileAt });
    const log = new Map<string, StoredEvent>();
    let now = T0;
    applyWrites(log, tracker.start(now));
    applyWrites(log, tracker.observe({ app: 'Firefox', title: 'Feed | LinkedIn' }, now));
    for (let i = 0; i < 8; i++) applyWrites(log, tracker.tick((now += S)));
    applyWrites(log, tracker.stop(now));
    const windows = [...log.values()].filter((e) => e.kind === 'window');
    expect(windows.map((w) => [w.data.profileId, w.data.site, w.start - T0, w.duration])).toEqual([
      ['professional', 'linkedin.com', 0, 5 * S],
      ['private', 'linkedin.com', 5 * S, 3 * S],
    ]);
  });
});
