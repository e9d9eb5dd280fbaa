import { describe, it, expect } from 'vitest';
import { siteFromUrl, siteWithin } from '../../../../electron/core/sites/site.ts';
import { recordedObservation } from '../../../../electron/core/sites/observation.ts';
import { appKey, normaliseAppName } from '../../../../electron/core/sites/app-name.ts';
import { isExcluded, redact } from '../../../../electron/core/tracking/privacy.ts';

const siteOf = (app: string, title?: string) =>
  recordedObservation({ app, ...(title !== undefined && { title }) }).site;

describe('the recorded site', () => {
  it('reads a URL, a host segment or a bare domain from a browser title', () => {
    expect(siteOf('firefox', 'https://www.YouTube.com/watch?v=1 - Mozilla Firefox')).toBe('youtube.com');
    expect(siteOf('Google-chrome', 'Inbox - mail.example.org - Google Chrome')).toBe('mail.example.org');
    expect(siteOf('msedge.exe', 'Pull requests · example/repo · GitHub - Microsoft Edge')).toBe('github.com');
  });

  it('knows sites by the name a page gives itself', () => {
    expect(siteOf('Firefox', '(3) Elon Musk (@elonmusk) / X — Mozilla Firefox')).toBe('x.com');
    expect(siteOf('Safari', 'Home - Mastodon')).toBe('mastodon.social');
  });

  it('ignores other apps, file names and titles without a domain', () => {
    expect(siteOf('XTerm', 'ssh example.com')).toBeUndefined();
    expect(siteOf('firefox', 'README.md — Mozilla Firefox')).toBeUndefined();
    expect(siteOf('firefox', 'New Tab — Mozilla Firefox')).toBeUndefined();
    expect(siteOf('firefox')).toBeUndefined();
  });

  it('keeps and normalises a site the window source named', () => {
    expect(recordedObservation({ app: 'Safari', site: 'WWW.Example.com.' }).site).toBe('example.com');
  });

  it('treats a subdomain as within its site, never a look-alike', () => {
    expect(siteWithin('m.youtube.com', 'YouTube.com')).toBe(true);
    expect(siteWithin('notyoutube.com', 'youtube.com')).toBe(false);
    expect(siteWithin(undefined, 'youtube.com')).toBe(false);
  });

  it('takes the host from a URL given by the platform', () => {
    expect(siteFromUrl('https://user@docs.example.net:8443/a?b')).toBe('docs.example.net');
    expect(siteFromUrl('about:blank')).toBeUndefined();
  });
});

describe('exclusions and redaction', () => {
  const exclusions = { apps: ['1Password'], sites: ['example.com'], titleKeywords: ['incognito'] };

  it('matches apps by name or executable, sites with their subdomains, and title keywords', () => {
    expect(isExcluded({ app: '1password' }, exclusions)).toBe(true);
    expect(isExcluded({ app: 'Password Manager', executable: '/opt/1Password/1password' }, exclusions)).toBe(
      true,
    );
    expect(isExcluded({ app: 'firefox', site: 'www.shop.example.com' }, exclusions)).toBe(true);
    expect(isExcluded({ app: 'firefox', site: 'notexample.com' }, exclusions)).toBe(false);
    expect(isExcluded({ app: 'chrome', title: 'New Tab (Incognito)' }, exclusions)).toBe(true);
    expect(isExcluded({ app: 'xterm', title: 'vim' }, exclusions)).toBe(false);
  });

  it('drops only the title when titles are not recorded', () => {
    const observation = { app: 'firefox', title: 'secret', site: 'a.org', executable: '/usr/bin/firefox' };
    expect(redact(observation, { recordTitles: false, exclusions })).toEqual({
      app: 'firefox',
      site: 'a.org',
      executable: '/usr/bin/firefox',
    });
    expect(redact(observation, { recordTitles: true, exclusions })).toBe(observation);
  });
});

describe('app names', () => {
  it.each([
    ['WINWORD.EXE', 'Microsoft Word'],
    ['C:\\Program Files\\Mozilla Firefox\\firefox.exe', 'Firefox'],
    ['msedge.Exe', 'Microsoft Edge'],
    ['com.google.Chrome', 'Google Chrome'],
    ['Navigator', 'Firefox'],
    ['firefox_firefox', 'Firefox'],
    ['org.mozilla.firefox', 'Firefox'],
    ['google-chrome', 'Google Chrome'],
    ['code-url-handler', 'Visual Studio Code'],
    ['TelegramDesktop', 'Telegram'],
    ['org.gnome.Calculator', 'Calculator'],
    ['keepassxc_keepassxc', 'keepassxc'],
    ['Some Tool.exe', 'Some Tool'],
    ['Gimp', 'Gimp'],
  ])('%s is recorded as %s', (raw, name) => {
    expect(normaliseAppName(raw)).toBe(name);
    expect(recordedObservation({ app: raw }).app).toBe(name);
  });

  it('compares names whatever variant each side uses', () => {
    expect(appKey('chrome.exe')).toBe(appKey('Google Chrome'));
  });
});
