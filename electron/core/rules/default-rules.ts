import type { Rule } from '../../shared/domain/rules.ts';

/**
 * Sites recognised in browser window titles: a title segment equal to one of `names` (ignoring case) means the
 * tab shows `site`. Browsers put the page title first and their own name last ("Home / X — Mozilla Firefox").
 */
export const KNOWN_SITES: readonly { site: string; names: readonly string[] }[] = [
  { site: 'youtube.com', names: ['YouTube', 'YouTube Music'] },
  { site: 'netflix.com', names: ['Netflix'] },
  { site: 'twitch.tv', names: ['Twitch'] },
  { site: 'primevideo.com', names: ['Prime Video'] },
  { site: 'disneyplus.com', names: ['Disney+'] },
  { site: 'open.spotify.com', names: ['Spotify', 'Spotify - Web Player'] },
  { site: 'facebook.com', names: ['Facebook'] },
  { site: 'instagram.com', names: ['Instagram'] },
  { site: 'x.com', names: ['X', 'Twitter'] },
  { site: 'linkedin.com', names: ['LinkedIn'] },
  { site: 'mastodon.social', names: ['Mastodon'] },
  { site: 'reddit.com', names: ['Reddit', 'reddit'] },
  { site: 'tiktok.com', names: ['TikTok'] },
  { site: 'bsky.app', names: ['Bluesky'] },
  { site: 'threads.net', names: ['Threads'] },
  { site: 'pinterest.com', names: ['Pinterest'] },
  { site: 'messenger.com', names: ['Messenger'] },
  { site: 'web.whatsapp.com', names: ['WhatsApp', 'WhatsApp Web'] },
  { site: 'web.telegram.org', names: ['Telegram', 'Telegram Web'] },
  { site: 'discord.com', names: ['Discord'] },
  { site: 'app.slack.com', names: ['Slack'] },
  { site: 'teams.microsoft.com', names: ['Microsoft Teams'] },
  { site: 'app.zoom.us', names: ['Zoom'] },
  { site: 'meet.google.com', names: ['Meet', 'Google Meet'] },
  { site: 'mail.google.com', names: ['Gmail'] },
  { site: 'outlook.office.com', names: ['Outlook'] },
  { site: 'calendar.google.com', names: ['Google Calendar'] },
  { site: 'docs.google.com', names: ['Google Docs', 'Google Sheets', 'Google Slides', 'Google Drive'] },
  { site: 'github.com', names: ['GitHub'] },
  { site: 'gitlab.com', names: ['GitLab'] },
  { site: 'stackoverflow.com', names: ['Stack Overflow'] },
  { site: 'notion.so', names: ['Notion'] },
  { site: 'figma.com', names: ['Figma'] },
  { site: 'atlassian.net', names: ['Jira', 'Confluence'] },
  { site: 'linear.app', names: ['Linear'] },
];

/** Words in an app or executable name that mark a web browser, whose window titles are searched for sites. */
export const BROWSER_PATTERN =
  /\b(firefox|chrome|chromium|brave|msedge|edge|safari|opera|vivaldi|librewolf|waterfox|floorp|epiphany|zen|arc)\b/i;

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
    ['app', 'exact', 'spotify'],
    ['app', 'glob', 'vlc*'],
    ['app', 'exact', 'mpv'],
    ['app', 'glob', 'steam*'],
    ['app', 'exact', 'netflix'],
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
