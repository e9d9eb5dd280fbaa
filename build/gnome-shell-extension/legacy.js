// GNOME 43–44: a legacy (imports.*) extension.
const { Gio, GLib, Shell } = imports.gi;

let balansShell = null;

function init() {}

function enable() {
  balansShell = createBalansShell(Gio, GLib, Shell, global.display);
  balansShell.enable();
}

function disable() {
  if (balansShell) balansShell.disable();
  balansShell = null;
}
