import { describe, it, expect } from 'vitest';
import { siteFromTitle, siteFromUrl } from '../../../../electron/core/tracking/site.ts';
import { isExcluded, redact } from '../../../../electron/core/tracking/privacy.ts';

describe('siteFromTitle', () => {
  it('reads a URL or a bare domain from a browser title', () => {
    expect(siteFromTitle('firefox', 'https://www.YouTube.com/watch?v=1 - Mozilla Firefox')).toBe(
      'youtube.com',
    );
    expect(siteFromTitle('Google-chrome', 'Inbox - mail.example.org - Google Chrome')).toBe(
      'mail.example.org',
    );
  });

  it('ignores other apps, file names and titles without a domain', () => {
    expect(siteFromTitle('XTerm', 'ssh example.com')).toBeUndefined();
    expect(siteFromTitle('firefox', 'README.md — Mozilla Firefox')).toBeUndefined();
    expect(siteFromTitle('firefox', 'New Tab — Mozilla Firefox')).toBeUndefined();
    expect(siteFromTitle('firefox', undefined)).toBeUndefined();
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
