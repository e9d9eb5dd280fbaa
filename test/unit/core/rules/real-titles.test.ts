import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULES, PROFESSIONAL_OVERRIDES } from '../../../../electron/core/rules/default-rules.ts';
import { compileRules } from '../../../../electron/core/rules/matcher.ts';
import { recordedObservation } from '../../../../electron/core/sites/observation.ts';
import type { Observation } from '../../../../electron/shared/domain/usage.ts';

/**
 * Window titles as Windows, macOS and Linux report them (browsers in English, Dutch and Swedish, native apps,
 * chat, office, games, video), each with the categories a person would accept. Public formats, no personal data.
 */
const fixture = JSON.parse(
  readFileSync(new URL('../../../fixtures/window-titles.json', import.meta.url), 'utf8'),
) as { platform: string; observation: Observation; acceptable: string[] }[];

/** The share of real titles the default rules must put in an acceptable category. */
const TARGET = 0.95;

describe('the default rules on real desktops', () => {
  const matcher = compileRules({
    rules: [...DEFAULT_RULES],
    profiles: [
      {
        id: 'professional',
        name: 'Professional',
        colour: '#336699',
        icon: 'briefcase',
        ruleOverrides: [...PROFESSIONAL_OVERRIDES],
        limits: [],
        actions: {},
      },
    ],
  });
  // As the tracker records them: app names normalised, the site read once from a browser's title.
  const judged = fixture.map((entry) => {
    const category = matcher.categorise(recordedObservation(entry.observation));
    return { ...entry, category, ok: entry.acceptable.includes(category) };
  });

  it('has at least 300 titles from Windows, macOS and Linux', () => {
    expect(fixture.length).toBeGreaterThanOrEqual(300);
    for (const platform of ['windows', 'macos', 'linux'])
      expect(fixture.filter((f) => f.platform === platform).length, platform).toBeGreaterThanOrEqual(60);
  });

  it(`puts at least ${TARGET * 100} % of them in an acceptable category`, () => {
    const misses = judged.filter((j) => !j.ok);
    const share = 1 - misses.length / judged.length;
    console.info(
      `Real-title share in an acceptable category: ${(share * 100).toFixed(1)} % of ${judged.length}` +
        misses.map((m) => `\n  miss: ${JSON.stringify(m.observation)} → ${m.category}`).join(''),
    );
    expect(share).toBeGreaterThanOrEqual(TARGET);
  });
});
