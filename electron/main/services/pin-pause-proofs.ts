import type { ActivePause, BoundaryMemory } from '../../shared/domain/boundary-memory.ts';
import { sameDigest } from '../adapters/parent-lock/pin-hash.ts';
import { keepMeta, type MetaStore } from '../adapters/parent-lock/lock-records.ts';
import type { ParentLock } from './parent-lock-service.ts';

const KEY = 'pin-pauses';

/**
 * Pauses made with the parent PIN lift family time, and the boundary memory that keeps them is a plain JSON file.
 * So each such pause is signed by the lock (a digest keyed with the PIN hash, kept in the usage database), and at
 * start a pause that claims the PIN without this lock's signature is not trusted and is recorded as tampering.
 */
export function pinPauseProofs(deps: {
  meta: MetaStore;
  lock: Pick<ParentLock, 'sign' | 'pinSet' | 'recordTamper'>;
}) {
  /** Nothing is signed before the memory read at start was checked, so a forged pause cannot be signed first. */
  let vetted = false;
  const text = (p: ActivePause) => `pin-pause:${p.id}:${p.kind}:${p.start}:${p.end}:${p.windowKey ?? ''}`;
  const read = (): Record<string, string> => {
    try {
      const value = JSON.parse(deps.meta.readMeta(KEY) ?? '{}') as unknown;
      return value && typeof value === 'object' ? (value as Record<string, string>) : {};
    } catch {
      return {};
    }
  };

  return {
    /** With every memory saved: signs the pauses made with the PIN (and forgets the ones gone). */
    prove(memory: BoundaryMemory): void {
      if (!vetted) return;
      const saved = read();
      const next: Record<string, string> = {};
      for (const pause of memory.pauses) {
        const proof = pause.withPin ? deps.lock.sign(text(pause)) : null;
        if (proof) next[pause.id] = proof;
      }
      if (JSON.stringify(next) !== JSON.stringify(saved)) keepMeta(deps.meta, KEY, JSON.stringify(next));
    },

    /** At start, after the lock was read: a pause claiming the PIN without its signature no longer lifts anything. */
    vet(memory: BoundaryMemory): BoundaryMemory {
      vetted = true;
      if (!deps.lock.pinSet()) return memory;
      const proofs = read();
      let forged = false;
      const pauses = memory.pauses.map((pause) => {
        if (!pause.withPin) return pause;
        const expected = deps.lock.sign(text(pause));
        const proof = proofs[pause.id];
        if (expected && typeof proof === 'string' && sameDigest(proof, expected)) return pause;
        forged = true;
        return { ...pause, withPin: false };
      });
      if (forged) deps.lock.recordTamper('pause-forged');
      return forged ? { ...memory, pauses } : memory;
    },
  };
}
