import { describe, expect, it } from 'vitest';
import { memoCategorise } from '../../../../electron/core/reports/categorise.ts';
import type { Observation } from '../../../../electron/shared/domain/usage.ts';

describe('memoCategorise', () => {
  it('asks the rules once per distinct window, however many objects and wrappers carry it', () => {
    const asked: string[] = [];
    const rules = (o: Observation) => (asked.push(o.title ?? ''), o.app === 'Code' ? 'work' : 'other');
    const memo = memoCategorise(rules);
    expect(memoCategorise(memo)).toBe(memo);
    const a = { app: 'Code', title: 'a.ts' };
    const sameAsA = { app: 'Code', title: 'a.ts' };
    const b = { app: 'Code', title: 'b.ts', profileId: 'private' };
    expect([a, a, sameAsA, b, b].map(memoCategorise(memo))).toEqual(['work', 'work', 'work', 'work', 'work']);
    expect(asked).toEqual(['a.ts', 'b.ts']);
  });

  it('keeps windows apart that differ in any recorded field', () => {
    const memo = memoCategorise((o) => (o.profileId === 'professional' ? 'work' : 'social'));
    expect(
      [{ app: 'Firefox' }, { app: 'Firefox', profileId: 'professional' }, { app: 'Firefox' }].map(memo),
    ).toEqual(['social', 'work', 'social']);
  });
});
