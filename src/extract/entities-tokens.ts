// Word tokens with offsets, the unit both the entity and the quote extractors reason about.

export interface Token {
  text: string; // as written, possessive included: "Gaza’s"
  base: string; // without a possessive ending: "Gaza"
  start: number; // offsets in the paragraph text, end exclusive
  end: number;
  capitalised: boolean; // first letter upper case
  possessive: boolean; // "Gaza’s", "Hamas’"
  gap: string; // the characters between the previous token and this one
}

// Abbreviations whose full stop belongs to the word (so "Mr." and "Gen." are not sentence ends).
const DOTTED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'col', 'lt', 'capt', 'sgt', 'rev', 'fr', 'st', 'maj', 'adm', 'cpl', 'pvt', 'det', 'insp', 'supt', 'jr', 'sr', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'inc', 'corp', 'ltd', 'co']);

// Dotted acronyms ("U.S.", "U.N.") first, then words with inner apostrophes or hyphens ("al-Habash", "O’Brien").
// Each alternative consumes at least one character per step and the groups cannot overlap, so matching is linear.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\p{N}]+(?:['’\-][\p{L}\p{M}\p{N}]+)*['’]?/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    let raw = match[0];
    const start = match.index;
    let end = start + raw.length;
    // A trailing apostrophe is a plural possessive ("Israelis’") only after an s; otherwise it is a closing quote.
    if (/['’]$/.test(raw) && !/s['’]$/i.test(raw)) {
      raw = raw.slice(0, -1);
      end -= 1;
    }
    if (!raw) continue;
    const lower = raw.toLowerCase();
    if (text[end] === '.' && (DOTTED.has(lower) || /^\p{Lu}$/u.test(raw))) {
      raw += '.';
      end += 1;
    }
    const possessive = /['’]s$/i.test(raw) || /s['’]$/i.test(raw);
    const base = /['’]s$/i.test(raw) ? raw.slice(0, -2) : /s['’]$/i.test(raw) ? raw.slice(0, -1) : raw;
    tokens.push({
      text: raw,
      base,
      start,
      end,
      capitalised: /^\p{Lu}/u.test(raw),
      possessive,
      gap: text.slice(previousEnd, start),
    });
    previousEnd = end;
  }
  return tokens;
}

/** True when only spaces separate the two tokens, so they may belong to one name. */
export function joined(token: Token): boolean {
  return /^[ \u00A0]$/.test(token.gap);
}
