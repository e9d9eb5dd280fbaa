// Week / Month UI benchmark (issue 6): a year of synthetic usage in a real host store, the built renderer in
// Chromium, and performance marks set by the page itself: data arrival → first render of the Week view, and the
// same for range changes (previous/next week, switching to month). Targets: 300 ms and 150 ms.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import type { Page } from 'playwright-core';
import { composeHostApp } from '../test/host/compose-host.ts';
import { startHost } from '../test/host/server.ts';
import { launchChromium } from '../test/support/browser.ts';
import { workingWeek } from '../test/e2e/seeded-settings.ts';
import { SYNTHETIC_ZONE, syntheticYear } from '../test/fixtures/synthetic-year.ts';
import type { StoredEvent } from '../electron/shared/domain/usage.ts';

const TARGETS = { firstRenderMs: 300, rangeChangeMs: 150 };
const root = fileURLToPath(new URL('..', import.meta.url));
const rendererDir = fileURLToPath(new URL('../out/renderer/', import.meta.url));
const MARKS = { change: 'balans:week:change', data: 'balans:week:data', rendered: 'balans:week:rendered' };

interface Timing {
  /** From the user's action (or navigation start) to the data's arrival: the report calls. */
  fetchMs: number;
  /** From the data's arrival to the frame after the Week view rendered it: what the target is about. */
  renderMs: number;
}

/**
 * Waits until the Week view shows `key`: the page has marked it rendered (the frame after React's commit) and its
 * bars are in the document, checked on every animation frame, so a chart drawn a little later still counts.
 */
async function timingOf(page: Page, key: string, since: string | null): Promise<Timing> {
  const visibleAt = await page.waitForFunction(
    ([name, detail]) => {
      const marked = performance
        .getEntriesByName(name!)
        .some((m) => (m as PerformanceMark).detail === detail);
      const bars = document.querySelector(
        `.week-report[data-range="${detail}"] [data-testid="week-category-chart"] .recharts-bar-rectangle`,
      );
      return marked && bars ? performance.now() : false;
    },
    [MARKS.rendered, key],
    { timeout: 60_000, polling: 'raf' },
  );
  const shownAt = (await visibleAt.jsonValue()) as number;
  return page.evaluate(
    ([marks, detail, from, shown]) => {
      const last = (name: string) =>
        performance
          .getEntriesByName(name)
          .filter((m) => (m as PerformanceMark).detail === detail)
          .at(-1)!.startTime;
      const start = from === null ? 0 : last(from);
      const data = last(marks.data);
      return { fetchMs: data - start, renderMs: Math.max(last(marks.rendered), shown) - data };
    },
    [MARKS, key, since, shownAt] as const,
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? NaN;
const max = (values: number[]) => Math.max(...values);
const ms = (value: number) => `${value.toFixed(1)} ms`;

function report(label: string, timings: Timing[], target: number): void {
  const render = timings.map((t) => t.renderMs);
  const fetch = timings.map((t) => t.fetchMs);
  const total = timings.map((t) => t.fetchMs + t.renderMs);
  if (process.env.BENCH_VERBOSE)
    console.log(`  data→render each: ${render.map((r) => r.toFixed(0)).join(', ')}`);
  console.log(
    `${label} (n=${timings.length}): data→render median ${ms(median(render))}, max ${ms(max(render))} ` +
      `(target ${target} ms, ratio ${(median(render) / target).toFixed(2)}×, worst ${(max(render) / target).toFixed(2)}×); ` +
      `report calls median ${ms(median(fetch))}; action→render median ${ms(median(total))}`,
  );
}

export default async function bench(): Promise<void> {
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' });
  // Mid-December of the synthetic year, so there is almost a year behind "now".
  const now = DateTime.fromISO('2024-12-18T17:30', { zone: SYNTHETIC_ZONE }).toMillis();
  const app = composeHostApp({
    clock: { now: () => now },
    zone: SYNTHETIC_ZONE,
    events: [],
    settings: workingWeek(SYNTHETIC_ZONE),
  });
  let count = 0;
  let batch: StoredEvent[] = [];
  for (const event of syntheticYear()) {
    batch.push(event);
    if (batch.length === 5000) {
      app.store.write(batch);
      count += batch.length;
      batch = [];
    }
  }
  app.store.write(batch);
  count += batch.length;
  await app.store.flush();
  // The first totals query after a bulk ingest rebuilds the rollup (about a second, once): not a UI figure.
  await app.services.reports.getUsageTotals({ from: '2024-01-01', to: '2024-12-31', unit: 'day' });
  console.log(`store: ${count} synthetic events (a year), zone ${SYNTHETIC_ZONE}`);

  const host = await startHost({ dispatch: app.dispatch, events: app.services.events, rendererDir });
  const browser = await launchChromium();
  try {
    const viewport = { width: 1280, height: 900 };
    const first: Timing[] = [];
    for (let i = 0; i < 8; i++) {
      // A new page each time: the same URL again would only be a same-document hash change.
      const fresh = await browser.newPage({ viewport });
      await fresh.goto(`${host.url}#/week`);
      first.push(await timingOf(fresh, 'week:2024-12-16', null));
      await fresh.close();
    }
    report('first render of Week', first.slice(1), TARGETS.firstRenderMs);

    const page = await browser.newPage({ viewport });
    await page.goto(`${host.url}#/week`);
    await timingOf(page, 'week:2024-12-16', null);

    const weeks: Timing[] = [];
    let monday = DateTime.fromISO('2024-12-16', { zone: 'UTC' });
    for (let i = 0; i < 20; i++) {
      const back = i < 12;
      monday = monday.plus({ weeks: back ? -1 : 1 });
      await page.getByRole('button', { name: back ? 'Previous week' : 'Next week' }).click();
      weeks.push(await timingOf(page, `week:${monday.toISODate()}`, MARKS.change));
    }
    report('previous/next week', weeks, TARGETS.rangeChangeMs);

    const months: Timing[] = [];
    await page.getByRole('button', { name: 'Month', exact: true }).click();
    months.push(await timingOf(page, `month:${monday.startOf('month').toISODate()}`, MARKS.change));
    let month = monday.startOf('month');
    for (let i = 0; i < 8; i++) {
      month = month.minus({ months: 1 });
      await page.getByRole('button', { name: 'Previous month' }).click();
      months.push(await timingOf(page, `month:${month.toISODate()}`, MARKS.change));
    }
    report('switch to month, previous month', months, TARGETS.rangeChangeMs);
  } finally {
    await browser.close();
    await host.close();
    app.close();
  }
}
