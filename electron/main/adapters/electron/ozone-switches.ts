/**
 * Chromium switches that make Balans a native Wayland client in a Wayland session and an X11 client elsewhere
 * (Electron's default since 38; stated here so older or repackaged Electrons do the same). Natively on Wayland,
 * Balans's own windows are toplevels the compositor reports like any other app's.
 */
export function ozoneSwitches(platform: NodeJS.Platform): [name: string, value: string][] {
  return platform === 'linux' || platform === 'freebsd' || platform === 'openbsd'
    ? [['ozone-platform-hint', 'auto']]
    : [];
}
