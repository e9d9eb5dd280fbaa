import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { initialMemory } from '../../../core/boundaries/memory.ts';
import type { AppNotice } from '../../../shared/contract/app.ts';
import { boundaryMemorySchema, type BoundaryMemory } from '../../../shared/domain/boundary-memory.ts';

/** What was found at start: the memory to carry on from, and a notice when the file had to be given up. */
export interface LoadedMemory {
  memory: BoundaryMemory;
  notice: AppNotice | null;
}

/** The notice shown when the file was unreadable: today's pause budget and gap records start over. */
export const MEMORY_RESET_NOTICE: AppNotice = { level: 'warning', key: 'pause.memoryReset' };

/**
 * The boundary memory (pause budget, pauses, crossings, gaps) in a small JSON file, so a restart carries on where
 * it stopped. Written atomically (temporary file, then rename): a crash never leaves half a file. Synchronous on
 * purpose: the service saves after each step, and ordered writes cannot overtake each other.
 */
export function boundaryMemoryFile(path: string, log: (message: string, error: unknown) => void = () => {}) {
  let written: string | undefined;
  return {
    /** The saved memory; a missing file is a fresh start, a damaged one a fresh start with a notice. */
    load(): LoadedMemory {
      let text: string;
      try {
        text = readFileSync(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return { memory: initialMemory(), notice: null };
        log('Reading the boundary memory failed; starting fresh', error);
        return { memory: initialMemory(), notice: MEMORY_RESET_NOTICE };
      }
      try {
        const parsed = boundaryMemorySchema.safeParse(JSON.parse(text));
        if (parsed.success) {
          written = text;
          return { memory: parsed.data, notice: null };
        }
        log('The boundary memory file is not valid; starting fresh', parsed.error);
      } catch (error) {
        log('The boundary memory file is not JSON; starting fresh', error);
      }
      return { memory: initialMemory(), notice: MEMORY_RESET_NOTICE };
    },
    /** Keeps the memory; an unchanged memory is not written again, and a failed write is logged, never thrown. */
    save(memory: BoundaryMemory): void {
      const text = JSON.stringify(memory);
      if (text === written) return;
      try {
        mkdirSync(dirname(path), { recursive: true });
        const temporary = `${path}.${process.pid}.tmp`;
        writeFileSync(temporary, text, { mode: 0o600 });
        renameSync(temporary, path);
        written = text;
      } catch (error) {
        // Boundaries keep working from the memory they hold; only a restart would forget.
        log('Saving the boundary memory failed', error);
      }
    },
  };
}
