// A host name: labels of letters, digits and hyphens, ending in a letters-only top-level domain.
const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}`;
const URL_IN_TEXT = new RegExp(String.raw`\b[a-z][a-z0-9+.-]*://(?:[^\s/@]+@)?(${HOST})(?::\d+)?`, 'i');
const BARE_HOST = new RegExp(String.raw`(?:^|[\s(\[|—–-])(${HOST})(?=$|[\s)\]/:|—–-])`, 'i');

// Apps whose titles name a web page; a domain-like word in an editor's title is usually a file name.
const BROWSERS = [
  'firefox',
  'chrome',
  'chromium',
  'brave',
  'vivaldi',
  'opera',
  'edge',
  'safari',
  'epiphany',
  'librewolf',
  'falkon',
  'qutebrowser',
  'zen',
];

// File extensions that look like top-level domains in titles ("notes.md", "setup.py").
const FILE_LIKE = new Set([
  'md',
  'py',
  'js',
  'ts',
  'sh',
  'rs',
  'go',
  'pl',
  'rb',
  'cs',
  'txt',
  'pdf',
  'doc',
  'zip',
]);

/** Normalises a host to the site the user would name: lower case, without a leading "www.". */
export function normaliseSite(host: string): string {
  return host.toLowerCase().replace(/^www\./, '');
}

/** The site of a URL, or undefined when it has no host name. */
export function siteFromUrl(url: string): string | undefined {
  const match = URL_IN_TEXT.exec(url);
  return match?.[1] ? normaliseSite(match[1]) : undefined;
}

/** True when the app name looks like a web browser. */
export function isBrowser(app: string): boolean {
  const name = app.toLowerCase();
  return BROWSERS.some((browser) => name.includes(browser));
}

/**
 * The site a browser window shows, read from its title: a full URL anywhere in it, or a bare domain standing as its
 * own word (many browsers and extensions put one there). Undefined for other apps and for titles without one.
 */
export function siteFromTitle(app: string, title: string | undefined): string | undefined {
  if (!title || !isBrowser(app)) return undefined;
  const fromUrl = siteFromUrl(title);
  if (fromUrl) return fromUrl;
  const bare = BARE_HOST.exec(title)?.[1];
  if (!bare) return undefined;
  const tld = bare.slice(bare.lastIndexOf('.') + 1).toLowerCase();
  return FILE_LIKE.has(tld) ? undefined : normaliseSite(bare);
}
