import type { Rule, RuleField } from '../../shared/domain/rules.ts';
import type { Settings } from '../../shared/domain/settings.ts';
import type { CategoryId, Observation } from '../../shared/domain/usage.ts';
import { compileGlob, type TextTest } from './glob.ts';
import { compileRuleRegex } from './regex-safety.ts';
import { appKey } from '../sites/app-name.ts';
import { normaliseSite } from '../sites/site.ts';

/**
 * Rules compiled once from the settings; categorising an observation then costs a few map look-ups. The
 * observation's own profile (recorded with it) puts that profile's overrides first.
 */
export interface RuleMatcher {
  categorise(observation: Observation): CategoryId;
  /** The category and the rule that decided it (null when none matched and the fallback applies). */
  explain(observation: Observation): RuleDecision;
  /** Whether any rule (shared or a profile's) looks at titles, which the title-less rollup cannot answer. */
  readsTitles: boolean;
}

/** Why an observation falls into its category: the deciding rule, from the profile's overrides or the shared list. */
export interface RuleDecision {
  category: CategoryId;
  rule: { id: string; from: 'profile' | 'shared' } | null;
  /** The site the matcher saw (the observation's recorded site, normalised); '' when none. */
  site: string;
}

/** The category of observations no rule matches. */
export const FALLBACK_CATEGORY: CategoryId = 'other';

interface Fields {
  app: string;
  exe: string;
  title: string;
  site: string;
}

/** One rule as the matcher keeps it: its place in the list, its id and its category. */
interface Hit {
  index: number;
  id: string;
  category: CategoryId;
}

interface PatternRule extends Hit {
  field: RuleField;
  test: TextTest;
}

/** One ordered rule list, split into exact look-ups and the pattern rules that must be tried in order. */
interface CompiledList {
  exact: Record<RuleField, Map<string, Hit>>;
  patterns: PatternRule[];
}

/** Compiles the shared rule list and each profile's overrides; throws BalansError('invalid-input') on a bad regex. */
export function compileRules(settings: Pick<Settings, 'rules' | 'profiles'>): RuleMatcher {
  const shared = compileList(settings.rules);
  const overrides = new Map(settings.profiles.map((p) => [p.id, compileList(p.ruleOverrides)]));
  const fieldsOf = (observation: Observation): Fields => ({
    app: appKey(observation.app),
    exe: observation.executable ? appKey(observation.executable) : '',
    title: observation.title?.toLowerCase() ?? '',
    // The tracker filled the site in once when it recorded; the matcher never reads it from the title again.
    site: observation.site ? normaliseSite(observation.site) : '',
  });
  const overrideFor = (profileId: string | undefined) =>
    profileId === undefined ? undefined : overrides.get(profileId);
  const readsTitles = [settings.rules, ...settings.profiles.map((p) => p.ruleOverrides)].some((list) =>
    list.some((rule) => rule.field === 'title'),
  );
  // The answer per distinct window, for as long as these rules stand (a rule change compiles a new matcher): a
  // month's view asks about tens of thousands of windows, most of them seen before. Without title rules the title
  // cannot change the answer, so it is left out of the key. Bounded, so a long session cannot grow it forever.
  const answers = new Map<string, CategoryId>();
  const keyOf = (o: Observation) =>
    `${o.app}\u0000${readsTitles ? (o.title ?? '') : ''}\u0000${o.site ?? ''}\u0000${o.executable ?? ''}\u0000${o.profileId ?? ''}`;
  return {
    readsTitles,
    categorise(observation) {
      const key = keyOf(observation);
      let category = answers.get(key);
      if (category !== undefined) return category;
      const fields = fieldsOf(observation);
      const override = overrideFor(observation.profileId);
      category =
        (override && firstMatch(override, fields))?.category ??
        firstMatch(shared, fields)?.category ??
        FALLBACK_CATEGORY;
      if (answers.size >= MAX_ANSWERS) answers.clear();
      answers.set(key, category);
      return category;
    },
    explain(observation) {
      const fields = fieldsOf(observation);
      const override = overrideFor(observation.profileId);
      const fromProfile = override && firstMatch(override, fields);
      const hit = fromProfile ?? firstMatch(shared, fields);
      return {
        category: hit?.category ?? FALLBACK_CATEGORY,
        rule: hit ? { id: hit.id, from: fromProfile ? 'profile' : 'shared' } : null,
        site: fields.site,
      };
    },
  };
}

/** How many answers a matcher keeps (about a year's distinct windows). */
const MAX_ANSWERS = 100_000;

/** The category of an observation under a compiled rule set, with its profile's overrides first. */
export function categorise(rules: RuleMatcher, observation: Observation): CategoryId {
  return rules.categorise(observation);
}

function compileList(rules: readonly Rule[]): CompiledList {
  const list: CompiledList = { exact: { app: new Map(), title: new Map(), site: new Map() }, patterns: [] };
  rules.forEach((rule, index) => {
    const pattern =
      rule.field === 'site' && rule.match !== 'regex' ? normaliseSite(rule.pattern) : rule.pattern;
    if (rule.match === 'exact' || (rule.match === 'glob' && !/[*?]/.test(pattern))) {
      const key = pattern.toLowerCase();
      const map = list.exact[rule.field];
      if (!map.has(key)) map.set(key, { index, id: rule.id, category: rule.category });
      return;
    }
    list.patterns.push({
      index,
      id: rule.id,
      field: rule.field,
      category: rule.category,
      test: compilePattern(rule, pattern),
    });
  });
  return list;
}

function compilePattern(rule: Rule, pattern: string): TextTest {
  if (rule.match === 'glob') return compileGlob(pattern);
  return compileRuleRegex(pattern);
}

/** The first rule in list order that matches, or undefined. */
function firstMatch(list: CompiledList, fields: Fields): Hit | undefined {
  const best = exactMatch(list, fields);
  for (const rule of list.patterns) {
    if (best && rule.index > best.index) break;
    if (patternMatches(rule, fields)) return rule;
  }
  return best;
}

function exactMatch(list: CompiledList, fields: Fields): Hit | undefined {
  let best: Hit | undefined;
  const consider = (hit: Hit | undefined) => {
    if (hit && (!best || hit.index < best.index)) best = hit;
  };
  if (fields.app) consider(list.exact.app.get(fields.app));
  if (fields.exe) consider(list.exact.app.get(fields.exe));
  if (fields.title) consider(list.exact.title.get(fields.title));
  // A site rule covers its subdomains too: 'youtube.com' matches 'm.youtube.com'.
  for (let site = fields.site; site; site = site.slice(site.indexOf('.') + 1 || site.length)) {
    consider(list.exact.site.get(site));
  }
  return best;
}

function patternMatches(rule: PatternRule, fields: Fields): boolean {
  switch (rule.field) {
    case 'app':
      return (fields.app !== '' && rule.test(fields.app)) || (fields.exe !== '' && rule.test(fields.exe));
    case 'title':
      return fields.title !== '' && rule.test(fields.title);
    case 'site':
      return fields.site !== '' && rule.test(fields.site);
  }
}
