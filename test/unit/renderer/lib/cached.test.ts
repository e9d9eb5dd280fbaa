import { describe, expect, it } from 'vitest';
import { cachedByKey } from '../../../../renderer/src/lib/cached.ts';

describe('cachedByKey', () => {
  it('computes each key once and answers it again from memory, an undefined answer too', () => {
    const asked: (string | number)[] = [];
    const label = cachedByKey((key: string | number) => {
      asked.push(key);
      return key === 0 ? undefined : `label ${key}`;
    });
    expect([label('a'), label('b'), label('a'), label(0), label(0), label('b')]).toEqual([
      'label a',
      'label b',
      'label a',
      undefined,
      undefined,
      'label b',
    ]);
    expect(asked).toEqual(['a', 'b', 0]);
  });
});
