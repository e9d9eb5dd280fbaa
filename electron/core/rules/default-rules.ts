import type { Rule } from '../../shared/domain/rules.ts';

type RuleData = [field: Rule['field'], match: Rule['match'], pattern: string];

const byCategory: Record<string, RuleData[]> = {
  work: [
    ['site', 'exact', 'github.com'],
    ['site', 'exact', 'gitlab.com'],
    ['site', 'exact', 'stackoverflow.com'],
    ['site', 'exact', 'docs.google.com'],
    ['site', 'exact', 'notion.so'],
    ['site', 'exact', 'figma.com'],
    ['site', 'exact', 'atlassian.net'],
    ['site', 'exact', 'linear.app'],
    ['site', 'exact', 'bitbucket.org'],
    ['site', 'exact', 'codeberg.org'],
    ['site', 'exact', 'sr.ht'],
    ['site', 'exact', 'dev.azure.com'],
    ['app', 'exact', 'code'],
    ['app', 'glob', 'visual studio*'],
    ['app', 'exact', 'vscodium'],
    ['app', 'exact', 'code-oss'],
    [
      'app',
      'regex',
      '^(intellij idea|pycharm|webstorm|goland|rider|clion|phpstorm|rubymine|android studio)\\b',
    ],
    ['app', 'glob', 'jetbrains-*'],
    ['app', 'exact', 'xcode'],
    ['app', 'glob', 'sublime text*'],
    ['app', 'exact', 'zed'],
    [
      'app',
      'regex',
      '^(gnome-terminal|konsole|iterm2?|terminal|windows ?terminal|alacritty|kitty|wezterm|xterm|ghostty)',
    ],
    [
      'app',
      'regex',
      '^(windows powershell|command prompt|remote desktop connection|putty|kgx|console|foot|tilix|terminator)$',
    ],
    ['app', 'regex', '^(emacs|gvim|vim|nvim|neovim|kate|kwrite|helix|notepad\\+\\+)$'],
    ['app', 'glob', 'libreoffice*'],
    ['app', 'glob', 'soffice*'],
    ['app', 'regex', '^(microsoft )?(word|excel|powerpoint|onenote|winword)$'],
    ['app', 'regex', '^(pages|numbers|keynote)$'],
    ['app', 'exact', 'figma'],
    ['app', 'exact', 'notion'],
    ['app', 'exact', 'obsidian'],
    ['app', 'exact', 'github desktop'],
    ['app', 'exact', 'dbeaver'],
    ['app', 'exact', 'postman'],
  ],
  communication: [
    ['site', 'exact', 'slack.com'],
    ['site', 'exact', 'teams.microsoft.com'],
    ['site', 'exact', 'zoom.us'],
    ['site', 'exact', 'meet.google.com'],
    ['site', 'exact', 'mail.google.com'],
    ['site', 'exact', 'outlook.office.com'],
    ['site', 'exact', 'outlook.live.com'],
    ['site', 'exact', 'calendar.google.com'],
    ['site', 'exact', 'web.whatsapp.com'],
    ['site', 'exact', 'web.telegram.org'],
    ['site', 'exact', 'discord.com'],
    ['site', 'exact', 'messenger.com'],
    ['app', 'exact', 'slack'],
    ['app', 'glob', '*teams*'],
    ['app', 'regex', '^zoom(\\.us| workplace|$)'],
    ['app', 'glob', 'thunderbird*'],
    ['app', 'glob', '*outlook*'],
    ['app', 'exact', 'mail'],
    ['app', 'exact', 'evolution'],
    ['app', 'glob', 'skype*'],
    ['app', 'exact', 'element'],
    ['app', 'glob', 'whatsapp*'],
    ['app', 'glob', 'signal*'],
    ['app', 'glob', 'telegram*'],
    ['app', 'exact', 'discord'],
    ['app', 'exact', 'mattermost'],
    ['app', 'exact', 'messages'],
    ['app', 'exact', 'facetime'],
    ['app', 'exact', 'calendar'],
  ],
  social: [
    ['site', 'exact', 'facebook.com'],
    ['site', 'exact', 'instagram.com'],
    ['site', 'exact', 'x.com'],
    ['site', 'exact', 'twitter.com'],
    ['site', 'exact', 'linkedin.com'],
    ['site', 'glob', '*mastodon*'],
    ['site', 'exact', 'reddit.com'],
    ['site', 'exact', 'tiktok.com'],
    ['site', 'exact', 'bsky.app'],
    ['site', 'exact', 'threads.net'],
    ['site', 'exact', 'pinterest.com'],
    ['site', 'exact', 'tumblr.com'],
    ['site', 'exact', 'news.ycombinator.com'],
    ['site', 'exact', 'lobste.rs'],
    ['site', 'exact', 'flashback.org'],
    ['site', 'exact', 'tweakers.net'],
    ['site', 'exact', 'quora.com'],
    ['app', 'exact', 'mastodon'],
    ['app', 'exact', 'tuba'],
  ],
  entertainment: [
    ['site', 'exact', 'youtube.com'],
    ['site', 'exact', 'netflix.com'],
    ['site', 'exact', 'twitch.tv'],
    ['site', 'exact', 'primevideo.com'],
    ['site', 'exact', 'disneyplus.com'],
    ['site', 'exact', 'spotify.com'],
    ['site', 'exact', 'svtplay.se'],
    ['site', 'exact', 'npostart.nl'],
    ['site', 'exact', 'hbomax.com'],
    ['site', 'exact', 'videoland.com'],
    ['site', 'exact', 'viaplay.com'],
    ['site', 'exact', 'soundcloud.com'],
    ['app', 'exact', 'spotify'],
    ['app', 'glob', 'vlc*'],
    ['app', 'exact', 'mpv'],
    ['app', 'glob', 'steam*'],
    ['app', 'exact', 'netflix'],
    ['app', 'regex', '^(music|tv|podcasts)$'],
    [
      'app',
      'regex',
      '^(epicgameslauncher|epic games launcher|gog galaxy|battle\\.net|heroic|lutris|retroarch|minecraft.*|rocketleague|fortniteclient.*|leagueclient.*|league of legends|cs2|counter-strike.*|dota ?2)$',
    ],
  ],
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);

/**
 * The rule list a new installation starts with. Site rules come first so a browser tab is judged by its site;
 * no rule names a browser, so a browser tab with no known site is 'other'.
 */
export const DEFAULT_RULES: readonly Rule[] = Object.entries(byCategory)
  .flatMap(([category, rules]) =>
    rules.map(([field, match, pattern]) => ({ field, match, pattern, category })),
  )
  .sort((a, b) => Number(b.field === 'site') - Number(a.field === 'site'))
  .map((rule, i) => ({ id: `default-${i}-${slug(rule.pattern)}`.replace(/-+$/, ''), ...rule }));

/** LinkedIn is work in the Professional profile (and social everywhere else). */
export const PROFESSIONAL_OVERRIDES: readonly Rule[] = [
  { id: 'professional-linkedin', field: 'site', match: 'exact', pattern: 'linkedin.com', category: 'work' },
];
