import { describe, expect, it } from 'vitest';
import { labelLanes, laneCount, shortLabel } from '../../../../renderer/src/charts/label-lanes.ts';

const overlaps = (a: { left: number; width: number }, b: { left: number; width: number }) =>
  a.left < b.left + b.width && b.left < a.left + a.width;

describe('labelLanes', () => {
  it('keeps labels that fit side by side on the axis lane', () => {
    const placed = labelLanes([
      { x: 50, width: 60 },
      { x: 200, width: 60 },
    ]);
    expect(placed.map((p) => p.lane)).toEqual([0, 0]);
  });

  it('lifts a label that would touch its neighbour ("PrivaProfessional") into the next lane', () => {
    const placed = labelLanes([
      { x: 100, width: 60 },
      { x: 130, width: 90 },
    ]);
    expect(placed.map((p) => p.lane)).toEqual([0, 1]);
    expect(laneCount(placed)).toBe(2);
  });

  it('never leaves two labels of one lane overlapping, whatever the input', () => {
    let seed = 7;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    for (let round = 0; round < 200; round += 1) {
      const labels = Array.from({ length: 1 + Math.floor(random() * 12) }, () => ({
        x: random() * 800,
        width: 20 + random() * 150,
      }));
      const placed = labelLanes(labels, 800, 6);
      for (let i = 0; i < placed.length; i += 1)
        for (let j = i + 1; j < placed.length; j += 1) {
          if (placed[i]!.lane !== placed[j]!.lane) continue;
          const a = { left: placed[i]!.left - 3, width: labels[i]!.width + 6 };
          const b = { left: placed[j]!.left - 3, width: labels[j]!.width + 6 };
          expect(overlaps(a, b)).toBe(false);
        }
    }
  });

  it('shifts labels at the edges inside the chart instead of clipping them', () => {
    const [start, end] = labelLanes(
      [
        { x: 5, width: 80 },
        { x: 395, width: 80 },
      ],
      400,
    );
    expect(start!.left).toBe(0);
    expect(end!.left).toBe(320);
  });

  it('answers in the order given, not the order on the axis', () => {
    const placed = labelLanes([
      { x: 300, width: 50 },
      { x: 10, width: 50 },
      { x: 20, width: 50 },
    ]);
    expect(placed.map((p) => p.lane)).toEqual([0, 0, 1]);
  });
});

describe('shortLabel', () => {
  it('cuts long names with an ellipsis and leaves short ones alone', () => {
    expect(shortLabel('Private')).toBe('Private');
    const long = 'A'.repeat(60);
    expect(shortLabel(long)).toHaveLength(24);
    expect(shortLabel(long).endsWith('…')).toBe(true);
  });
});
