import { afterEach, describe, expect, it } from 'vitest';
import { composeHostApp } from '../../../host/compose-host.ts';

let close = () => {};
afterEach(() => close());

// Dates that look right but do not exist must be refused at the contract, never reach a service as an `internal`.
describe.each(['2026-02-30', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-1-01'])(
  'the date %s',
  (date) => {
    it.each([
      ['getDayTotals', { date }],
      ['getDayTimeline', { date }],
      ['getUsageTotals', { from: date, to: '2026-03-01', unit: 'day' }],
      ['getChecks', { from: '2026-01-01', to: date }],
    ])('is invalid input for %s', async (name, input) => {
      const app = composeHostApp({ events: [] });
      close = app.close;
      const result = await app.dispatch(name, input);
      expect(result).toMatchObject({ ok: false, code: 'invalid-input' });
    });
  },
);

describe('a real date', () => {
  it('still works, a leap day included', async () => {
    const app = composeHostApp({ events: [] });
    close = app.close;
    expect(await app.dispatch('getDayTotals', { date: '2024-02-29' })).toMatchObject({ ok: true });
  });
});
