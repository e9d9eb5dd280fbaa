// What a polling tracker does on sway, for comparison with the event-driven source: ask sway for its whole tree
// once a second and report the focused window when it changed. Two ways: over the IPC socket from the same
// process (the cheapest poll), or by running `swaymsg -t get_tree` (what scripts and many watchers do).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { SwayIpc, SWAY_IPC } from '../../electron/main/adapters/os/wayland/sway-ipc.ts';
import type { WindowListener, WindowSource } from '../../electron/main/adapters/os/window-source.ts';

const run = promisify(execFile);

interface Node {
  focused?: boolean;
  app_id?: string | null;
  name?: string | null;
  nodes?: Node[];
  floating_nodes?: Node[];
}

function focusedNode(node: Node): Node | undefined {
  if (node.focused) return node;
  for (const child of [...(node.nodes ?? []), ...(node.floating_nodes ?? [])]) {
    const found = focusedNode(child);
    if (found) return found;
  }
  return undefined;
}

function poller(kind: 'polled', readTree: () => Promise<string>, intervalMs: number): WindowSource {
  let timer: ReturnType<typeof setInterval> | undefined;
  let last = '';
  return {
    kind,
    async start(listener: WindowListener) {
      const poll = async () => {
        const node = focusedNode(JSON.parse(await readTree()) as Node);
        const key = `${node?.app_id}\0${node?.name}`;
        if (key === last) return;
        last = key;
        listener(
          node?.app_id
            ? { type: 'observation', observation: { app: node.app_id, title: node.name ?? '' } }
            : { type: 'none' },
        );
      };
      await poll();
      timer = setInterval(() => void poll(), intervalMs);
    },
    async stop() {
      clearInterval(timer);
    },
  };
}

export async function swayIpcPoller(
  socket: string,
  intervalMs = 1_000,
): Promise<WindowSource & { close(): Promise<void> }> {
  const ipc = await SwayIpc.connect(socket);
  return { ...poller('polled', () => ipc.send(SWAY_IPC.getTree), intervalMs), close: () => ipc.close() };
}

export function swaymsgPoller(intervalMs = 1_000): WindowSource {
  return poller('polled', async () => (await run('swaymsg', ['-t', 'get_tree', '--raw'])).stdout, intervalMs);
}
