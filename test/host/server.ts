// The development/test host: serves the built renderer on 127.0.0.1 and carries contract calls to the same
// dispatcher the Electron app registers on ipcMain. It never ships in the packaged app (only out/ is packaged).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../electron/main/ipc/handler-table.ts';
import type { EventBus } from '../../electron/main/events/event-bus.ts';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/policy.ts';
import { eventChannel } from '../../electron/shared/contract/index.ts';
import { bundleBridge } from './bundle-bridge.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const MAX_BODY = 1_000_000;

export interface HostOptions {
  dispatch: Dispatch;
  events: EventBus;
  /** Folder of the built renderer (out/renderer). */
  rendererDir: string;
  port?: number;
}

export interface RunningHost {
  /** The page to open; it carries the per-run token in its path. */
  url: string;
  close(): Promise<void>;
}

/** Starts the host on 127.0.0.1; every request must carry this run's random token. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = randomBytes(18).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  const bridge = await bundleBridge();
  // Each open event stream and the one channel it asked for.
  const streams = new Map<ServerResponse, string>();
  const stopEvents = options.events.listen((name, payload) => {
    for (const [stream, channel] of streams) {
      if (channel === eventChannel(name)) stream.write(`data: ${JSON.stringify(payload)}\n\n`);
    }
  });
  let origin = '';

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain', `Host error: ${String(error)}`);
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse) {
    // DNS rebinding and foreign pages: only our own host name, only with this run's token.
    if (`http://${request.headers.host ?? ''}` !== origin)
      return send(response, 403, 'text/plain', 'Wrong host');
    if (request.headers.origin && request.headers.origin !== origin)
      return send(response, 403, 'text/plain', 'Wrong origin');
    const url = new URL(request.url ?? '/', origin);
    const prefix = `/${token}/`;
    if (!url.pathname.startsWith(prefix)) return send(response, 404, 'text/plain', 'Not found');
    const path = url.pathname.slice(prefix.length);

    if (path.startsWith('__balans-host/call/') && request.method === 'POST') {
      const name = decodeURIComponent(path.slice('__balans-host/call/'.length)).replace(/^balans:call:/, '');
      const body = await readBody(request);
      let input: unknown;
      try {
        input = body === '' ? undefined : JSON.parse(body);
      } catch {
        return send(
          response,
          200,
          'application/json',
          JSON.stringify({ ok: false, code: 'invalid-input', message: 'Body is not JSON' }),
        );
      }
      return send(response, 200, 'application/json', JSON.stringify(await options.dispatch(name, input)));
    }
    if (path === '__balans-host/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      streams.set(response, url.searchParams.get('channel') ?? '');
      // Headers now, not with the first event: the page's EventSource opens on them (see bridge.ts).
      response.flushHeaders();
      request.on('close', () => streams.delete(response));
      return;
    }
    if (path === '__balans-host/bridge.js') return send(response, 200, TYPES['.js']!, bridge);
    if (path === '' || path === 'index.html') {
      const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
      const withBridge = html.replace(
        '<head>',
        '<head>\n    <script src="./__balans-host/bridge.js"></script>',
      );
      return send(response, 200, TYPES['.html']!, withBridge);
    }
    const file = normalize(join(rendererDir, path));
    if (!file.startsWith(rendererDir + sep)) return send(response, 404, 'text/plain', 'Not found');
    try {
      return send(response, 200, TYPES[extname(file)] ?? 'application/octet-stream', await readFile(file));
    } catch {
      return send(response, 404, 'text/plain', 'Not found');
    }
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: `${origin}/${token}/`,
    close: async () => {
      stopEvents();
      for (const stream of streams.keys()) stream.end();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Event streams and keep-alive sockets would hold close() open for as long as a page lives.
      server.closeAllConnections();
      await closed;
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

async function readBody(request: IncomingMessage): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new Error('Request body too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
