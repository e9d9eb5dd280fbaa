import { DbusConnection, type Signal } from '../dbus/dbus-connection.ts';
import {
  sameObservation,
  unavailableReason,
  type WindowListener,
  type WindowObservation,
  type WindowSource,
} from '../window-source.ts';
import { BALANS_SHELL, installGnomeExtension } from './gnome-extension.ts';

export interface GnomeWindowSourceOptions {
  busAddress?: string;
  /** Puts the extension's files in place for Shell `major` (default: the user's extensions folder). */
  install?: (major: number) => Promise<unknown>;
}

/** The focused window as the extension describes it: title, wm_class, app id, pid. */
type Focused = [title: string, wmClass: string, appId: string, pid: number];

/**
 * Event-driven active-window source for GNOME Shell: Balans's own Shell extension reports the focused window and
 * signals every focus and title change. Nothing is polled. Without the extension the source says which step is
 * needed. Only signals from the Shell itself are believed.
 */
export class GnomeWindowSource implements WindowSource {
  readonly kind = 'gnome';
  readonly #options: GnomeWindowSourceOptions;
  #bus: DbusConnection | undefined;
  #listener: WindowListener | undefined;
  #shell: string | undefined;
  #last: WindowObservation | undefined;
  #reportedNone = false;

  constructor(options: GnomeWindowSourceOptions = {}) {
    this.#options = options;
  }

  async start(listener: WindowListener): Promise<void> {
    this.#listener = listener;
    try {
      this.#bus = await DbusConnection.connect(
        this.#options.busAddress ?? process.env['DBUS_SESSION_BUS_ADDRESS'],
      );
    } catch (error) {
      return this.#fail(`cannot reach the D-Bus session bus: ${(error as Error).message}`);
    }
    const bus = this.#bus;
    this.#shell = await bus.owner(BALANS_SHELL.destination);
    if (!this.#shell) return this.#fail('GNOME Shell is not running on this session bus.');
    // subscribe before reading, so no change between the two is lost
    await bus.subscribe(
      `type='signal',sender='${BALANS_SHELL.destination}',path='${BALANS_SHELL.path}',interface='${BALANS_SHELL.interface}'`,
      (signal) => this.#onSignal(signal),
    );
    let focused: Focused;
    try {
      focused = (await bus.call({ ...BALANS_SHELL, member: 'GetFocused' })) as Focused;
    } catch {
      // put the files in place, so all that is left for the user is to switch it on
      await this.#install(bus).catch(() => {});
      return this.#fail(
        "Balans's GNOME Shell extension is not switched on, and GNOME on Wayland lets only Shell extensions see " +
          'which window is active.',
        true,
      );
    }
    this.#report(focused);
  }

  async #install(bus: DbusConnection): Promise<void> {
    const [version] = await bus.call({
      destination: BALANS_SHELL.destination,
      path: '/org/gnome/Shell',
      interface: 'org.freedesktop.DBus.Properties',
      member: 'Get',
      signature: 'ss',
      body: ['org.gnome.Shell', 'ShellVersion'],
    });
    // a variant arrives as [signature, [value]]
    const text = String((version as [unknown, unknown[]])[1][0]);
    const major = Number(text.split('.')[0]);
    await (this.#options.install ?? ((m) => installGnomeExtension(process.env, m)))(major);
  }

  async stop(): Promise<void> {
    this.#listener = undefined;
    this.#bus?.close();
    this.#bus = undefined;
  }

  #fail(detail: string, needsExtension = false): void {
    this.#bus?.close();
    this.#bus = undefined;
    this.#listener?.({
      type: 'unavailable',
      reason: unavailableReason(detail),
      ...(needsExtension && { step: 'gnome-extension' as const }),
    });
  }

  #onSignal(signal: Signal): void {
    if (signal.sender !== this.#shell || signal.member !== `${BALANS_SHELL.interface}.FocusChanged`) return;
    this.#report(signal.body as Focused);
  }

  #report([title, wmClass, appId, pid]: Focused): void {
    if (!wmClass && !appId && !title) {
      // GNOME has no "focus passes through nothing" moment: no focused window means none, at once
      if (this.#reportedNone) return;
      this.#reportedNone = true;
      this.#last = undefined;
      this.#listener?.({ type: 'none' });
      return;
    }
    this.#reportedNone = false;
    const observation: WindowObservation = {
      // Shell's app ids are desktop file names ("org.gnome.TextEditor.desktop"); the wm_class is the app id on Wayland
      // and windows without one get a made-up "window:N" id, which names no app
      app: (appId.startsWith('window:') ? '' : appId.replace(/\.desktop$/, '')) || wmClass || 'unknown',
      ...(title && { title }),
      ...(pid > 0 && { pid }),
    };
    if (sameObservation(observation, this.#last)) return;
    this.#last = observation;
    this.#listener?.({ type: 'observation', observation });
  }
}
