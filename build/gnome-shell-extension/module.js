// GNOME 45+: an ES module extension.
import Gio from 'gi://Gio';
import GLib from 'gi://GLib';
import Shell from 'gi://Shell';
import { Extension } from 'resource:///org/gnome/shell/extensions/extension.js';

export default class BalansExtension extends Extension {
  enable() {
    this._balansShell = createBalansShell(Gio, GLib, Shell, global.display);
    this._balansShell.enable();
  }

  disable() {
    this._balansShell?.disable();
    this._balansShell = null;
  }
}
