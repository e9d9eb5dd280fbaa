// The KWin script Balans loads into KWin: KDE offers apps no protocol to see the active window, but a script runs
// inside KWin and may call out over D-Bus. It reports the active window, every switch and every title change of
// the active window, to the connection that loaded it. Plasma 6 names things window*, Plasma 5 client*.

export const KWIN_TRACKER_PATH = '/nl/balans/KWinTracker';
export const KWIN_TRACKER_INTERFACE = 'nl.balans.KWinTracker';

/** Arguments of the Activated call: caption, resource class, desktop file name (the app id), pid. */
export const ACTIVATED_SIGNATURE = 'ssss';

/** The script text for a Balans connection whose unique bus name is `destination`. */
export function kwinTrackerScript(destination: string): string {
  if (!/^:[0-9.]+$/.test(destination)) throw new Error(`not a unique bus name: ${destination}`);
  const target = JSON.stringify([destination, KWIN_TRACKER_PATH, KWIN_TRACKER_INTERFACE]).slice(1, -1);
  return `// Balans: reports the active window to Balans over D-Bus.
(function () {
  var watched = [];
  function active() { return workspace.activeWindow !== undefined ? workspace.activeWindow : workspace.activeClient; }
  function report(w) {
    if (!w) { callDBus(${target}, "NoWindow"); return; }
    callDBus(${target}, "Activated", String(w.caption || ""), String(w.resourceClass || ""),
      String(w.desktopFileName || ""), String(w.pid || 0));
  }
  function watch(w) {
    if (!w || watched.indexOf(w) >= 0) return;
    watched.push(w);
    w.captionChanged.connect(function () { if (active() === w) report(w); });
    if (w.closed) w.closed.connect(function () { watched.splice(watched.indexOf(w), 1); });
    else if (w.windowClosed) w.windowClosed.connect(function () { watched.splice(watched.indexOf(w), 1); });
  }
  // KWin announces every switch as "no window" and then the new window, in the same moment: "no window" is sent
  // only if still none is active once KWin is done, so a switch costs one call (where QTimer is offered)
  var none = typeof QTimer === "undefined" ? null : new QTimer();
  if (none) {
    none.singleShot = true;
    none.interval = 0;
    none.timeout.connect(function () { if (!active()) report(null); });
  }
  var activated = workspace.windowActivated || workspace.clientActivated;
  activated.connect(function (w) {
    if (!w && none) { none.start(); return; }
    if (none) none.stop();
    watch(w);
    report(w);
  });
  watch(active());
  report(active());
})();
`;
}
