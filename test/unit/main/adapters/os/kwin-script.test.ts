import { describe, it, expect } from 'vitest';
import { kwinTrackerScript } from '../../../../../electron/main/adapters/os/kwin/kwin-script.ts';

describe('kwinTrackerScript', () => {
  it('calls back the connection that loads it, and speaks both Plasma 5 and Plasma 6', () => {
    const script = kwinTrackerScript(':1.42');
    expect(script).toContain(
      'callDBus(":1.42","/nl/balans/KWinTracker","nl.balans.KWinTracker", "Activated"',
    );
    expect(script).toContain('workspace.windowActivated || workspace.clientActivated');
  });

  it('refuses anything but a unique bus name, so nothing can be injected into the script', () => {
    expect(() => kwinTrackerScript('"); workspace.activeWindow.closeWindow(); ("')).toThrow(
      /unique bus name/,
    );
    expect(() => kwinTrackerScript('org.example.Evil')).toThrow(/unique bus name/);
  });
});
