import type { Band } from './timeline-bands.ts';

/** What a band drawn for several bands held: each group's time, largest first. */
export interface BandPart {
  group: string;
  ms: number;
}

/** A band as drawn: one of the day's bands, or several too narrow to see, with their time per group. */
export interface DrawnBand extends Band {
  parts?: BandPart[];
}

/** The narrow bands starting in one pixel, gathered. */
interface Pixel {
  index: number;
  start: number;
  end: number;
  first: Band;
  /** Time and colour per group. */
  groups: Map<string, { ms: number; color: string }>;
}

/**
 * The day's bands as they can be drawn `widthPx` pixels wide. A band narrower than a pixel can be neither seen nor
 * pointed at, and a busy day has thousands of them (2,000 stretches in 700 pixels took most of Today's render), so
 * the narrow bands starting in one pixel are drawn as one band in the colour of the group with most time there,
 * which keeps every group's time in `parts` for its tooltip; neighbouring narrow pixels of one group are joined.
 * Bands a pixel wide or more are drawn as they are. The drawn bands cover the same span, with no gap between.
 */
export function drawnBands(bands: readonly Band[], widthPx: number): DrawnBand[] {
  const from = bands[0]?.start ?? 0;
  const span = (bands.at(-1)?.end ?? from) - from;
  if (span <= 0 || !(widthPx > 0)) return [...bands];
  const msPerPx = span / widthPx;
  const drawn: DrawnBand[] = [];
  let pixel: Pixel | null = null;

  const flush = (done: Pixel) => {
    const parts = [...done.groups].map(([group, { ms }]) => ({ group, ms })).sort((a, b) => b.ms - a.ms);
    const main = parts[0]!;
    const last = drawn.at(-1);
    if (last?.parts && last.group === main.group && last.end === done.start) {
      last.end = done.end;
      for (const part of parts) addPart(last.parts, part);
    } else if (parts.length === 1 && done.first.end === done.end) {
      drawn.push({ ...done.first });
    } else {
      const { color } = done.groups.get(main.group)!;
      drawn.push({ start: done.start, end: done.end, group: main.group, color, detail: '', parts });
    }
  };

  for (const band of bands) {
    const ms = band.end - band.start;
    const index = Math.floor((band.start - from) / msPerPx);
    if (pixel && (ms >= msPerPx || pixel.index !== index)) {
      flush(pixel);
      pixel = null;
    }
    if (ms >= msPerPx) {
      drawn.push({ ...band });
      continue;
    }
    pixel ??= { index, start: band.start, end: band.start, first: band, groups: new Map() };
    pixel.end = band.end;
    const group = pixel.groups.get(band.group);
    if (group) group.ms += ms;
    else pixel.groups.set(band.group, { ms, color: band.color });
  }
  if (pixel) flush(pixel);
  return drawn;
}

function addPart(parts: BandPart[], part: BandPart): void {
  const same = parts.find((p) => p.group === part.group);
  if (same) same.ms += part.ms;
  else parts.push({ ...part });
  parts.sort((a, b) => b.ms - a.ms);
}
