import type { StartupStep } from './lifecycle-text.ts';
import { startupErrorText } from './lifecycle-text.ts';

/**
 * Who ends Balans. Only the user's own quit is guarded by the parent PIN; the operating system ending the session
 * (macOS logout/shutdown and Linux shutdown through powerMonitor, Windows' session end, SIGTERM from systemd or
 * logind) never waits for a PIN it cannot type, and is recorded instead.
 */
export type QuitCause = 'user' | 'os-shutdown' | 'os-session-end' | 'signal';

/** One step of the quit plan; synchronous, so the whole plan also runs where no await can finish (session end). */
export interface QuitStep {
  name: string;
  run: () => void;
}

export interface QuitPlan {
  /** Resolves when the user may quit now (the PIN during family time), rejects when not. */
  guard: () => Promise<void>;
  /** The user's quit was refused: show the overlay with its PIN prompt again. */
  refused: () => void;
  /** In order: stop boundary timers, destroy overlay and nudge, stop tracking (flushes), close the store. */
  steps: readonly QuitStep[];
  /** The operating system ended the session: keep a record of it (the PIN was not asked). */
  recordSystemEnd: (cause: Exclude<QuitCause, 'user'>, at: number) => void;
}

export interface LifecyclePorts {
  /** Ends the process now, without further quit events (Electron's `app.exit`). */
  exit: (code: number) => void;
  /** Asks Electron to quit (`app.quit`); its `before-quit` comes back here and is let through. */
  quit: () => void;
  /** A native error box, usable before the app is ready (`dialog.showErrorBox`). */
  showError: (title: string, message: string) => void;
  /** The data folder, named in start-up errors so the user (or a helper) knows where to look. */
  dataFolder: () => string;
  /** The user's language for the start-up error. */
  locale: () => string;
  now: () => number;
  log: (message: string, error?: unknown) => void;
}

/** A start-up step: its failure ends the start-up with a native error dialog naming it. */
export interface StartStep {
  step: StartupStep;
  run: () => unknown;
}

type Phase = 'starting' | 'running' | 'guarding' | 'quitting' | 'quit';

/**
 * The app's life from the single-instance check to the last write: start-up with errors that end in a dialog,
 * and one ordered quit plan for the user's quit and the operating system's. Electron-free; `index.ts` only passes
 * Electron's events in.
 */
export function createLifecycle(ports: LifecyclePorts) {
  let phase: Phase = 'starting';
  let plan: QuitPlan | undefined;

  function fail(step: StartupStep, error: unknown): false {
    const reason = error instanceof Error ? error.message : String(error);
    ports.log(`Start-up failed at "${step}"`, error);
    const text = startupErrorText(ports.locale(), { step, reason, dataFolder: ports.dataFolder() });
    try {
      ports.showError(text.title, text.message);
    } finally {
      // A half-started process must not keep the single-instance lock (or the database) to itself.
      ports.exit(1);
    }
    return false;
  }

  /** Runs the plan's steps in order; one failing step never stops the later ones (the store still closes). */
  function runPlan(): void {
    phase = 'quitting';
    for (const step of plan?.steps ?? []) {
      try {
        step.run();
      } catch (error) {
        ports.log(`Quit step "${step.name}" failed`, error);
      }
    }
    phase = 'quit';
  }

  return {
    /**
     * The single-instance check, before anything else starts: the loser exits at once (`app.quit()` before ready
     * is deferred and would let it open the database, run retention and make a tray). Returns whether to go on.
     */
    claimSingleInstance(gotLock: boolean): boolean {
      if (gotLock) return true;
      phase = 'quit';
      ports.exit(0);
      return false;
    },

    /** Runs the start-up steps in order; the first failure shows the dialog and exits. Returns whether all ran. */
    async start(steps: readonly StartStep[]): Promise<boolean> {
      for (const { step, run } of steps) {
        if (phase !== 'starting') return false;
        try {
          await run();
        } catch (error) {
          return fail(step, error);
        }
      }
      if (phase === 'starting') phase = 'running';
      return phase === 'running';
    },

    /** A failure outside the steps (e.g. `whenReady` itself): the same dialog. */
    failStart: (step: StartupStep, error: unknown) => fail(step, error),

    /** What quitting does, once the services it stops exist. */
    setQuitPlan(next: QuitPlan): void {
      plan = next;
    },

    /** True from the moment a quit is decided: windows that go away now must not be re-opened. */
    isQuitting: () => phase === 'quitting' || phase === 'quit',

    /** An overlay or nudge went away without Balans closing it: re-open it, unless Balans is quitting. */
    windowLost(reopen: () => void): void {
      if (phase === 'running' || phase === 'guarding') reopen();
    },

    /**
     * Electron's `before-quit`. A quit Balans has finished planning goes through; a user's quit is held, guarded
     * (PIN during family time), then planned and asked for again.
     */
    beforeQuit(event: { preventDefault(): void }): void {
      if (phase === 'quit' || !plan) return;
      // Quit while still starting: nothing is guarded yet, so what exists is closed and the quit goes on.
      if (phase === 'starting') return runPlan();
      event.preventDefault();
      if (phase !== 'running') return;
      phase = 'guarding';
      const current = plan;
      current.guard().then(
        () => {
          if (phase !== 'guarding') return;
          runPlan();
          ports.quit();
        },
        () => {
          if (phase !== 'guarding') return;
          phase = 'running';
          current.refused();
        },
      );
    },

    /**
     * The operating system is ending the session (or sent SIGTERM): no PIN, the plan runs now and synchronously,
     * then the app ends. Safe to call more than once (macOS sends 'shutdown' and then quits the app).
     */
    systemEnding(cause: Exclude<QuitCause, 'user'>): void {
      if (phase === 'quit' || phase === 'quitting') return;
      if (!plan) {
        // Still starting: nothing to flush yet.
        phase = 'quit';
        ports.exit(0);
        return;
      }
      try {
        plan.recordSystemEnd(cause, ports.now());
      } catch (error) {
        ports.log('Recording the end of the session failed', error);
      }
      runPlan();
      if (cause === 'signal') ports.exit(0);
      else ports.quit();
    },
  };
}

export type Lifecycle = ReturnType<typeof createLifecycle>;

/** How Balans was started: at login it goes to the tray only, with no window. */
export function startedHidden(argv: readonly string[], openedAtLogin = false): boolean {
  return openedAtLogin || argv.includes(HIDDEN_ARG);
}

/**
 * Whether to open the window at start: not when started at login (the tray is enough), unless the desktop shows
 * no tray, where Balans would otherwise run with nothing on screen at all.
 */
export function opensWindowAtStart(hidden: boolean, trayHost: 'present' | 'missing' | 'unknown'): boolean {
  return !hidden || trayHost === 'missing';
}

/** The argument the login item starts Balans with (Linux autostart file, Windows run key). */
export const HIDDEN_ARG = '--hidden';
