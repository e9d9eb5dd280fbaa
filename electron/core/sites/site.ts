import { KNOWN_SITES } from './known-sites.ts';

/**
 * The one place that decides which site a window shows. The tracker fills `observation.site` once when it records (see observation.ts); every
 * reader (rules, limits, the policy, privacy exclusions, the rule tester) reads `observation.site` from then on.
 */

/** Words in an app or executable name that mark a web browser, whose window titles are searched for sites. */
const BROWSER =
  /(?:^|[^a-z])(firefox|chrome|chromium|brave|msedge|edge|safari|opera|vivaldi|librewolf|waterfox|floorp|epiphany|falkon|qutebrowser|zen|arc|navigator|yandex|whale|mullvad|tor browser)(?:$|[^a-z])/i;

// Browsers separate the page title, the site name and their own name with a dash, bar, middle dot or slash.
const SEPARATOR = /\s+[-–—|·•/]\s+/;
// A notification counter in front of the title: "(3) Facebook".
const COUNTER = /^\(\d+\+?\)\s*/;
// A host name: labels of letters, digits and hyphens, ending in a letters-only top-level domain.
const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}`;
const URL_IN_TEXT = new RegExp(String.raw`\b[a-z][a-z0-9+.-]*://(?:[^\s/@]+@)?(${HOST})(?::\d+)?`, 'i');
const WHOLE_HOST = new RegExp(String.raw`^(${HOST})(?:[/:?#]\S*)?$`, 'i');
const BARE_HOST = new RegExp(String.raw`(?:^|[\s(\[|—–-])(${HOST})(?=$|[\s)\]/:|—–-])`, 'i');

// File extensions that look like top-level domains in titles ("notes.md", "setup.py").
const FILE_LIKE = new Set(
  'md py js ts tsx jsx sh rs go pl rb cs txt pdf doc docx xls xlsx ppt pptx odt ods zip json yml yaml html css png jpg svg log csv'.split(
    ' ',
  ),
);

const byName = new Map<string, string>();
for (const { site, names } of KNOWN_SITES) for (const name of names) byName.set(name.toLowerCase(), site);

/** Normalises a host to the site the user would name: lower case, no `www.`, no trailing dot. */
export function normaliseSite(host: string): string {
  return host
    .trim()
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
}

/** True when `site` is `wanted` or one of its subdomains: 'm.youtube.com' is within 'youtube.com'. */
export function siteWithin(site: string | undefined, wanted: string): boolean {
  if (!site) return false;
  const a = normaliseSite(site);
  const b = normaliseSite(wanted);
  return b !== '' && (a === b || a.endsWith(`.${b}`));
}

/** True when the app (or its executable) is a web browser. */
export function isBrowser(app: string, executable?: string): boolean {
  return BROWSER.test(app) || (executable !== undefined && BROWSER.test(executable));
}

/** The site of a URL, or undefined when it has no host name. */
export function siteFromUrl(url: string): string | undefined {
  const match = URL_IN_TEXT.exec(url);
  return match?.[1] ? normaliseSite(match[1]) : undefined;
}

const hostOrUndefined = (host: string | undefined): string | undefined => {
  if (!host) return undefined;
  const tld = host.slice(host.lastIndexOf('.') + 1).toLowerCase();
  return FILE_LIKE.has(tld) ? undefined : normaliseSite(host);
};

/**
 * The site a browser title names: a URL anywhere in it, a known site name or a host as one of its segments
 * (looking from the end, where browsers put the site's name), or a bare host standing as its own word.
 */
export function siteFromTitle(title: string): string | undefined {
  const fromUrl = siteFromUrl(title);
  if (fromUrl) return fromUrl;
  const segments = title.replace(COUNTER, '').split(SEPARATOR);
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!.replace(COUNTER, '').trim();
    // "Prime Video: The Boys": a site may name itself before a colon.
    const known = byName.get(segment.toLowerCase()) ?? byName.get(segment.split(': ')[0]!.toLowerCase());
    if (known) return known;
    const host = hostOrUndefined(WHOLE_HOST.exec(segment)?.[1]);
    if (host) return host;
  }
  return hostOrUndefined(BARE_HOST.exec(title)?.[1]);
}
