/**
 * One name per app, whatever the desktop calls it: Windows gives executables ("WINWORD.EXE", "msedge.exe"), macOS
 * gives app names or bundle ids ("com.google.Chrome"), Linux gives WM_CLASS variants ("google-chrome",
 * "Navigator", "firefox_firefox", "org.mozilla.firefox"). The tracker records the name this returns, so rules,
 * limits and charts see one app.
 */

/** Canonical names and the variants desktops use for them (compared in lower case, without `.exe`). */
const KNOWN_APPS: readonly [name: string, variants: readonly string[]][] = [
  [
    'Firefox',
    [
      'firefox',
      'mozilla firefox',
      'navigator',
      'firefox-esr',
      'firefox_firefox',
      'org.mozilla.firefox',
      'firefox developer edition',
      'firefox nightly',
    ],
  ],
  [
    'Google Chrome',
    [
      'google-chrome',
      'google chrome',
      'chrome',
      'google-chrome-stable',
      'com.google.chrome',
      'google-chrome-beta',
    ],
  ],
  ['Chromium', ['chromium', 'chromium-browser', 'org.chromium.chromium', 'chromium_chromium']],
  [
    'Microsoft Edge',
    ['msedge', 'microsoft-edge', 'microsoft edge', 'microsoft-edge-stable', 'com.microsoft.edgemac'],
  ],
  ['Brave', ['brave', 'brave-browser', 'brave browser', 'com.brave.browser', 'brave-browser-stable']],
  ['Vivaldi', ['vivaldi', 'vivaldi-stable', 'com.vivaldi.vivaldi']],
  ['Opera', ['opera', 'com.operasoftware.opera', 'opera_gx', 'opera gx']],
  ['Safari', ['safari', 'com.apple.safari']],
  [
    'Visual Studio Code',
    [
      'code',
      'visual studio code',
      'code-url-handler',
      'com.microsoft.vscode',
      'code_code',
      'com.visualstudio.code',
    ],
  ],
  ['VSCodium', ['vscodium', 'codium', 'com.vscodium', 'com.vscodium.codium']],
  ['Slack', ['slack', 'com.tinyspeck.slackmacgap', 'com.slack.slack', 'slack_slack']],
  [
    'Microsoft Teams',
    [
      'teams',
      'ms-teams',
      'microsoft teams',
      'microsoft teams (work or school)',
      'com.microsoft.teams',
      'com.microsoft.teams2',
      'teams-for-linux',
    ],
  ],
  ['Zoom', ['zoom', 'zoom.us', 'us.zoom.xos', 'zoom workplace']],
  [
    'Telegram',
    [
      'telegram',
      'telegram-desktop',
      'telegramdesktop',
      'org.telegram.desktop',
      'ru.keepcoder.telegram',
      'telegram desktop',
    ],
  ],
  ['Signal', ['signal', 'signal-desktop', 'org.whispersystems.signal-desktop', 'org.signal.signal']],
  ['WhatsApp', ['whatsapp', 'net.whatsapp.whatsapp', 'whatsapp.root']],
  ['Discord', ['discord', 'com.hnc.discord', 'com.discordapp.discord', 'discord_discord']],
  ['Spotify', ['spotify', 'com.spotify.client', 'spotify_spotify']],
  [
    'Thunderbird',
    [
      'thunderbird',
      'org.mozilla.thunderbird',
      'mozilla thunderbird',
      'thunderbird_thunderbird',
      'betterbird',
    ],
  ],
  ['Microsoft Word', ['winword', 'word', 'microsoft word', 'com.microsoft.word']],
  ['Microsoft Excel', ['excel', 'microsoft excel', 'com.microsoft.excel']],
  ['Microsoft PowerPoint', ['powerpnt', 'powerpoint', 'microsoft powerpoint', 'com.microsoft.powerpoint']],
  ['Microsoft Outlook', ['outlook', 'olk', 'microsoft outlook', 'com.microsoft.outlook']],
  ['Microsoft OneNote', ['onenote', 'microsoft onenote', 'com.microsoft.onenote.mac']],
  [
    'LibreOffice',
    ['soffice', 'soffice.bin', 'libreoffice', 'org.libreoffice.libreoffice', 'libreoffice-startcenter'],
  ],
  ['LibreOffice Writer', ['libreoffice-writer', 'libreoffice writer']],
  ['LibreOffice Calc', ['libreoffice-calc', 'libreoffice calc']],
  ['LibreOffice Impress', ['libreoffice-impress', 'libreoffice impress']],
  ['File Explorer', ['explorer', 'windows explorer', 'file explorer']],
  ['Finder', ['finder', 'com.apple.finder']],
  ['Files', ['org.gnome.nautilus', 'nautilus']],
  ['Windows Terminal', ['windowsterminal', 'windows terminal', 'wt']],
  [
    'Terminal',
    [
      'gnome-terminal',
      'gnome-terminal-server',
      'org.gnome.terminal',
      'com.apple.terminal',
      'org.gnome.console',
      'kgx',
    ],
  ],
  ['Konsole', ['konsole', 'org.kde.konsole']],
  ['iTerm2', ['iterm2', 'iterm', 'com.googlecode.iterm2']],
  ['Steam', ['steam', 'steamwebhelper', 'com.valvesoftware.steam', 'steam_steam']],
  ['VLC', ['vlc', 'vlc media player', 'org.videolan.vlc']],
  ['Obsidian', ['obsidian', 'md.obsidian', 'md.obsidian.obsidian']],
  ['Notion', ['notion', 'notion.id', 'notion-app']],
  ['Figma', ['figma', 'figma-linux', 'com.figma.desktop', 'figma_agent']],
  ['Element', ['element', 'element-desktop', 'im.riot.riot', 'im.riot.app']],
  ['Mail', ['com.apple.mail']],
  ['Xcode', ['xcode', 'com.apple.dt.xcode']],
  [
    'IntelliJ IDEA',
    ['idea', 'idea64', 'jetbrains-idea', 'jetbrains-idea-ce', 'intellij idea', 'com.jetbrains.intellij'],
  ],
  ['PyCharm', ['pycharm', 'pycharm64', 'jetbrains-pycharm', 'jetbrains-pycharm-ce', 'com.jetbrains.pycharm']],
  ['WebStorm', ['webstorm', 'webstorm64', 'jetbrains-webstorm', 'com.jetbrains.webstorm']],
  ['Rider', ['rider', 'rider64', 'jetbrains-rider']],
  [
    'Android Studio',
    ['studio', 'studio64', 'jetbrains-studio', 'android studio', 'com.google.android.studio'],
  ],
  ['Visual Studio', ['devenv', 'visual studio']],
  ['GitHub Desktop', ['githubdesktop', 'github desktop', 'com.github.githubclient']],
  ['Remote Desktop Connection', ['mstsc', 'remote desktop connection']],
  ['Windows PowerShell', ['powershell', 'pwsh', 'windows powershell']],
  ['Command Prompt', ['cmd', 'command prompt', 'opdrachtprompt', 'kommandotolken']],
  ['Sublime Text', ['sublime_text', 'sublime-text', 'subl', 'com.sublimetext.4', 'com.sublimetext.3']],
];

const BY_VARIANT = new Map<string, string>();
for (const [name, variants] of KNOWN_APPS) {
  BY_VARIANT.set(name.toLowerCase(), name);
  for (const variant of variants) BY_VARIANT.set(variant, name);
}

/** The file name of a path, without a Windows `.exe` (in any case): 'C:\\Apps\\WINWORD.EXE' → 'WINWORD'. */
export function executableName(path: string): string {
  return path
    .slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
    .trim()
    .replace(/\.exe$/i, '');
}

/**
 * The name Balans records for an app: a known app's canonical name, else the name as the desktop gave it without
 * a path, `.exe`, a snap's doubled name ("foo_foo") or a reverse-DNS bundle prefix ("org.gnome.Calculator").
 */
export function normaliseAppName(raw: string): string {
  const name = executableName(raw);
  const known = BY_VARIANT.get(name.toLowerCase());
  if (known) return known;
  const snap = /^([^_]+)_\1$/i.exec(name);
  if (snap) return BY_VARIANT.get(snap[1]!.toLowerCase()) ?? snap[1]!;
  const bundle = /^(?:com|org|net|io|de|nl|se|us|im|md|app|dev)\.(?:[a-z0-9-]+\.)+([A-Za-z][\w-]*)$/i.exec(
    name,
  );
  if (bundle) return BY_VARIANT.get(bundle[1]!.toLowerCase()) ?? bundle[1]!;
  return name || raw.trim();
}

/** How app names are compared (rules, limits, exclusions): the recorded name in lower case. */
export function appKey(raw: string): string {
  return normaliseAppName(raw).toLowerCase();
}
