// Balans's GNOME Shell extension, shared by the GNOME 43–44 and 45+ builds (gnome-extension.ts wraps it in the
// legacy or the ES module entry point). GNOME tells apps nothing about the focused window; this runs inside the
// Shell and exports, on the Shell's own bus name (org.gnome.Shell), the object /nl/balans/Shell:
//   GetFocused() → (title, wm_class, app id, pid)        the focused window ('' and 0 when none)
//   signal FocusChanged(title, wm_class, app id, pid)   at every focus change and title change of the focused window
//                                                      (only when one of the four changed: some apps set the same
//                                                      title again at each focus, which would wake Balans for nothing)
//   KeepAbove(title) → found                           keeps the caller's window with that title above others,
//                                                      fullscreen, on every workspace (Balans's overlay)
// KeepAbove acts only on windows of the process that called it, so no other app can use it on someone else.

const BALANS_SHELL_XML = `<node>
  <interface name="nl.balans.Shell">
    <method name="GetFocused">
      <arg type="s" direction="out" name="title"/><arg type="s" direction="out" name="wmClass"/>
      <arg type="s" direction="out" name="appId"/><arg type="u" direction="out" name="pid"/>
    </method>
    <method name="KeepAbove">
      <arg type="s" direction="in" name="title"/><arg type="b" direction="out" name="found"/>
    </method>
    <signal name="FocusChanged">
      <arg type="s" name="title"/><arg type="s" name="wmClass"/><arg type="s" name="appId"/><arg type="u" name="pid"/>
    </signal>
  </interface>
</node>`;

function createBalansShell(Gio, GLib, Shell, display) {
  let exported = null;
  let focusHandler = 0;
  let titleWindow = null;
  let titleHandler = 0;
  let sent = null;

  function describe(window) {
    if (!window) return ['', '', '', 0];
    const app = Shell.WindowTracker.get_default().get_window_app(window);
    const appId =
      (app && app.get_id()) || window.get_gtk_application_id() || window.get_sandboxed_app_id() || '';
    return [
      window.get_title() || '',
      window.get_wm_class() || '',
      appId,
      window.get_pid() > 0 ? window.get_pid() : 0,
    ];
  }

  function emit() {
    if (!exported) return;
    const focused = describe(display.focus_window);
    const key = focused.join('\n');
    if (key === sent) return;
    sent = key;
    exported.emit_signal('FocusChanged', new GLib.Variant('(sssu)', focused));
  }

  function followTitle() {
    if (titleWindow && titleHandler) titleWindow.disconnect(titleHandler);
    titleWindow = display.focus_window;
    titleHandler = titleWindow ? titleWindow.connect('notify::title', emit) : 0;
  }

  function callerPid(sender) {
    const reply = Gio.DBus.session.call_sync(
      'org.freedesktop.DBus',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus',
      'GetConnectionUnixProcessID',
      new GLib.Variant('(s)', [sender]),
      null,
      Gio.DBusCallFlags.NONE,
      -1,
      null,
    );
    return reply.deepUnpack()[0];
  }

  const service = {
    GetFocused() {
      return describe(display.focus_window);
    },
    KeepAboveAsync([title], invocation) {
      const pid = callerPid(invocation.get_sender());
      const windows = display
        .list_all_windows()
        .filter((w) => w.get_pid() === pid && w.get_title() === title);
      for (const w of windows) {
        w.make_above();
        w.stick();
        w.make_fullscreen();
        w.activate(global.get_current_time());
      }
      invocation.return_value(new GLib.Variant('(b)', [windows.length > 0]));
    },
  };

  return {
    enable() {
      exported = Gio.DBusExportedObject.wrapJSObject(BALANS_SHELL_XML, service);
      exported.export(Gio.DBus.session, '/nl/balans/Shell');
      focusHandler = display.connect('notify::focus-window', () => {
        followTitle();
        emit();
      });
      followTitle();
    },
    disable() {
      if (focusHandler) display.disconnect(focusHandler);
      if (titleWindow && titleHandler) titleWindow.disconnect(titleHandler);
      focusHandler = titleHandler = 0;
      titleWindow = null;
      sent = null;
      if (exported) exported.unexport();
      exported = null;
    },
  };
}
