import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manualClock } from '../../../../../electron/core/clock.ts';
import { initialMemory } from '../../../../../electron/core/boundaries/memory.ts';
import {
  boundaryMemoryFile,
  MEMORY_RESET_NOTICE,
} from '../../../../../electron/main/adapters/boundaries/memory-file.ts';
import { manualScheduler } from '../../../../support/manual-scheduler.ts';
import { composeHostApp } from '../../../../host/compose-host.ts';
import { local, ZONE } from '../../../core/boundaries/harness.ts';
import { settingsWith, weekly } from '../../../core/schedule/settings-builder.ts';

let folders: string[] = [];
afterEach(() => {
  folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  folders = [];
});
function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'balans-memory-'));
  folders.push(path);
  return path;
}

const settings = settingsWith(ZONE, [weekly('work', 'focus', [5], '09:00', '17:00')]);

/** The app as it starts: the memory file read first, then the services on it (as electron/main/index.ts does). */
function startApp(path: string, at: string) {
  const file = boundaryMemoryFile(path);
  const loaded = file.load();
  const app = composeHostApp({
    clock: manualClock(local(at)),
    zone: ZONE,
    settings,
    events: [],
    scheduler: manualScheduler(), // never fires: each test moves the clock and recomputes itself
    preferences: { defaultPauseBudget: 1 },
    boundaryMemory: {
      memory: loaded.memory,
      saveMemory: (memory) => file.save(memory),
      memoryNotice: loaded.notice,
    },
  });
  return app;
}

describe('the boundary memory file', () => {
  it('starts fresh without a notice when there is no file yet', () => {
    expect(boundaryMemoryFile(join(folder(), 'none.json')).load()).toEqual({
      memory: initialMemory(),
      notice: null,
    });
  });

  it('gives back what was saved, written whole with no temporary file left behind', () => {
    const dir = folder();
    const path = join(dir, 'nested', 'boundary-memory.json');
    const memory = { ...initialMemory(), day: '2026-11-20', lastStep: 42, warned: ['work@1'] };
    boundaryMemoryFile(path).save(memory);
    expect(boundaryMemoryFile(path).load()).toEqual({ memory, notice: null });
    expect(readdirSync(join(dir, 'nested'))).toEqual(['boundary-memory.json']);
  });

  it.each([
    ['not JSON', '{"lastStep": 1, "pau'],
    ['the wrong shape', JSON.stringify({ ...initialMemory(), pauses: 'many' })],
  ])('a file that is %s means a fresh start and a notice, never a crash', (_name, text) => {
    const path = join(folder(), 'boundary-memory.json');
    writeFileSync(path, text);
    expect(boundaryMemoryFile(path).load()).toEqual({
      memory: initialMemory(),
      notice: MEMORY_RESET_NOTICE,
    });
  });

  it('a failed write is not thrown: boundaries go on from the memory they hold', () => {
    const dir = folder();
    writeFileSync(join(dir, 'file'), '');
    const errors: string[] = [];
    const file = boundaryMemoryFile(join(dir, 'file', 'memory.json'), (message) => errors.push(message));
    expect(() => file.save(initialMemory())).not.toThrow();
    expect(errors).toEqual(['Saving the boundary memory failed']);
  });
});

describe('boundaries across a restart', () => {
  it('a pause budget used before the restart is still used after it', async () => {
    const path = join(folder(), 'boundary-memory.json');
    const before = startApp(path, '2026-11-20T10:00');
    await before.ready;
    await before.services.pauses.snooze(5);
    before.close();

    const after = startApp(path, '2026-11-20T10:30');
    await after.ready;
    expect(after.services.boundaries.status().pauseBudget).toEqual({
      used: 1,
      budget: 1,
      reasonRequired: true,
    });
    await expect(after.services.pauses.snooze(5)).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringMatching(/^reason-required/),
    });
    after.close();
  });

  it('a damaged file reaches the user as a notice and boundaries start fresh', async () => {
    const path = join(folder(), 'boundary-memory.json');
    writeFileSync(path, 'garbage');
    const app = startApp(path, '2026-11-20T10:00');
    await app.ready;
    expect(app.services.notices()).toEqual([MEMORY_RESET_NOTICE]);
    expect(app.services.boundaries.status().pauseBudget.used).toBe(0);
    app.close();
  });
});
