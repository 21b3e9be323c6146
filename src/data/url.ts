const allowedSchemes = new Set(['https', 'http', 'mailto']);
const imageSchemes = new Set(['https', 'http']);

// Browsers ignore these inside a URL, so "java\tscript:" still runs; strip them before looking.
// eslint-disable-next-line no-control-regex
const ignoredCharacters = /[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g;

// A reference past the last code point is U+FFFD to a browser; String.fromCodePoint would throw.
const character = (code: number) => (code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd');

const decodeEntities = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => character(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => character(Number(dec)))
    .replace(/&colon;?/gi, ':')
    .replace(/&(tab|newline);?/gi, '');

function schemeOf(url: string): string | null {
  const cleaned = decodeEntities(url.replace(ignoredCharacters, '')).replace(ignoredCharacters, '');
  const match = /^([^/?#]*?):/.exec(cleaned);
  return match ? match[1].toLowerCase() : null;
}

/** A check that returns the URL trimmed when its scheme is one of `schemes` or it has none (relative), else `null`. */
const allowing =
  (schemes: Set<string>) =>
  (url: string): string | null => {
    const scheme = schemeOf(url);
    return scheme === null || schemes.has(scheme) ? url.trim() : null;
  };

/**
 * Returns the URL trimmed if it is safe for a link (https, http, mailto or relative),
 * or `null` for anything else (`javascript:`, `data:`, `vbscript:`, and their
 * obfuscated forms with whitespace, entities or mixed case).
 */
export const safeLinkUrl = allowing(allowedSchemes);

/** Like `safeLinkUrl`, for images: https, http or relative. */
export const safeImageUrl = allowing(imageSchemes);

/**
 * The website that a link was probably meant to be, when a browser would take it for a path on the current site
 * or refuse it: a bare domain (`www.moh.gov.sg` → `https://www.moh.gov.sg`), an email address, a mistyped scheme
 * (`https//…`, `https:/…`, `http:…`) or spaces in the host. `undefined` for any other link. A first path segment
 * counts as a domain when it has a dot and ends in letters that are not a common file extension (`about.html`).
 */
export function meantWebsite(link: string): string | undefined {
  const url = link.trim();
  const [, scheme, gap, host, path] = /^(?:(https?)(:\/*|\/\/))?([^/?#]*)([^]*)/i.exec(url)!;
  // Each run of dots and spaces with a space in it is one dot. Found run by run, not by a backtracking pattern,
  // which took half a minute for a host of 200,000 dots.
  const fixed = host.replace(/[\s.]+/g, (run) => (/\s/.test(run) ? '.' : run));
  if (
    scheme
      ? gap != '://' || fixed != host
      : /^[^./:@][^/:]*\.(?!(s?html?|php|aspx?|pdf|txt|xml)$)[a-z]{2,}$/i.test(host)
  )
    return !scheme && host.includes('@')
      ? 'mailto:' + url
      : `${scheme?.toLowerCase() ?? 'https'}://${fixed}${path}`;
  return undefined;
}
