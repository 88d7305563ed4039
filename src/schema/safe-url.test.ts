import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from './safe-url.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute http(s) URLs, normalised', () => {
    expect(safeHttpUrl('https://news.example.com/a?b=1#c')).toBe('https://news.example.com/a?b=1#c');
    expect(safeHttpUrl('  HTTP://Example.COM  ')).toBe('http://example.com/');
    expect(safeHttpUrl('https://example.com/"><script>alert(1)</script>')).toBe(
      'https://example.com/%22%3E%3Cscript%3Ealert(1)%3C/script%3E',
    );
  });

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    '\u0001javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//evil.example/x',
    '/relative/path',
    'https:evil.example',
    'https:/evil.example',
    'https://',
    'https://exa mple.com/',
    'https://example.com/\u202Egpj.exe',
    'https://bank.example@evil.example/',
    'https://user:pass@example.com/',
    '',
    null,
    undefined,
  ])('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });
});
