// One window source in its own process, so its CPU time (and its children's: get-windows runs xprop/xwininfo) can
// be measured alone. Usage: node source-child.ts <kind> (see `sources`). Prints JSON lines: observations with a wall-clock
// timestamp, and CPU readings on request ("cpu <tag>" on stdin); "stop" ends it.
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { X11WindowSource } from '../../electron/main/adapters/os/x11-window-source.ts';
import { PolledWindowSource } from '../../electron/main/adapters/os/polled-window-source.ts';
import { WlrootsWindowSource } from '../../electron/main/adapters/os/wayland/wlroots-window-source.ts';
import type { WindowSource } from '../../electron/main/adapters/os/window-source.ts';
import { KwinWindowSource } from '../../electron/main/adapters/os/kwin/kwin-window-source.ts';
import { GnomeWindowSource } from '../../electron/main/adapters/os/gnome/gnome-window-source.ts';
import { gnomeFocusPoller, kwinScriptPoller } from './desktop-pollers.ts';
import { swayIpcPoller, swaymsgPoller } from './sway-pollers.ts';

const kind = process.argv[2];
const sources: Record<string, () => WindowSource | Promise<WindowSource>> = {
  x11: () => new X11WindowSource(),
  polled: () => new PolledWindowSource({ intervalMs: 1_000 }),
  wlroots: () => new WlrootsWindowSource(),
  'sway-ipc-poll': () => swayIpcPoller(process.env['SWAYSOCK']!),
  'swaymsg-poll': () => swaymsgPoller(),
  kwin: () => new KwinWindowSource(),
  'kwin-script-poll': () => kwinScriptPoller(process.env['DBUS_SESSION_BUS_ADDRESS']!),
  gnome: () => new GnomeWindowSource(),
  'gnome-focus-poll': () => gnomeFocusPoller(process.env['DBUS_SESSION_BUS_ADDRESS']!),
};
const create = sources[kind ?? ''];
if (!create) throw new Error(`unknown source kind ${kind}`);
const source = await create();
const now = () => performance.timeOrigin + performance.now();
const print = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

/** CPU of this process (µs, from rusage) and of its waited-for children (clock ticks, from /proc/self/stat). */
function cpu(tag: string) {
  const usage = process.resourceUsage();
  // fields after the command name: state is field 3, utime 14, stime 15, cutime 16, cstime 17
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const childrenTicks = Number(fields[13]) + Number(fields[14]);
  print({ type: 'cpu', tag, selfUs: usage.userCPUTime + usage.systemCPUTime, childrenTicks });
}

await source.start((signal) => {
  if (signal.type === 'observation') print({ type: 'obs', at: now(), app: signal.observation.app });
  else
    print({ type: signal.type, at: now(), ...(signal.type === 'unavailable' && { reason: signal.reason }) });
});
print({ type: 'ready' });

for await (const line of createInterface({ input: process.stdin })) {
  const [command, tag] = line.split(' ');
  if (command === 'cpu') cpu(tag ?? '');
  if (command === 'stop') break;
}
await source.stop();
process.exit(0);
