// Links from seed text are untrusted: only absolute http(s) URLs are published, in WHATWG-normalised
// form (so quotes, spaces and angle brackets are percent-encoded and the scheme is lower case).
// Everything else — javascript:, data:, vbscript:, protocol-relative, relative — is refused.
// Ingest applies it to front matter, and the document schema refuses any url it would change, so a
// page may link a validated document's url as it is.

// C0/C1 controls, DEL and whitespace are never part of a URL written in a document; browsers strip
// some of them ("java\tscript:"), so a URL holding any is refused rather than repaired.
const FORBIDDEN = /[\u0000-\u0020\u007F-\u009F\u00A0\u1680\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/u;

/** The normalised http(s) URL, or null when `raw` is anything else. */
export function safeHttpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (!text || FORBIDDEN.test(text) || !/^https?:\/\//i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return null;
  // user:password@ in a published link is either a leak or a spoofing trick ("https://bank.com@evil.org").
  if (url.username || url.password) return null;
  return url.href;
}
