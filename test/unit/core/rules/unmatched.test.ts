import { describe, expect, it } from 'vitest';
import { recordedObservation } from '../../../../electron/core/sites/observation.ts';
import { compileRules } from '../../../../electron/core/rules/matcher.ts';
import { unmatchedUsage } from '../../../../electron/core/rules/unmatched.ts';
import type { AttentionPiece } from '../../../../electron/core/reports/totals.ts';
import type { Observation } from '../../../../electron/shared/domain/usage.ts';

const MIN = 60_000;
const piece = (minutes: number, data: Observation): AttentionPiece => ({ start: 0, ms: minutes * MIN, data });

const matcher = compileRules({
  rules: [
    { id: 'slack', field: 'app', match: 'exact', pattern: 'Slack', category: 'communication' },
    { id: 'tube', field: 'site', match: 'exact', pattern: 'youtube.com', category: 'entertainment' },
  ],
  profiles: [],
});
const explain = (o: Observation) => matcher.explain(o);

describe('apps and sites no rule matches', () => {
  it('totals unmatched apps and sites, most time first, and leaves matched ones out', () => {
    const items = unmatchedUsage(
      [
        piece(10, { app: 'Slack' }),
        piece(5, { app: 'Blender' }),
        piece(20, { app: 'firefox', site: 'youtube.com' }),
        piece(7, { app: 'firefox', site: 'kagi.com' }),
        piece(4, { app: 'Blender' }),
        piece(1, { app: 'chromium', site: 'kagi.com' }),
        piece(3, { app: 'firefox' }),
      ],
      explain,
    );
    expect(items).toEqual([
      { kind: 'app', name: 'Blender', ms: 9 * MIN },
      { kind: 'site', name: 'kagi.com', ms: 8 * MIN },
      { kind: 'app', name: 'firefox', ms: 3 * MIN },
    ]);
  });

  it('reports a site recognised in a browser title as the site', () => {
    const recorded = recordedObservation({ app: 'firefox', title: 'Reddit — Mozilla Firefox' });
    const items = unmatchedUsage([piece(2, recorded)], explain);
    expect(items).toEqual([{ kind: 'site', name: 'reddit.com', ms: 2 * MIN }]);
  });

  it('is empty when every app matches, and keeps at most `limit` items', () => {
    expect(unmatchedUsage([piece(3, { app: 'slack' })], explain)).toEqual([]);
    const many = Array.from({ length: 80 }, (_, i) => piece(i + 1, { app: `App ${i}` }));
    const top = unmatchedUsage(many, explain, 5);
    expect(top.map((i) => i.name)).toEqual(['App 79', 'App 78', 'App 77', 'App 76', 'App 75']);
  });

  it('explains each distinct window once', () => {
    let calls = 0;
    const counting = (o: Observation) => {
      calls++;
      return explain(o);
    };
    unmatchedUsage(
      Array.from({ length: 100 }, () => piece(1, { app: 'Blender' })),
      counting,
    );
    expect(calls).toBe(1);
  });
});
