import { describe, expect, it } from 'vitest';
import { codePointTest, isAsciiLetter, isWhiteSpace, joinedRunEnd, runEnd } from './code-points.ts';

const isLetter = codePointTest(isAsciiLetter, /\p{L}/u);
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

describe('code points', () => {
  it('tells white space as JavaScript does', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) if (isWhiteSpace(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    expect(differing).toEqual([]);
  });

  it('tests ASCII by code and other characters by the pattern', () => {
    expect(['a', 'Z', 'é', 'ß', '𝒜', '1', ' ', '-'].map((ch) => isLetter(ch.codePointAt(0)!))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it('finds the end of a run, counting characters outside the basic plane as two units', () => {
    expect(runEnd('ab𝒜c d', 0, isLetter)).toBe(5);
    expect(runEnd(' ab', 0, isLetter)).toBe(0);
  });

  it('joins runs over single joiners only', () => {
    expect(joinedRunEnd("O’Brien's car", 0, isLetter, isApostrophe)).toBe(9);
    expect(joinedRunEnd("rebels' camp", 0, isLetter, isApostrophe)).toBe(6); // nothing after the joiner
    expect(joinedRunEnd("'tis", 0, isLetter, isApostrophe)).toBe(0);
  });
});
