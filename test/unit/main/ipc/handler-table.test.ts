import { describe, expect, it } from 'vitest';
import { createDispatch, type Handlers } from '../../../../electron/main/ipc/handler-table.ts';
import { BalansError } from '../../../../electron/shared/result.ts';
import { boundaryCalls } from '../../../../electron/shared/contract/boundaries.ts';

const notUsedHere = () => {
  throw new Error('not used in these tests');
};

const base: Handlers = {
  getAppInfo: () => ({ name: 'Balans', version: '1', host: 'web-host', locale: 'en' }),
  getDayTotals: () => ({ date: '2026-01-01', zone: 'UTC', totalMs: 0, byCategory: [], byApp: [] }),
  ...(Object.fromEntries(Object.keys(boundaryCalls).map((name) => [name, notUsedHere])) as unknown as Pick<
    Handlers,
    keyof typeof boundaryCalls
  >),
};

describe('createDispatch', () => {
  it('refuses a name that is not in the contract', async () => {
    const dispatch = createDispatch(base);
    expect(await dispatch('deleteEverything', {})).toMatchObject({ ok: false, code: 'unknown-channel' });
    expect(await dispatch('toString', undefined)).toMatchObject({ ok: false, code: 'unknown-channel' });
  });

  it('turns a BalansError into its code and message', async () => {
    const dispatch = createDispatch({
      ...base,
      getDayTotals: () => {
        throw new BalansError('not-found', 'No such day');
      },
    });
    expect(await dispatch('getDayTotals', { date: '2026-01-01' })).toEqual({
      ok: false,
      code: 'not-found',
      message: 'No such day',
    });
  });

  it('hides unexpected errors behind an internal failure and logs them', async () => {
    const logged: unknown[] = [];
    const dispatch = createDispatch(
      {
        ...base,
        getDayTotals: async () => {
          throw new Error('SQLITE_CORRUPT at /home/someone/secret/path');
        },
      },
      (_message, error) => logged.push(error),
    );
    const result = await dispatch('getDayTotals', undefined);
    expect(result).toEqual({ ok: false, code: 'internal', message: 'getDayTotals failed unexpectedly' });
    expect(logged).toHaveLength(1);
  });
});
