import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

// One place builds the renderer's Intl formatters (renderer/src/lib/format.ts keeps them): a Week screen that built
// six date formatters per render spent 11 ms of a range change doing it.
describe('the renderer formatter rule', () => {
  it.each([
    "export const f = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });\n",
    "export const f = new Intl.NumberFormat('nl', { style: 'percent' });\n",
    "export const f = new Intl.Collator('sv');\n",
  ])('rejects outside lib/format.ts: %s', async (code) => {
    expect(await problems('renderer/src/features/week/x.tsx', code)).not.toEqual([]);
  });

  it('allows lib/format.ts and the shared getters elsewhere', async () => {
    expect(
      await problems('renderer/src/lib/format.ts', "export const f = new Intl.Collator('sv');\n"),
    ).toEqual([]);
    expect(
      await problems(
        'renderer/src/features/week/x.tsx',
        "import { numberFormat } from '../../lib/format.ts';\nexport const f = numberFormat('en', {});\n",
      ),
    ).toEqual([]);
  });
});
