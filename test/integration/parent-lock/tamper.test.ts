// Tampering with the parent lock's files, as a child with access to the data folder would: every case keeps family
// time locked, and every one leaves a record the parent sees.
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../electron/core/clock.ts';
import { compileRules } from '../../../electron/core/rules/matcher.ts';
import { jsonLockFile } from '../../../electron/main/adapters/parent-lock/lock-file.ts';
import { SettingsStore } from '../../../electron/main/adapters/settings/settings-store.ts';
import { DATABASE_FILE } from '../../../electron/main/adapters/storage/usage-store.ts';
import type { AppNotice } from '../../../electron/shared/contract/app.ts';
import type { ParentLockState } from '../../../electron/shared/contract/parent-lock.ts';
import type { BoundaryMemory } from '../../../electron/shared/domain/boundary-memory.ts';
import { composeHostApp } from '../../host/compose-host.ts';
import { at, settingsWith, weekly } from '../../unit/core/schedule/settings-builder.ts';

const ZONE = 'Europe/Amsterdam';
const NOW = at('2026-11-18T19:30:00+01:00');
const PIN = '2468';
const family = weekly('family', 'family-time', [1, 2, 3, 4, 5, 6, 7], '19:00', '21:00');

const folders: string[] = [];
const closers: (() => void)[] = [];
afterEach(() => {
  closers.splice(0).forEach((close) => close());
  folders.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

/** One installation's data folder; `start` runs Balans on it (again), as after a restart. */
function installation() {
  // boundary-memory.json, as the app keeps it between runs.
  let memory: BoundaryMemory | undefined;
  const dir = mkdtempSync(join(tmpdir(), 'balans-tamper-'));
  folders.push(dir);
  const clock = manualClock(NOW);
  const lockPath = join(dir, 'parent-lock.json');
  const start = async () => {
    const app = composeHostApp({
      clock,
      zone: ZONE,
      events: [],
      directory: dir,
      settingsStore: new SettingsStore({
        cwd: dir,
        Store: Conf,
        clock,
        defaults: () => settingsWith(ZONE, [family], { timeZone: ZONE }),
        check: (s) => void compileRules(s),
      }),
      lockStore: jsonLockFile(lockPath),
      boundaryMemory: {
        ...(memory ? { memory: structuredClone(memory) } : {}),
        saveMemory: (next) => {
          memory = structuredClone(next);
        },
      },
    });
    const notices: AppNotice[] = [];
    app.services.events.listen((name, payload) => name === 'notice' && notices.push(payload as AppNotice));
    closers.push(app.close);
    await app.ready;
    const stop = () => {
      closers.splice(closers.indexOf(app.close), 1);
      app.close();
    };
    return { app, notices, stop, call: (name: string, input: unknown) => app.dispatch(name, input) };
  };
  const memoryFile = {
    read: () => memory,
    write: (next: BoundaryMemory) => {
      memory = next;
    },
  };
  return { dir, clock, lockPath, start, memoryFile };
}

async function withPin(pin = PIN) {
  const home = installation();
  const first = await home.start();
  expect(await first.call('setParentPin', { pin })).toMatchObject({ ok: true });
  first.stop();
  return home;
}

async function lockState(call: (name: string, input: unknown) => Promise<unknown>) {
  return ((await call('getParentLockState', undefined)) as { data: ParentLockState }).data;
}

/** What a restart after tampering must show: the overlay locked, the change refused without the PIN. */
async function expectLocked(run: Awaited<ReturnType<ReturnType<typeof installation>['start']>>) {
  expect(run.app.services.boundaries.status().overlay).toMatchObject({
    kind: 'family-time',
    pinRequired: true,
  });
  expect(await run.call('deleteWindow', { id: 'family' })).toMatchObject({ ok: false, code: 'pin-required' });
}

describe.each([
  ['garbage', (path: string) => writeFileSync(path, '\u0000\u00ff not json {{{'), 'lock-file-damaged'],
  ['an empty file', (path: string) => writeFileSync(path, ''), 'lock-file-damaged'],
  ['{}', (path: string) => writeFileSync(path, '{}'), 'lock-file-damaged'],
  ['a deleted file', (path: string) => unlinkSync(path), 'lock-file-missing'],
  [
    'the PIN hash removed ("no PIN")',
    (path: string) =>
      writeFileSync(path, JSON.stringify({ ...JSON.parse(readFileSync(path, 'utf8')), hash: null })),
    'lock-file-replaced',
  ],
] as const)('a lock file replaced by %s', (_name, tamper, kind) => {
  it('keeps family time locked, keeps the PIN working and records the tamper', async () => {
    const home = await withPin();
    tamper(home.lockPath);
    const run = await home.start();
    await expectLocked(run);
    expect(await run.call('setParentPin', { pin: '1111' })).toMatchObject({ code: 'pin-required' });
    expect((await lockState(run.call)).tampers).toEqual([{ kind, at: NOW }]);
    // The parent's PIN still works (the mirror kept it), and the parent is told at this unlock.
    expect(await run.call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({ ok: true });
    expect(run.notices).toContainEqual(expect.objectContaining({ key: 'parentLock.tamperedNotice' }));
    // The lock file was repaired.
    expect(JSON.parse(readFileSync(home.lockPath, 'utf8'))).toMatchObject({ hash: expect.any(String) });
  });
});

describe('other tampering', () => {
  it('a lock file from another install (with a PIN the child knows) is not accepted', async () => {
    const home = await withPin();
    const other = await withPin('1111');
    writeFileSync(home.lockPath, readFileSync(other.lockPath));
    const run = await home.start();
    await expectLocked(run);
    expect(await run.call('deleteWindow', { id: 'family', pin: '1111' })).toMatchObject({
      code: 'pin-wrong',
    });
    expect((await lockState(run.call)).tampers).toEqual([{ kind: 'lock-file-replaced', at: NOW }]);
    expect(await run.call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({ ok: true });
  });

  it('resetting the attempts counter in the file does not reset the back-off', async () => {
    const home = await withPin();
    const first = await home.start();
    // Guesses go through a guarded call: there is no call that only checks a PIN.
    for (const guess of ['0001', '0002', '0003'])
      expect(await first.call('deleteWindow', { id: 'family', pin: guess })).toMatchObject({
        code: 'pin-wrong',
      });
    first.stop();
    const saved = JSON.parse(readFileSync(home.lockPath, 'utf8'));
    writeFileSync(home.lockPath, JSON.stringify({ ...saved, attempts: { failures: 0, lockedUntil: 0 } }));
    const run = await home.start();
    expect(await run.call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({
      code: 'pin-lockout',
      retryAfterMs: 30_000,
    });
    expect((await lockState(run.call)).tampers).toEqual([{ kind: 'attempts-edited', at: NOW }]);
  });

  it('deleting the lock file and the usage database leaves the PIN required (lost), and Balans still starts', async () => {
    const home = await withPin();
    unlinkSync(home.lockPath);
    rmSync(join(home.dir, DATABASE_FILE), { force: true });
    const run = await home.start();
    await expectLocked(run);
    expect(await run.call('deleteWindow', { id: 'family', pin: PIN })).toMatchObject({ code: 'unavailable' });
    expect(await run.call('setParentPin', { pin: '1111' })).toMatchObject({ code: 'unavailable' });
    const state = await lockState(run.call);
    expect(state).toMatchObject({ pinSet: true, lost: true });
    expect(state.tampers.map((t) => t.kind)).toEqual(['lock-file-missing', 'mirror-missing', 'lock-lost']);
  });

  it('removing the marker from the settings file is found and repaired', async () => {
    const home = await withPin();
    const path = join(home.dir, 'settings.json');
    const settings = JSON.parse(readFileSync(path, 'utf8'));
    delete settings.parentLock;
    writeFileSync(path, JSON.stringify(settings));
    const run = await home.start();
    await expectLocked(run);
    expect((await lockState(run.call)).tampers).toEqual([{ kind: 'marker-missing', at: NOW }]);
    expect(JSON.parse(readFileSync(path, 'utf8')).parentLock).toEqual({ fingerprint: expect.any(String) });
  });

  it('an installation without a PIN stays without one across restarts, with nothing recorded', async () => {
    const home = installation();
    for (let run = 0; run < 3; run++) {
      const started = await home.start();
      expect(await lockState(started.call)).toEqual({ pinSet: false, lost: false, tampers: [] });
      expect(await started.call('deleteWindow', { id: 'family' })).toMatchObject({ ok: run === 0 });
      started.stop();
    }
  });

  it('a pause "made with the PIN" written into the boundary memory does not lift family time', async () => {
    const home = await withPin();
    const first = await home.start();
    expect(await first.call('endFamilyTimeWithPin', { pin: PIN })).toMatchObject({
      ok: true,
      data: { overlay: null },
    });
    first.stop();
    // The parent's own ending survives a restart: it was signed by the lock.
    const second = await home.start();
    expect(second.app.services.boundaries.status().overlay).toBeNull();
    expect((await lockState(second.call)).tampers).toEqual([]);
    second.stop();

    // The child copies that pause under a new id (or edits one) to end the next family time.
    const memory = home.memoryFile.read()!;
    const ended = memory.pauses.find((p) => p.withPin)!;
    home.memoryFile.write({ ...memory, pauses: [{ ...ended, id: 'pause-forged', end: ended.end + 1 }] });
    const run = await home.start();
    await expectLocked(run);
    expect((await lockState(run.call)).tampers).toEqual([{ kind: 'pause-forged', at: NOW }]);
  });

  it('editing settings.json to remove family time while Balans is closed is undone at start', async () => {
    const home = await withPin();
    const path = join(home.dir, 'settings.json');
    const settings = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...settings, windows: [] }));
    const run = await home.start();
    await expectLocked(run);
    expect(run.app.services.settings.getSettings().windows).toMatchObject([{ id: 'family' }]);
    expect((await lockState(run.call)).tampers).toEqual([{ kind: 'schedule-edited', at: NOW }]);
  });

  it('a harmless edit of settings.json (more family time) stands and is not called tampering', async () => {
    const home = await withPin();
    const path = join(home.dir, 'settings.json');
    const settings = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...settings, windows: [{ ...family, end: '22:00' }] }));
    const run = await home.start();
    expect(run.app.services.settings.getSettings().windows).toMatchObject([{ id: 'family', end: '22:00' }]);
    expect((await lockState(run.call)).tampers).toEqual([]);
  });

  it('an untouched restart records nothing', async () => {
    const home = await withPin();
    const run = await home.start();
    await expectLocked(run);
    expect(await lockState(run.call)).toEqual({ pinSet: true, lost: false, tampers: [] });
  });
});
