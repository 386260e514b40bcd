/**
 * Links a partner configures (calls to action) may only be https:, http:, relative, tel:, sms: or mailto:, so a
 * mistyped or hostile attribute can never become a `javascript:` or `data:` link.
 */
const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'tel:', 'sms:', 'mailto:']);

export const SAFE_URL_MESSAGE = 'must be an https:, http:, relative, tel:, sms: or mailto: link';

export function isSafeUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const url = value.trim();
  // Control characters and whitespace inside a scheme are how filters get bypassed ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  if (url === '' || /[\u0000-\u001f\u007f]/.test(url)) return false;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1];
  // No scheme: a relative link (a protocol-relative `//host` one resolves to the page's http or https).
  return scheme === undefined || ALLOWED_SCHEMES.has(`${scheme.toLowerCase()}:`);
}
