// The sentence scanner reproduces the sentence-splitter package, which it replaced for speed; the package
// stays the reference it is checked against.
import fc from 'fast-check';
import { DefaultAbbrMarkerOptions, split } from 'sentence-splitter';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, EXCLAMATION_WORDS, PREPOSITIVE_ABBREVIATIONS } from './lexicon.ts';
import { sentenceRanges } from './sentences.ts';

const sentences = (text: string): string[] => sentenceRanges(text).map(([start, end]) => text.slice(start, end));

describe('sentenceRanges', () => {
  it('keeps titles, abbreviations and initials whole', () => {
    expect(sentences('Mr. Smith met Dr. Jones. They talked.')).toEqual(['Mr. Smith met Dr. Jones.', 'They talked.']);
    expect(sentences('U.S. officials met on Oct. 7 in Geneva. Talks ended late.')).toEqual([
      'U.S. officials met on Oct. 7 in Geneva.',
      'Talks ended late.',
    ]);
    expect(sentences('The U.S.A. team won. Fans cheered.')).toEqual(['The U.S.A. team won.', 'Fans cheered.']);
    expect(sentences('Gen. Ali and St. Mary. No. 5 won.')).toEqual(['Gen. Ali and St. Mary.', 'No. 5 won.']);
  });

  it('ends a sentence at a street\'s "St." before a pronoun or article, never at a saint\'s', () => {
    expect(sentences('The fire broke out on Main St. The police said two died.')).toEqual([
      'The fire broke out on Main St.',
      'The police said two died.',
    ]);
    expect(sentences('Residents of 12 Elm St. He said the water rose.')).toEqual(['Residents of 12 Elm St.', 'He said the water rose.']);
    expect(sentences('They flew to Port St. Lucie. It rained.')).toEqual(['They flew to Port St. Lucie.', 'It rained.']);
    expect(sentences('At St. The Baptist church, five died.')).toEqual(['At St. The Baptist church, five died.']);
    expect(sentences('Lava from Mount St. Helens fell on Main St. in town.')).toEqual([
      'Lava from Mount St. Helens fell on Main St. in town.',
    ]);
  });

  it('ends a sentence at a known abbreviation only before a capital', () => {
    expect(sentences('Apple Inc. The company said. Also Inc. said.')).toEqual(['Apple Inc.', 'The company said.', 'Also Inc. said.']);
  });

  it('keeps a capital initial between capitalised words ("J. Smith") but not at a sentence end', () => {
    expect(sentences('Rescuers found Mary J. Smith alive. He left.')).toEqual(['Rescuers found Mary J. Smith alive.', 'He left.']);
    // After a lowercase word the initial ends the sentence, as it does in the package.
    expect(sentences('Rescuers found J. Smith alive.')).toEqual(['Rescuers found J.', 'Smith alive.']);
    expect(sentences('We make a good team, you and I. Did you see Albert I. Jones?')).toEqual([
      'We make a good team, you and I.',
      'Did you see Albert I. Jones?',
    ]);
  });

  it('reads decimals, list numbers and "p.m." as the splitter always has', () => {
    expect(sentences('It rose 1.5 percent. Prices fell.')).toEqual(['It rose 1.5 percent.', 'Prices fell.']);
    // "15." reads as a list index; paragraphs.ts cuts such sentences after a number and a capital.
    expect(sentences('Nine were under 15. A total died.')).toEqual(['Nine were under 15. A total died.']);
    expect(sentences('It was 5 p.m. on Friday.')).toEqual(['It was 5 p.m.', 'on Friday.']);
  });

  it('keeps a quotation in straight double marks or brackets whole, but not one in curly marks', () => {
    expect(sentences('"We are digging. Every hour counts," he said. Rescuers went on.')).toEqual([
      '"We are digging. Every hour counts," he said.',
      'Rescuers went on.',
    ]);
    expect(sentences('Gen. Ali spoke (briefly. Then left). Done.')).toEqual(['Gen. Ali spoke (briefly. Then left).', 'Done.']);
    expect(sentences('“We are digging. Every hour counts,” he said.')).toEqual(['“We are digging.', 'Every hour counts,” he said.']);
    // An unclosed mark holds the rest of the text in one sentence.
    expect(sentences('He said "no. Then left. Bye.')).toEqual(['He said "no. Then left. Bye.']);
  });

  it('ends sentences at question and exclamation marks, except inside quotation marks and names', () => {
    expect(sentences('"Why?" she asked. "Because!" he said.')).toEqual(['"Why?" she asked.', '"Because!" he said.']);
    expect(sentences('Wait... what happened? Nobody knows! Really.')).toEqual(['Wait...', 'what happened?', 'Nobody knows!', 'Really.']);
    expect(sentences('He worked at Yahoo! for years. Then he left.')).toEqual(['He worked at Yahoo! for years.', 'Then he left.']);
  });

  it('splits non-Latin text', () => {
    expect(sentences('東京で地震があった。被害は大きい。')).toEqual(['東京で地震があった。', '被害は大きい。']);
    expect(sentences('Землетрясение произошло утром. Погибли 12 человек.')).toEqual([
      'Землетрясение произошло утром.',
      'Погибли 12 человек.',
    ]);
  });

  it('gives exact offsets, with white space between sentences in none of them', () => {
    const text = '  A sentence.  Two spaces. No stop';
    expect(sentenceRanges(text)).toEqual([
      [2, 13],
      [15, 26],
      [27, 34],
    ]);
    expect(sentenceRanges('')).toEqual([]);
    expect(sentenceRanges(' \u00A0 ')).toEqual([]);
  });

  it('stays linear on long runs of initials between CJK letters', () => {
    const started = performance.now();
    expect(sentenceRanges('東A.'.repeat(10_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('uses the word lists of the sentence-splitter package', () => {
    const { language } = DefaultAbbrMarkerOptions;
    expect(ABBREVIATIONS).toEqual(language?.ABBREVIATIONS);
    expect(PREPOSITIVE_ABBREVIATIONS).toEqual(language?.PREPOSITIVE_ABBREVIATIONS);
    expect(EXCLAMATION_WORDS).toEqual(language?.EXCLAMATION_WORDS);
  });

  // The rules are the package's: on any text made of the pieces it treats specially, the sentences are its sentences.
  it('draws the same sentences as the sentence-splitter package', () => {
    const piece = fc.constantFrom(
      '.',
      '. ',
      '.\n',
      '?',
      '!',
      '! ',
      '？',
      '。',
      '．',
      '"',
      '“',
      '”',
      '(',
      ')',
      '[',
      ']',
      '{',
      '}',
      '「',
      '」',
      ' ',
      '  ',
      '\n',
      '\u00A0',
      '\u3000',
      '\t',
      'a',
      'The',
      'A',
      'I',
      'J',
      'Mr',
      'Mr.',
      'mr.',
      'U.S.',
      'U.S.A.',
      'a.m.',
      'p.m.',
      'Oct.',
      'Gen.',
      'No.',
      'Inc.',
      'Yahoo!',
      '!Kung',
      'E.g.',
      'P.',
      '15.',
      '3',
      '1.5',
      '東',
      'ア',
      '한',
      '𠀋',
      'É',
      'é',
      'Ж',
      '...',
      '…',
      '-',
      ',',
      'Smith',
      'smith',
    );
    const reference = (text: string) => split(text).flatMap((node) => (node.type === 'Sentence' ? [[node.range[0], node.range[1]]] : []));
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')),
        (text) => {
          expect(sentenceRanges(text)).toEqual(reference(text));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
