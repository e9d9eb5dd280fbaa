// Defect 3 of issue 15 on macOS and Windows: what Electron's login items report is shown truthfully — a macOS 13+
// item waiting for approval is on-but-needs-approval, and Windows compares the run key with the hidden flag.
import type { LoginItemSettings, Settings } from 'electron';
import { describe, expect, it } from 'vitest';
import { electronLoginItems } from '../../../../../electron/main/adapters/electron/login-items.ts';

/** Electron's login items as the OS keeps them: one entry, compared with its arguments on Windows. */
function loginItems(status: LoginItemSettings['status'] = 'not-registered') {
  let saved: Settings | undefined;
  return {
    setLoginItemSettings: (settings: Settings) => void (saved = settings),
    getLoginItemSettings: (options?: { args?: string[] }) =>
      ({
        openAtLogin:
          saved?.openAtLogin === true &&
          JSON.stringify(saved.args ?? []) === JSON.stringify(options?.args ?? []),
        status,
        wasOpenedAtLogin: false,
      }) as LoginItemSettings,
  };
}

describe('login items', () => {
  it('registers the Windows run key with --hidden and reads it back with the same arguments', () => {
    const login = electronLoginItems(loginItems(), 'win32', '--hidden');
    login.set(true);
    expect(login.get()).toBe(true);
    expect(login.needsApproval?.()).toBe(false);
    login.set(false);
    expect(login.get()).toBe(false);
  });

  it('shows a macOS item that waits for approval as on, and says it needs approval', () => {
    const login = electronLoginItems(loginItems('requires-approval'), 'darwin', '--hidden');
    expect(login.get()).toBe(true);
    expect(login.needsApproval?.()).toBe(true);
    const enabled = electronLoginItems(loginItems('enabled'), 'darwin', '--hidden');
    expect(enabled.needsApproval?.()).toBe(false);
  });
});
