// Seed text as the extractors read it: published text in NFC without invisible or control characters,
// and a digit fold for matching numbers written in other scripts.

// Zero-width characters, soft hyphens and byte-order marks are invisible in print but break word
// matching ("kil\u00ADled"); they are removed. NBSP and thin spaces are kept: they are thousands separators.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// Control characters (C0 but tab, line feed, vertical tab, form feed and carriage return; DEL; C1)
// and the non-characters U+FFFE/U+FFFF have no place in print: they are invalid in XML (one would
// break the RSS feed), can carry terminal escapes into build logs, and are removed. NEL (U+0085)
// ends a line in some encodings' conversions, so it becomes a line feed.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\uFFFE\uFFFF]/g;

/** Text as published: Unicode NFC (not NFKC: "４０" and "ﬁ" stay as written), without invisible or control characters. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '')
    .replace(/\u0085/g, '\n');
}

// Digits of other scripts and full-width forms, with their separators: each is one UTF-16 unit, as its
// ASCII fold is, so offsets found in the folded text hold in the original.
const FOREIGN_DIGIT = /[\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9\u0966-\u096F\uFF0C\uFF0E\u066B\u066C]/g;
const ZERO_OF = [0xff10, 0x0660, 0x06f0, 0x0966];

/**
 * The NFKC-style reading of numbers ("４０,０００", "٤٠") as ASCII digits, for matching only: published
 * text keeps them as written (NFC), and the fold keeps every offset.
 */
export function foldDigits(text: string): string {
  return text.replace(FOREIGN_DIGIT, (ch) => {
    const code = ch.charCodeAt(0);
    if (ch === '\uFF0C' || ch === '\u066C') return ',';
    if (ch === '\uFF0E' || ch === '\u066B') return '.';
    const zero = ZERO_OF.find((z) => code >= z && code <= z + 9) as number;
    return String(code - zero);
  });
}
