import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNumbers, parseDigits, parseNumber } from './numbers.ts';
import { tokenize } from './number-tokens.ts';

describe('parseNumber: digits', () => {
  it.each([
    ['40,000', 40000],
    ['1,139', 1139],
    ['2000', 2000],
    ['10,000,000', 10000000],
    ['1.5', 1.5],
    ['2\u00A0300', 2300], // non-breaking space
    ['2\u2009300', 2300], // thin space
    ['12\u202F500', 12500], // narrow no-break space
    ['2 300', 2300], // a plain space left by whitespace normalisation
    ['1 million', 1000000],
    ['1.2m', 1200000],
    ['1.2 million', 1200000],
    ['5bn', 5000000000],
    ['2.5 billion', 2500000000],
    ['10k', 10000],
    ['40 thousand', 40000],
    ['1.5 lakh', 150000],
    ['3 crore', 30000000],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('rejects malformed grouping and mixed text', () => {
    expect(parseNumber('1,1,1')).toBeNull();
    expect(parseNumber('12,34')).toBeNull();
    expect(parseNumber('15th')).toBeNull();
    expect(parseNumber('people')).toBeNull();
    expect(parseNumber('')).toBeNull();
    expect(parseNumber('40,000 people')).toBeNull();
  });
});

describe('parseNumber: words', () => {
  it.each([
    ['three', 3],
    ['Ten', 10],
    ['twenty-five', 25],
    ['twenty five', 25],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['one hundred and twenty', 120],
    ['two thousand five hundred', 2500],
    ['a dozen', 12],
    ['two dozen', 24],
    ['a million', 1000000],
    ['half a million', 500000],
    ['a quarter of a million', 250000],
    ['three quarters of a billion', 750000000],
    ['two and a half million', 2500000],
    ['two-and-a-half-million', 2500000],
    ['a million and two', 1000002],
    ['three million', 3000000],
    ['fourteen', 14],
  ])('%s → %d', (text, value) => {
    expect(parseNumber(text)).toBe(value);
  });

  it('does not read vague plurals or ordinals as numbers', () => {
    expect(parseNumber('dozens')).toBeNull();
    expect(parseNumber('hundreds')).toBeNull();
    expect(parseNumber('thousands')).toBeNull();
    expect(parseNumber('second')).toBeNull();
    expect(parseNumber('a')).toBeNull();
  });
});

describe('findNumbers', () => {
  it('finds each number once with its offsets', () => {
    const text = 'Nearly 40,000 killed and over 91,700 injured in ten months.';
    const found = findNumbers(text);
    expect(found.map((n) => [n.value, n.text])).toEqual([
      [40000, '40,000'],
      [91700, '91,700'],
      [10, 'ten'],
    ]);
    expect(text.slice(found[1].start, found[1].end)).toBe('91,700');
  });

  it('marks weak article readings ("one", "a dozen") and keeps glued suffixes for the caller', () => {
    const [one, dozen, hundred] = findNumbers('one of them, a dozen teams, a hundred bodies');
    expect(one.article).toBe(true);
    expect(dozen.article).toBe(true);
    expect(hundred.article).toBe(false);
    expect(findNumbers('the 15th floor')[0].suffix).toBe('th');
    expect(findNumbers('46.9C')[0].suffix).toBe('c');
  });

  it('reads a sum grouped by a comma and a space after a currency sign ("N500, 000"), and nowhere else', () => {
    const values = (text: string) => findNumbers(text).map((m) => [m.value, m.text]);
    expect(values('fined N500, 000 or $1, 250, 000')).toEqual([
      [500000, '500, 000'],
      [1250000, '1, 250, 000'],
    ]);
    expect(values('In 2019, 300 people')).toEqual([
      [2019, '2019'],
      [300, '300'],
    ]);
  });
  it('reads "the 72, 203 students" as one number, but not a date, a list or a partitive with a comma', () => {
    const values = (text: string) => findNumbers(text).map((m) => m.value);
    expect(values('of the 72, 203 students and a total of 194, 239 registered')).toEqual([72_203, 194_239]);
    expect(values('On May 5, 300 people fled')).toEqual([5, 300]);
    expect(values('Of the 450, 300 were rescued')).toEqual([450, 300]);
    expect(values('the 12, 300 and 450 routes')).toEqual([12, 300, 450]);
  });
  it('gives a sum’s lower bound the scale written after its upper one ("£22-25m", "$3-4 billion"), not a length', () => {
    const values = (text: string) => findNumbers(text).map((m) => m.value);
    expect(values('around £22-25m a year')).toEqual([22_000_000, 25_000_000]);
    expect(values('revenue of $3-4 billion')).toEqual([3_000_000_000, 4_000_000_000]);
    expect(values('between 10-12 million people')).toEqual([10_000_000, 12_000_000]);
    expect(values('a 100-200m drop')[0]).toBe(100);
    expect(values('scores of 30-4 million')[0]).toBe(30);
  });
  it('reads crores and lakhs of one sum together ("2333 crore 17 lakh")', () => {
    expect(findNumbers('Rs. 2333 crore 17 lakh and Rs 6 crore 85 lakh').map((m) => m.value)).toEqual([23_331_700_000, 68_500_000]);
  });
  it('reads a whole number and a fraction as one ("12 3/4", "2 1/2"), not a date or a fraction alone', () => {
    expect(findNumbers('paying 12 3/4% for 2 1/2 years').map((m) => m.value)).toEqual([12.75, 2.5]);
    expect(findNumbers('on 12/03/2024').map((m) => m.value)).toEqual([12, 3, 2024]);
  });
  it('reads a range of numbers in words as two numbers', () => {
    expect(findNumbers('between a million and two-and-a-half-million strikers').map((n) => [n.value, n.text])).toEqual([
      [1000000, 'a million'],
      [2500000, 'two-and-a-half-million'],
    ]);
  });

  it('does not merge digit groups of a phone number', () => {
    const values = findNumbers('call 0800 123 456 now').map((n) => n.value);
    expect(values).not.toContain(123456);
  });

  it('treats codes like M23 and A320 as words', () => {
    expect(tokenize('M23 A320')).toMatchObject([{ kind: 'word' }, { kind: 'word' }]);
  });

  it('reads any grouped integer back to its value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), (n) => {
        expect(parseDigits(n.toLocaleString('en-US'))).toBe(n);
        expect(parseNumber(n.toLocaleString('en-US'))).toBe(n);
      }),
    );
  });

  it('reads two or more points as thousands (continental grouping), one point as a decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000, max: 999_999_999 }), (n) => {
        expect(parseDigits(n.toLocaleString('de-DE'))).toBe(n);
      }),
    );
    expect(parseDigits('1.125')).toBe(1.125);
    expect(parseDigits('1.12.5')).toBeNull();
  });

  it('reads "18 lakh crore" as 18 × 10^12', () => {
    expect(findNumbers('over 18 lakh crore rupees').map((n) => n.value)).toEqual([18e12]);
  });

  it('stays linear on a long run of separators', () => {
    const text = '1,'.repeat(100_000) + '1';
    const started = Date.now();
    expect(findNumbers(text)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reads no number in words that name properties of every object ("constructor")', () => {
    expect(findNumbers('The constructor was killed')).toEqual([]);
    expect(findNumbers('12 constructor workers').map((n) => n.value)).toEqual([12]);
  });
});
