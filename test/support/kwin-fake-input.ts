// Input a test can make on KWin's virtual output: org_kde_kwin_fake_input, a restricted interface KWin offers only
// to a client whose executable a .desktop file lists with X-KDE-Wayland-Interfaces (as Plasma grants it to KDE
// Connect). This grants it to the Node binary running the test, in the test KWin's own HOME only.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WaylandConnection, waylandSocketPath } from '../../electron/main/adapters/os/wayland/connection.ts';
import type { Kwin } from './kwin.ts';

/** Requests of org_kde_kwin_fake_input (fake-input.xml, plasma-wayland-protocols), by opcode. */
const FAKE_INPUT = { authenticate: 0, pointerMotion: 1 } as const;

export interface FakeInput {
  /** Moves the pointer by (dx, dy): input as far as KWin's idle timers are concerned. */
  movePointer(dx: number, dy: number): Promise<void>;
  close(): Promise<void>;
}

export async function kwinFakeInput(kwin: Kwin): Promise<FakeInput> {
  const applications = join(kwin.env['HOME']!, '.local/share/applications');
  mkdirSync(applications, { recursive: true });
  writeFileSync(
    join(applications, 'balans-test-fake-input.desktop'),
    `[Desktop Entry]\nType=Application\nName=Balans test input\nExec=${realpathSync(process.execPath)}\n` +
      'X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input\n',
  );
  const connection = await WaylandConnection.connect(waylandSocketPath(kwin.env)!);
  const global = connection.global('org_kde_kwin_fake_input');
  if (!global) {
    await connection.close();
    throw new Error('KWin did not offer org_kde_kwin_fake_input to this executable');
  }
  const fake = connection.bind(global, { name: 'org_kde_kwin_fake_input', events: [] }, 1);
  connection.request(fake, FAKE_INPUT.authenticate, 'ss', ['Balans tests', 'input for the idle tests']);
  await connection.roundtrip();
  return {
    async movePointer(dx, dy) {
      connection.request(fake, FAKE_INPUT.pointerMotion, 'ff', [dx, dy]);
      await connection.roundtrip();
    },
    close: () => connection.close(),
  };
}
