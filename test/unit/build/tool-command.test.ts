// Defect 7 of issue 15: `npm start` and `npm run dist` spawned `npx` without a shell, which fails on Windows
// (npx is npx.cmd, and Node refuses .cmd without a shell). The tools now run as `node <script>` everywhere.
import { spawnSync } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { toolCommand, toolScript } from '../../../build/scripts/tool-command.ts';

const realPlatform = process.platform;
afterEach(() => Object.defineProperty(process, 'platform', { value: realPlatform }));

describe('build tool spawning', () => {
  it('on Windows runs node.exe with the tool’s script, without a shell or a .cmd shim', () => {
    Object.defineProperty(process, 'platform', { value: 'win32' });
    const plan = toolCommand(
      'electron-builder',
      ['--config.electronDist=C:\\Program Files\\Electron'],
      'C:\\Program Files\\nodejs\\node.exe',
      'C:\\src\\balans\\node_modules\\electron-builder\\cli.js',
    );
    expect(plan).toEqual({
      command: 'C:\\Program Files\\nodejs\\node.exe',
      args: [
        'C:\\src\\balans\\node_modules\\electron-builder\\cli.js',
        '--config.electronDist=C:\\Program Files\\Electron',
      ],
      shell: false,
    });
  });

  it('finds both tools’ scripts and really starts one the same way', () => {
    expect(toolScript('electron-builder')).toMatch(/electron-builder[\\/]cli\.js$/);
    expect(toolScript('electron-vite')).toMatch(/electron-vite[\\/]bin[\\/]electron-vite\.js$/);
    Object.defineProperty(process, 'platform', { value: 'win32' });
    const { command, args, shell } = toolCommand('electron-vite', ['--version']);
    const result = spawnSync(command, args, { shell, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\d+\.\d+\.\d+/);
  });
});
