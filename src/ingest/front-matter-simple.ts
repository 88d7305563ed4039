// Front matter in its everyday form, read without the YAML parser: one `field: value` line per known
// field, each value a double-quoted string without escapes, a date, or plain words. For these lines the
// YAML parser gives the same strings, more slowly; anything else (comments, escapes, lists, numbers,
// booleans, nulls, URLs, repeated fields) returns null and goes to the parser.

const LINE = /^(title|published|source|url|lang): (.+)$/;
const QUOTED = /^"([^"\\]*)"$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
// Starts with a letter, holds no YAML indicator that could matter (":", "#", quotes at the start,
// "[", "{", "*", "!", "|", ">", "%", "@", "`") and ends with no space.
const WORDS = /^\p{L}[\p{L}\p{N} .,'()&/-]*(?<! )$/u;
// Plain words YAML reads as null or a boolean, in any case.
const NOT_TEXT = new Set(['null', 'true', 'false']);

/** The fields of a front matter block, or null when it is not in the everyday form. */
export function readSimpleFrontMatter(yamlText: string): Record<string, string> | null {
  const fields: Record<string, string> = {};
  const lines = yamlText.split('\n');
  // The block ends with the line break before the closing "---".
  if (lines.pop() !== '') return null;
  for (const line of lines) {
    const match = LINE.exec(line);
    if (!match || Object.hasOwn(fields, match[1])) return null;
    const value = match[2];
    const quoted = QUOTED.exec(value);
    if (quoted) fields[match[1]] = quoted[1];
    else if (DATE.test(value) || (WORDS.test(value) && !NOT_TEXT.has(value.toLowerCase()))) fields[match[1]] = value;
    else return null;
  }
  return fields;
}
