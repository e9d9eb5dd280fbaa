// Click to chart: from the user's click (a navigation link or a range button) to the frame in which the new
// screen's bars are in the document. Needs no marks from the page, so it times the baseline's renderer the same
// way as today's: the click's own event time, then a check on every animation frame for the bars of the range.
import type { Page } from 'playwright-core';

/** The bars of a Week or Month range, of a year, and of Today. */
export const bars = {
  range: (key: string) =>
    `.week-report[data-range="${key}"] [data-testid="week-category-chart"] .recharts-bar-rectangle`,
  year: (year: number) =>
    `.week-report[data-range="year:${year}"] [data-testid="year-category-chart"] .recharts-bar-rectangle`,
  /** Today's timeline band and its chart per category: the screen is drawn when both are. */
  today: [
    '[data-testid="day-timeline"] .recharts-bar-rectangle',
    '[data-testid="category-chart"] .recharts-bar-rectangle',
  ],
};

interface Watch {
  clickAt: number | null;
  shownAt: number | null;
}

/**
 * Clicks (through `click`, as real input) and answers the milliseconds from the click event to the first frame in
 * which every selector matches; then waits for a quiet frame, so the next click is not held up by this screen.
 */
export async function clickToChart(
  page: Page,
  click: () => Promise<void>,
  selector: string | string[],
): Promise<number> {
  const selectors = typeof selector === 'string' ? [selector] : selector;
  await page.evaluate((all) => {
    const watch: Watch = { clickAt: null, shownAt: null };
    (window as unknown as { benchWatch: Watch }).benchWatch = watch;
    document.addEventListener('click', (event) => (watch.clickAt = event.timeStamp), {
      capture: true,
      once: true,
    });
    const check = () => {
      if (watch.clickAt !== null && all.every((sel) => document.querySelector(sel)))
        watch.shownAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, selectors);
  await click();
  const answer = await page.waitForFunction(
    () => {
      const watch = (window as unknown as { benchWatch: Watch }).benchWatch;
      return watch.shownAt !== null && watch.clickAt !== null ? watch.shownAt - watch.clickAt : false;
    },
    null,
    { timeout: 180_000, polling: 50 },
  );
  const ms = (await answer.jsonValue()) as number;
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
  return ms;
}

export interface ViewTimings {
  weekFirst: number[];
  weekChange: number[];
  monthFirst: number[];
  monthChange: number[];
  yearFirst: number[] | null;
  todayFirst: number[];
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Every measure on one page of one host, each `runs` times after one warm-up (dropped): Week and Today reached from
 * the navigation, previous week, Month from the Week/Month toggle, previous month, Year from the toggle (only
 * where the renderer has one). `today` is the current local date (yyyy-mm-dd), `monday` that week's Monday.
 */
export async function measureViews(
  page: Page,
  url: string,
  options: { runs: number; hasYear: boolean; monday: string; today: string },
): Promise<ViewTimings> {
  const link = (name: string) => () => page.getByRole('link', { name, exact: true }).click();
  const button = (name: string) => () => page.getByRole('button', { name, exact: true }).click();
  const thisWeek = `week:${options.monday}`;
  const thisMonth = `month:${options.today.slice(0, 7)}-01`;
  const year = Number(options.today.slice(0, 4));
  const repeat = async (work: () => Promise<number>) => {
    const out: number[] = [];
    for (let i = 0; i <= options.runs; i++) out.push(await work());
    return out.slice(1);
  };

  await page.goto(`${url}#/today`);
  for (const selector of bars.today) await page.waitForSelector(selector, { timeout: 180_000 });

  // Week and Today from the navigation, in turn.
  const weekFirst: number[] = [];
  const todayFirst: number[] = [];
  for (let i = 0; i <= options.runs; i++) {
    const week = await clickToChart(page, link('Week'), bars.range(thisWeek));
    const today = await clickToChart(page, link('Today'), bars.today);
    if (i > 0) weekFirst.push(week);
    if (i > 0) todayFirst.push(today);
  }

  await clickToChart(page, link('Week'), bars.range(thisWeek));
  let monday = Date.parse(`${options.monday}T00:00Z`);
  const weekChange = await repeat(() => {
    monday -= 7 * 86_400_000;
    return clickToChart(page, button('Previous week'), bars.range(`week:${isoDate(monday)}`));
  });
  await clickToChart(page, button('Back to this week'), bars.range(thisWeek));

  const monthFirst = await repeat(async () => {
    const ms = await clickToChart(page, button('Month'), bars.range(thisMonth));
    await clickToChart(page, button('Week'), bars.range(thisWeek));
    return ms;
  });

  await clickToChart(page, button('Month'), bars.range(thisMonth));
  let month = new Date(`${thisMonth.slice(6)}T00:00Z`);
  const monthChange = await repeat(() => {
    month = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() - 1, 1));
    return clickToChart(page, button('Previous month'), bars.range(`month:${isoDate(month.getTime())}`));
  });
  await clickToChart(page, button('Back to this month'), bars.range(thisMonth));

  const yearFirst = options.hasYear
    ? await repeat(async () => {
        const ms = await clickToChart(page, button('Year'), bars.year(year));
        await clickToChart(page, button('Month'), bars.range(thisMonth));
        return ms;
      })
    : null;
  return { weekFirst, weekChange, monthFirst, monthChange, yearFirst, todayFirst };
}

/** Round trips of a light call, every 20 ms until `stop` resolves: how the UI answers meanwhile. */
export async function pingDuring(page: Page, stop: Promise<unknown>): Promise<number[]> {
  await page.evaluate(() => {
    const state = { latencies: [] as number[], stop: false };
    (window as unknown as { benchPing: typeof state }).benchPing = state;
    const api = (window as unknown as { balans: { getAppInfo(input: undefined): Promise<unknown> } }).balans;
    void (async () => {
      while (!state.stop) {
        const start = performance.now();
        await api.getAppInfo(undefined);
        state.latencies.push(performance.now() - start);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
  });
  await stop;
  return page.evaluate(() => {
    const state = (window as unknown as { benchPing: { latencies: number[]; stop: boolean } }).benchPing;
    state.stop = true;
    return state.latencies;
  });
}
