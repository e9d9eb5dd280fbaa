import { describe, expect, it } from 'vitest';
import { routeFromHash } from '../../../../renderer/src/app/routes.ts';

describe('routeFromHash', () => {
  it.each([
    ['', 'today'],
    ['#/week', 'week'],
    ['#settings', 'settings'],
    ['#/nonsense', 'today'],
    ['#/constructor', 'today'],
    ['#/overlay', 'overlay'],
    ['#/nudge', 'nudge'],
  ])('%s → %s', (hash, route) => {
    expect(routeFromHash(hash)).toBe(route);
  });
});
