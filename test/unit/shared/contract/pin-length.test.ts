// The PIN's length is decided once (PIN_DIGITS in the contract): main validates with it and every PIN field in the
// window takes its limits and its "ready" check from it, so a field can never accept a PIN main refuses.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PIN_DIGITS, isPinLength, pinSchema } from '../../../../electron/shared/contract/parent-lock.ts';

const renderer = fileURLToPath(new URL('../../../../renderer/src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('the parent PIN length', () => {
  it('accepts exactly the lengths main accepts', () => {
    for (let length = 0; length <= PIN_DIGITS.max + 2; length++) {
      const pin = '7'.repeat(length);
      const accepted = length >= PIN_DIGITS.min && length <= PIN_DIGITS.max;
      expect(isPinLength(pin), `${length} digits`).toBe(accepted);
      expect(pinSchema.safeParse(pin).success).toBe(accepted);
    }
    expect(isPinLength('12a4')).toBe(false);
  });

  it('is asked for in the window only through PinField', () => {
    const own = join(renderer, 'components', 'PinField.tsx');
    const others = sources(renderer).filter(
      (file) =>
        file !== own &&
        /type="password"|maxLength=\{8\}|length\s*[<>]=?\s*4\b/.test(readFileSync(file, 'utf8')),
    );
    expect(others).toEqual([]);
  });
});
