// A field's longest text is decided once (TEXT_LENGTHS): the schemas refuse one character more, and no input in the
// window spells its own maxLength.
import { describe, it, expect } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEXT_LENGTHS } from '../../../../electron/shared/domain/text-lengths.ts';
import { nameSchema } from '../../../../electron/shared/domain/ids.ts';
import { familyMessageSchema } from '../../../../electron/shared/domain/settings.ts';
import { ruleSchema } from '../../../../electron/shared/domain/rules.ts';

const ruleOf = (pattern: string) => ({ id: 'r1', field: 'title', match: 'exact', pattern, category: 'work' });

const renderer = fileURLToPath(new URL('../../../../renderer/src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx$/.test(entry.name) ? [path] : [];
  });
}

describe('the longest text of each field', () => {
  it('is where the schemas stop', () => {
    const cases = [
      [nameSchema, TEXT_LENGTHS.name],
      [familyMessageSchema, TEXT_LENGTHS.sentence],
    ] as const;
    for (const [schema, length] of cases) {
      expect(schema.safeParse('a'.repeat(length)).success).toBe(true);
      expect(schema.safeParse('a'.repeat(length + 1)).success).toBe(false);
    }
    const rule = (pattern: string) => ruleSchema.safeParse(ruleOf(pattern)).success;
    expect(rule('a'.repeat(TEXT_LENGTHS.pattern))).toBe(true);
    expect(rule('a'.repeat(TEXT_LENGTHS.pattern + 1))).toBe(false);
  });

  it('is never spelled out by an input in the window', () => {
    const spelled = sources(renderer).filter((file) => /maxLength=\{\d+\}/.test(readFileSync(file, 'utf8')));
    expect(spelled).toEqual([]);
  });
});
