import { build } from 'vite';
import { fileURLToPath } from 'node:url';

/** Bundles bridge.ts into one classic script (it must run before the app's module scripts). */
export async function bundleBridge(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: fileURLToPath(new URL('./bridge.ts', import.meta.url)),
        formats: ['iife'],
        name: 'balansHostBridge',
      },
    },
  });
  const results = Array.isArray(output) ? output : [output];
  for (const result of results) {
    if ('output' in result) {
      const chunk = result.output.find((item) => item.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('Bundling the host bridge produced no script');
}
