/** A label to place above a horizontal axis: centred on `x`, `width` wide (both in pixels). */
export interface AxisLabel {
  x: number;
  width: number;
}

/**
 * The lane (0 = nearest the axis) of each label so that no two labels in a lane overlap or come closer than
 * `gap` pixels: labels are taken left to right and each goes in the lowest lane where it fits. Returned in the
 * order given. A label is also kept inside [0, `bound`] by shifting it, never by clipping it.
 */
export function labelLanes(
  labels: readonly AxisLabel[],
  bound = Infinity,
  gap = 6,
): { lane: number; left: number }[] {
  const placed = labels.map((label, index) => {
    const half = label.width / 2;
    const left = Math.max(0, Math.min(label.x - half, bound - label.width));
    return { index, left, right: left + label.width, lane: 0 };
  });
  const laneEnds: number[] = [];
  for (const label of [...placed].sort((a, b) => a.left - b.left || a.index - b.index)) {
    let lane = laneEnds.findIndex((end) => end + gap <= label.left);
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push(label.right);
    } else laneEnds[lane] = label.right;
    label.lane = lane;
  }
  return placed.map(({ lane, left }) => ({ lane, left }));
}

/** How many lanes the placed labels use. */
export const laneCount = (placed: readonly { lane: number }[]): number =>
  placed.reduce((most, p) => Math.max(most, p.lane + 1), 0);

/** A name cut to `max` characters with an ellipsis, for a label whose full text goes in a tooltip. */
export function shortLabel(name: string, max = 24): string {
  const chars = [...name];
  return chars.length <= max
    ? name
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
