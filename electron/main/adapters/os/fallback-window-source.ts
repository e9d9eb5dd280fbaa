import type { TrackingLimitation } from '../../../shared/contract/tracking.ts';
import type { WindowListener, WindowSignal, WindowSource } from './window-source.ts';

export interface WindowSourceChoice {
  create: () => WindowSource;
  /** Set when this source sees only part of what the user does; the UI says so. */
  limitation?: TrackingLimitation;
}

/**
 * Tries window sources in order and keeps the first that can see windows: a source that reports only
 * 'unavailable' while starting is stopped and the next one tried. When none can, the first one's reason (the
 * desktop's own source, the most useful to read) is reported.
 */
export class FallbackWindowSource implements WindowSource {
  readonly #choices: readonly WindowSourceChoice[];
  #current: WindowSource | undefined;
  #stopped = false;

  constructor(choices: readonly WindowSourceChoice[]) {
    if (choices.length === 0) throw new Error('FallbackWindowSource needs at least one source');
    this.#choices = choices;
  }

  /** The kind of the source in use ('unavailable' before start and when none works). */
  get kind(): WindowSource['kind'] {
    return this.#current?.kind ?? 'unavailable';
  }

  async start(listener: WindowListener): Promise<void> {
    this.#stopped = false;
    let first: WindowSignal | undefined;
    for (const choice of this.#choices) {
      const source = choice.create();
      const early: WindowSignal[] = [];
      let live = false;
      await source.start((signal) => (live ? !this.#stopped && listener(signal) : early.push(signal)));
      const usable = early.some((s) => s.type !== 'unavailable') || early.length === 0;
      if (usable || choice === this.#choices.at(-1)) {
        if (!usable && first) {
          // nothing works: say why the desktop's own source could not, not why the last resort could not
          await source.stop();
          listener(first);
          return;
        }
        this.#current = source;
        if (choice.limitation) {
          // the step that would make the desktop's own source work still helps
          const step = first?.type === 'unavailable' ? first.step : undefined;
          listener({ type: 'limited', limitation: choice.limitation, ...(step && { step }) });
        }
        for (const signal of early) listener(signal);
        live = true;
        return;
      }
      first ??= early.find((s) => s.type === 'unavailable');
      await source.stop();
    }
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    const current = this.#current;
    this.#current = undefined;
    await current?.stop();
  }
}
