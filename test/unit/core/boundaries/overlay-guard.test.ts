import { describe, it, expect } from 'vitest';
import {
  initialOverlayGuard,
  overlayGuardStep,
  RECORD_GAP_MS,
  type OverlayGuardInput,
  type OverlayGuardState,
} from '../../../../electron/core/boundaries/overlay-guard.ts';

/** Runs inputs at the given instants; returns the last step and every record made. */
function run(inputs: Array<[number, OverlayGuardInput]>, state: OverlayGuardState = initialOverlayGuard()) {
  const records: string[] = [];
  const restored: string[][] = [];
  for (const [at, input] of inputs) {
    const step = overlayGuardStep(state, input, at);
    state = step.state;
    if (step.record) records.push(step.record);
    restored.push(step.restore);
  }
  return { state, records, restored };
}

const open = (title = 'Balans overlay 1'): OverlayGuardInput => ({ type: 'opened', title });
const focus = (title: string | null): OverlayGuardInput => ({ type: 'focus', title });

describe('overlayGuardStep', () => {
  it('puts a covered overlay back and records it once', () => {
    const { records, restored } = run([
      [0, open()],
      [10, focus('Balans overlay 1')],
      [20, focus('Firefox')],
    ]);
    expect(restored.at(-1)).toEqual(['Balans overlay 1']);
    expect(records).toEqual(['overlay-covered']);
  });

  it('does not count the window in front before the compositor first raised the overlay', () => {
    const { records, restored } = run([
      [0, open()],
      [5, focus('Firefox')],
    ]);
    expect(restored.at(-1)).toEqual([]);
    expect(records).toEqual([]);
  });

  it('knows an overlay on top that had the focus before it was named one', () => {
    const { records, restored } = run([
      [0, focus('Balans overlay 1')],
      [1, open()],
      [2, focus('Game')],
    ]);
    expect(restored.at(-1)).toEqual(['Balans overlay 1']);
    expect(records).toEqual(['overlay-covered']);
  });

  it('records repeated covering at most once a minute, but restores every time', () => {
    const { records, restored } = run([
      [0, open()],
      [1, focus('Balans overlay 1')],
      [2, focus('Game')],
      [3, focus('Balans overlay 1')],
      [4, focus('Game')],
      [5, focus('Game 2')],
      [2 + RECORD_GAP_MS, focus('Balans overlay 1')],
      [2 + RECORD_GAP_MS + 1, focus('Game')],
    ]);
    expect(restored.filter((titles) => titles.length > 0)).toHaveLength(4);
    expect(records).toEqual(['overlay-covered', 'overlay-covered']);
  });

  it('records a clock set back as a new incident rather than never again', () => {
    const { records } = run([
      [10 * RECORD_GAP_MS, { type: 'closed' }],
      [RECORD_GAP_MS, { type: 'closed' }],
    ]);
    expect(records).toEqual(['overlay-closed', 'overlay-closed']);
  });

  it('ignores no focus at all, and focus when no overlay is up', () => {
    const up = run([
      [0, open()],
      [1, focus('Balans overlay 1')],
      [2, focus(null)],
    ]);
    expect(up.records).toEqual([]);
    const gone = run(
      [
        [3, { type: 'gone', title: 'Balans overlay 1' }],
        [4, focus('Firefox')],
      ],
      up.state,
    );
    expect(gone.records).toEqual([]);
    expect(gone.restored.at(-1)).toEqual([]);
  });

  it('restores every overlay seen on top (one per display) but not one still waiting', () => {
    const { restored } = run([
      [0, open('Balans overlay 1')],
      [0, open('Balans overlay 2')],
      [1, focus('Balans overlay 2')],
      [2, open('Balans overlay 3')],
      [3, focus('Terminal')],
    ]);
    expect(restored.at(-1)).toEqual(['Balans overlay 1', 'Balans overlay 2']);
  });

  it('records a closed overlay, and a closing within the minute only once', () => {
    const { records } = run([
      [0, { type: 'closed' }],
      [1_000, { type: 'closed' }],
      [RECORD_GAP_MS, { type: 'closed' }],
    ]);
    expect(records).toEqual(['overlay-closed', 'overlay-closed']);
  });
});
