// Runs a build tool's own JavaScript entry with this Node, never through `npx`: on Windows `npx` is `npx.cmd`,
// which Node refuses to spawn without a shell (CVE-2024-27980), and a shell would re-split paths with spaces.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export type Tool = 'electron-builder' | 'electron-vite';

/** A command to spawn without a shell: the program and its arguments, each passed as it is. */
export interface ToolCommand {
  command: string;
  args: string[];
  shell: false;
}

/** The tool's bin script, from its package.json (electron-vite's exports hide the file from require.resolve). */
export function toolScript(tool: Tool, resolve: (id: string) => string = require.resolve): string {
  const manifest = resolve(`${tool}/package.json`);
  const bin = (JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> }).bin[tool];
  if (!bin) throw new Error(`${tool} has no "${tool}" bin entry`);
  return join(dirname(manifest), bin);
}

/** How to run a tool on any platform: `node <its script> <args>`, no shell, no `.cmd` shim. */
export function toolCommand(
  tool: Tool,
  args: readonly string[],
  execPath: string = process.execPath,
  script: string = toolScript(tool),
): ToolCommand {
  return { command: execPath, args: [script, ...args], shell: false };
}

/** Runs the tool with inherited output; its exit status (1 when it could not start). */
export function runTool(tool: Tool, args: readonly string[]): number {
  const { command, args: argv, shell } = toolCommand(tool, args);
  const result = spawnSync(command, argv, { stdio: 'inherit', shell });
  if (result.error) console.error(`Balans: ${tool} could not be started: ${result.error.message}`);
  return result.status ?? 1;
}
