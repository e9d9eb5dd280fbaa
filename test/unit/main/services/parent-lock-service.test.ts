import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../../electron/core/clock.ts';
import { jsonLockFile, memoryLockStore } from '../../../../electron/main/adapters/parent-lock/lock-file.ts';
import { createParentLock } from '../../../../electron/main/services/parent-lock-service.ts';

const FAST = { N: 2 ** 10, r: 8, p: 1, keyLength: 32 };

describe('the parent lock', () => {
  it('keeps only a salted scrypt hash, never the PIN, and checks it', async () => {
    const store = memoryLockStore();
    const lock = createParentLock({ store, clock: manualClock(0), scrypt: FAST });
    expect(await lock.hasPin()).toBe(false);
    await lock.setPin('2468');
    expect(await lock.hasPin()).toBe(true);
    expect(JSON.stringify(store.saved())).not.toContain('2468');
    expect(store.saved()).toMatchObject({ salt: expect.any(String), hash: expect.any(String) });
    expect(await lock.verify('2468')).toEqual({ correct: true, retryAfterMs: 0, lockedOut: false });
    expect(await lock.verify('1357')).toEqual({ correct: false, retryAfterMs: 0, lockedOut: false });
  });

  it('two installations get different salts, so the same PIN hashes differently', async () => {
    const a = memoryLockStore();
    const b = memoryLockStore();
    await createParentLock({ store: a, clock: manualClock(0), scrypt: FAST }).setPin('2468');
    await createParentLock({ store: b, clock: manualClock(0), scrypt: FAST }).setPin('2468');
    const hash = (s: typeof a) => (s.saved() as { hash: string }).hash;
    expect(hash(a)).not.toBe(hash(b));
  });

  it('rate-limits wrong PINs with a growing delay that survives a restart', async () => {
    const store = memoryLockStore();
    const clock = manualClock(1_000_000);
    const lock = createParentLock({ store, clock, scrypt: FAST });
    await lock.setPin('2468');
    await lock.verify('0000');
    await lock.verify('0001');
    expect(await lock.verify('0002')).toEqual({ correct: false, retryAfterMs: 30_000, lockedOut: false });
    // During the delay even the right PIN is not checked, and the answer says so rather than "wrong".
    expect(await lock.verify('2468')).toEqual({ correct: false, retryAfterMs: 30_000, lockedOut: true });
    await expect(lock.requirePin('2468')).rejects.toMatchObject({
      code: 'pin-lockout',
      retryAfterMs: 30_000,
    });

    const restarted = createParentLock({ store, clock, scrypt: FAST });
    clock.advance(10_000);
    expect(await restarted.verify('2468')).toEqual({ correct: false, retryAfterMs: 20_000, lockedOut: true });
    clock.advance(20_000);
    expect(await restarted.verify('0003')).toEqual({
      correct: false,
      retryAfterMs: 60_000,
      lockedOut: false,
    });
    clock.advance(60_000);
    expect(await restarted.verify('2468')).toEqual({ correct: true, retryAfterMs: 0, lockedOut: false });
  });

  it('parallel guesses are checked one at a time and all counted', async () => {
    const lock = createParentLock({ store: memoryLockStore(), clock: manualClock(0), scrypt: FAST });
    await lock.setPin('2468');
    const results = await Promise.all(['1', '2', '3', '4', '5'].map((g) => lock.verify(`000${g}`)));
    expect(results.map((r) => r.retryAfterMs)).toEqual([0, 0, 30_000, 30_000, 30_000]);
  });

  it('protects the PIN itself: changing it needs the current one', async () => {
    const lock = createParentLock({ store: memoryLockStore(), clock: manualClock(0), scrypt: FAST });
    await lock.setPin('2468');
    await expect(lock.setPin('1111')).rejects.toMatchObject({ code: 'pin-required' });
    await expect(lock.setPin('1111', '9999')).rejects.toMatchObject({ code: 'pin-wrong' });
    await lock.setPin('1111', '2468');
    expect((await lock.verify('1111')).correct).toBe(true);
    await expect(lock.requirePin('2468')).rejects.toMatchObject({ code: 'pin-wrong' });
  });

  it('works with the default scrypt cost', async () => {
    const lock = createParentLock({ store: memoryLockStore(), clock: manualClock(0) });
    await lock.setPin('864213');
    expect((await lock.verify('864213')).correct).toBe(true);
  });
});

describe('the lock file', () => {
  it('is written atomically (no temporary file left), readable only by the user, and read back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'balans-lock-'));
    const path = join(dir, 'sub', 'parent-lock.json');
    const clock = manualClock(0);
    await createParentLock({ store: jsonLockFile(path), clock, scrypt: FAST }).setPin('2468');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['parent-lock.json']);
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(readFileSync(path, 'utf8')).not.toContain('2468');
    const again = createParentLock({ store: jsonLockFile(path), clock, scrypt: FAST });
    expect((await again.verify('2468')).correct).toBe(true);
  });

  it('a damaged file with no other record of a PIN starts without one, and says it was damaged', async () => {
    const found: string[] = [];
    const tampers = {
      all: () => [],
      add: (records: { kind: string }[]) => found.push(...records.map((r) => r.kind)),
      takeUnseen: () => [],
    };
    const lock = createParentLock({
      store: memoryLockStore({ damaged: true }),
      tampers,
      clock: manualClock(0),
    });
    expect(await lock.hasPin()).toBe(false);
    expect(found).toEqual(['lock-file-damaged']);
  });

  it('a damaged file while the settings say a PIN exists stays locked (fails closed)', async () => {
    const marker = { get: () => 'fingerprint-of-a-lost-lock', set: () => {} };
    const lock = createParentLock({
      store: memoryLockStore({ damaged: true }),
      marker,
      clock: manualClock(0),
    });
    expect(lock.pinSet()).toBe(true);
    expect(await lock.hasPin()).toBe(true);
    await expect(lock.requirePin('2468')).rejects.toMatchObject({ code: 'unavailable' });
    await expect(lock.requirePin(undefined)).rejects.toMatchObject({ code: 'unavailable' });
  });
});
