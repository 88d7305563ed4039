import { describe, expect, it } from 'vitest';
import { parseSeed, SeedError } from './parse.ts';
import { splitSentences } from '../extract/text/paragraphs.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const parse = (text: string, file = 'doc.txt') => parseSeed(file, bytes(text));
const failure = (fn: () => unknown): SeedError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof SeedError) return error;
    throw error;
  }
  throw new Error('expected a SeedError');
};

describe('parseSeed: front matter and title', () => {
  it('reads front matter fields and takes the first line as title when none is given', () => {
    const { document, warnings } = parse(
      '---\npublished: 2024-08-10\nsource: Wire\nurl: https://example.com/a\n---\n' +
        'Floods hit the coast\nRain fell for days.\nRoads closed.\n',
    );
    expect(document.title).toBe('Floods hit the coast');
    expect(document.published).toBe('2024-08-10');
    expect(document.source).toBe('Wire');
    expect(document.url).toBe('https://example.com/a');
    expect(document.lang).toBe('en');
    expect(document.paragraphs.map((p) => p.text)).toEqual(['Rain fell for days.', 'Roads closed.']);
    expect(warnings).toEqual([]);
  });

  it('keeps the first line as body when the front matter names the title', () => {
    const { document } = parse('---\ntitle: "Quake: 300 dead"\npublished: 2023-02-07\n---\n\nThe quake struck at dawn.\n\nRescuers dug.');
    expect(document.title).toBe('Quake: 300 dead');
    expect(document.paragraphs.map((p) => p.text)).toEqual(['The quake struck at dawn.', 'Rescuers dug.']);
  });

  it('warns, without failing, when there is no publication date', () => {
    const { document, warnings } = parse('Title\nBody text.');
    expect(document.published).toBeNull();
    expect(warnings.join(' ')).toMatch(/no "published" date/);
  });

  it('drops a url that is not http(s) with a warning', () => {
    const { document, warnings } = parse('---\nurl: "javascript:alert(1)"\n---\nTitle\nBody.');
    expect(document.url).toBeNull();
    expect(warnings.some((w) => w.includes('dropped'))).toBe(true);
  });

  it('splits sentences without breaking at abbreviations', () => {
    const { document } = parse('T\nU.S. officials met on Oct. 7 in Geneva. Talks ended late.');
    const [p] = document.paragraphs;
    expect(p.sentences.map((s) => p.text.slice(s.start, s.end))).toEqual(['U.S. officials met on Oct. 7 in Geneva.', 'Talks ended late.']);
  });

  it('removes zero-width characters and soft hyphens and normalises to NFC', () => {
    const { document } = parse('Title\nkil\u00ADled at Cafe\u0301\u200B today');
    expect(document.paragraphs[0].text).toBe('killed at Café today');
  });

  it('reads Markdown blocks and takes a leading heading as the title', () => {
    const { document } = parse(
      '# Storm *Ana* strikes\n\nWinds of **120 km/h** hit [the town](https://x.org).\n\n- One list item\n',
      'doc.md',
    );
    expect(document.title).toBe('Storm Ana strikes');
    expect(document.paragraphs.map((p) => p.text)).toEqual(['Winds of 120 km/h hit the town.', 'One list item']);
  });

  it('keeps Markdown-looking characters literal in plain text', () => {
    const { document } = parse('Title\n* not a list _nor emphasis_');
    expect(document.paragraphs[0].text).toBe('* not a list _nor emphasis_');
  });
});

describe('parseSeed: bad input gets one clear line', () => {
  it.each([
    ['empty', '', /empty document/],
    ['whitespace only', ' \n\t\n', /empty document/],
    ['title without body', 'Only a title\n', /no body text/],
    ['unclosed front matter', '---\ntitle: x\nBody', /never closed/],
    ['front matter that is not a map', '---\n- a\n- b\n---\nT\nB', /expected "key: value"/],
  ])('%s', (_name, text, message) => {
    expect(failure(() => parse(text)).message).toMatch(message);
  });

  it('names the line of broken YAML', () => {
    const error = failure(() => parse('---\ntitle: ok\npublished: [2024\n---\nT\nB'));
    expect(error.message).toMatch(/broken front matter/);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses impossible dates and names their line', () => {
    const error = failure(() => parse('---\ntitle: x\npublished: 2024-02-30\n---\nBody.'));
    expect(error.message).toMatch(/impossible "published" date "2024-02-30"/);
    expect(error.line).toBe(3);
    expect(failure(() => parse('---\npublished: 10/08/2024\n---\nT\nB')).message).toMatch(/YYYY-MM-DD/);
  });

  it('refuses binary, non-UTF-8 and unsupported files', () => {
    expect(failure(() => parseSeed('a.txt', new Uint8Array([0x54, 0x00, 0x41]))).message).toMatch(/binary/);
    expect(failure(() => parseSeed('a.txt', new Uint8Array([0x54, 0xff, 0xfe, 0x41]))).message).toMatch(/UTF-8/);
    expect(failure(() => parseSeed('a.docx', bytes('Title\nBody'))).message).toMatch(/unsupported extension ".docx"/);
  });
});

describe('parseSeed: spaces', () => {
  it('keeps no-break and thin spaces, which separate thousands', () => {
    const { document } = parse('Title\nAbout 2\u00A0300 people and 12\u202F500 homes,\t\tthen  more.');
    expect(document.paragraphs[0].text).toBe('About 2\u00A0300 people and 12\u202F500 homes, then more.');
  });
});

describe('parseSeed: hostile input', () => {
  it.each([
    'JAVASCRIPT:alert(1)',
    '  javascript:alert(1)',
    '"java\\tscript:alert(1)"',
    '"\\u0001javascript:alert(1)"',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    '//evil.example/x',
    'https://bank.example@evil.example/',
  ])('drops the url %s with a warning', (url) => {
    const { document, warnings } = parse(`---\nurl: ${url}\n---\nTitle\nBody.`);
    expect(document.url).toBeNull();
    expect(warnings.filter((w) => /dropped: only absolute http\(s\) links/.test(w))).toHaveLength(1);
  });

  it('publishes an http(s) url in normalised, attribute-safe form', () => {
    const { document } = parse("---\nurl: 'https://Example.com/a\"><svg/onload=alert(1)>'\n---\nTitle\nBody.");
    expect(document.url).toBe('https://example.com/a%22%3E%3Csvg/onload=alert(1)%3E');
  });

  it('refuses a url that is a list or map', () => {
    expect(failure(() => parse('---\nurl: [https://a.example]\n---\nT\nB')).message).toMatch(/"url" must be text/);
  });

  it('keeps markup, template and formula text literal: text is data, never code', () => {
    const title = '<script>alert(1)</script> {{ x }} ${y} =HYPERLINK("http://e.example","x") <Component />';
    const { document } = parse(
      `---\ntitle: '${title}'\nsource: '<img src=x onerror=alert(1)>'\n---\n"><svg onload=alert(1)> <!-- c --> </textarea></style></title>`,
    );
    expect(document.title).toBe(title);
    expect(document.source).toBe('<img src=x onerror=alert(1)>');
    expect(document.paragraphs[0].text).toBe('"><svg onload=alert(1)> <!-- c --> </textarea></style></title>');
  });

  it('publishes the words of Markdown links, never their unsafe targets, and says so', () => {
    const { document, warnings } = parse(
      '# T\n\nSee [the report](javascript:alert(1)), ![pic](data:image/png;base64,AA) and <javascript:alert(2)>.\n',
      'doc.md',
    );
    expect(document.paragraphs[0].text).toBe('See the report, and javascript:alert(2).');
    expect(document.paragraphs[0].format).toBeUndefined(); // no link survives
    expect(warnings).toContain(
      'link targets "javascript:alert(1)", "javascript:alert(2)" dropped on line 3 (the words are kept): only absolute http(s) links are published',
    );
    expect(warnings).toContain('image dropped on line 3: seeds publish no images');
  });

  it('leaves raw HTML and code blocks out of a Markdown seed, with a warning naming their line', () => {
    const { document, warnings } = parse(
      '---\ntitle: T\n---\nFirst.\n\n<script>window.__pwned = 1</script>\n\n```\ncode\n```\n\nLast <b>bold</b>.\n',
      'doc.md',
    );
    expect(document.paragraphs.map((p) => p.text)).toEqual(['First.', 'Last bold.']);
    expect(warnings).toContain(
      'raw HTML (<script>, <b>) dropped on lines 6 and 12: seeds publish their text and Markdown formatting, never HTML',
    );
    expect(warnings).toContain('code block dropped on line 8: seeds publish their text, never code');
  });

  it('removes control characters (invalid in XML, terminal escapes in logs) but keeps tabs as spaces', () => {
    const { document } = parse(
      '---\ntitle: "Bell\\x07 and \\x1b[31mred"\nsource: "A\\u0085B"\n---\nOne\u0001\u007f\u009b two\tthree\uFFFF',
    );
    expect(document.title).toBe('Bell and [31mred');
    expect(document.source).toBe('A B');
    expect(document.paragraphs[0].text).toBe('One two three');
  });

  it('refuses a YAML alias bomb quickly, as broken front matter', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x"]',
      ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`),
    ].join('\n');
    const started = performance.now();
    expect(failure(() => parse(`---\n${bomb}\n---\nT\nB`)).message).toMatch(/^broken front matter: /);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it('accepts a valid language tag in canonical case and replaces an invalid one with "en"', () => {
    expect(parse('---\nlang: fr-ca\n---\nT\nB').document.lang).toBe('fr-CA');
    const { document, warnings } = parse('---\nlang: \'en" onload="x\'\n---\nT\nB');
    expect(document.lang).toBe('en');
    expect(warnings.some((w) => /is not a language tag/.test(w))).toBe(true);
  });
});

describe('splitSentences: a number before a full stop', () => {
  it('ends a sentence after "under 15." when a capital follows, but not inside "1.5" or a list number', () => {
    const text = 'Nine were children under 15. A total of 3 105 patients were treated. The rate was 1.5 percent.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end).trim())).toEqual([
      'Nine were children under 15.',
      'A total of 3 105 patients were treated.',
      'The rate was 1.5 percent.',
    ]);
    expect(splitSentences('1. Evacuate the valley now.')).toHaveLength(1);
  });
});
