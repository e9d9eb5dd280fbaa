// Rule regexes on RE2 against hostile titles (issue 10): every known catastrophic pattern, 100,000 characters.
import { compileRuleRegex } from '../electron/core/rules/regex-safety.ts';
import { CATASTROPHIC_PATTERNS, HOSTILE_TITLES } from '../test/fixtures/catastrophic-patterns.ts';

const TARGET_MS = 50;

export default function run(): void {
  let worst = { ms: 0, pattern: '', title: 0 };
  for (const pattern of CATASTROPHIC_PATTERNS) {
    const test = compileRuleRegex(pattern);
    HOSTILE_TITLES.forEach((title, index) => {
      test(title); // warm up
      const samples: number[] = [];
      for (let round = 0; round < 5; round++) {
        const start = performance.now();
        test(title);
        samples.push(performance.now() - start);
      }
      const ms = Math.max(...samples);
      if (ms > worst.ms) worst = { ms, pattern, title: index };
    });
  }
  console.log(
    `${CATASTROPHIC_PATTERNS.length} catastrophic patterns × ${HOSTILE_TITLES.length} titles of 100,000 characters: ` +
      `worst match ${worst.ms.toFixed(1)} ms (${worst.pattern} on title ${worst.title}; target < ${TARGET_MS} ms: ` +
      `${(worst.ms / TARGET_MS).toFixed(3)} of target)`,
  );
  console.log('(titles are cut to 1,000 characters at the window source, so real matches are 100× shorter)');
}
