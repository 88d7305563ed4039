import { describe, expect, it } from 'vitest';
import { toParagraph } from './paragraphs.ts';
import { analyse, analyseText } from './language.ts';

describe('the linguistic layer', () => {
  const text = 'Jones’ attorney, Norm Pattis, said 61 were rescued and 3,400 people were rendered homeless on Oct. 7.';
  const analysis = analyseText(text);
  const word = (w: string) => analysis.words.findIndex((x) => x.text === w);

  it('places every word on the paragraph’s own text', () => {
    for (const w of analysis.words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(analysis.words.map((w) => w.text).slice(0, 6)).toEqual(['Jones', '’', 'attorney', ',', 'Norm', 'Pattis']);
  });

  it('tags parts of speech and gives lemmas, so one rule covers every form of a verb', () => {
    expect(analysis.words[word('rescued')].tag).toBe('VERB');
    expect(analysis.lemma(word('rescued'))).toBe('rescue');
    expect(analysis.lemma(word('rendered'))).toBe('render');
    expect(analysis.lemma(word('were'))).toBe('be');
    expect(analysis.words[word('3,400')].tag).toBe('NUM');
    expect(analysis.words[word('people')].tag).toBe('NOUN');
    expect(analysis.words[word('Pattis')].tag).toBe('PROPN');
  });

  it('finds the word at an offset', () => {
    const at = text.indexOf('rescued');
    expect(analysis.words[analysis.wordAt(at)].text).toBe('rescued');
    expect(analysis.words[analysis.wordAt(at + 3)].text).toBe('rescued');
    expect(analysis.wordAt(text.length)).toBe(analysis.words.length);
  });

  it('keeps offsets right after characters the tokenizer treats specially', () => {
    const odd = 'Officials can’t say.\u00A0 “We don’t know,” she said — at 9:30 a.m. on 5/6.';
    const words = analyseText(odd).words;
    for (const w of words) expect(odd.slice(w.start, w.end)).toBe(w.text);
    expect(words.at(-1)!.end).toBe(odd.length);
  });

  it('tags a paragraph once', () => {
    const paragraph = toParagraph('Rescuers pulled 12 survivors from the rubble.');
    expect(analyse(paragraph)).toBe(analyse(paragraph));
  });

  it('is linear in its input: 224 KB of text are tagged in under three seconds, even on a loaded machine', () => {
    const long = 'Rescuers pulled 12 survivors from the rubble on Friday. '.repeat(4_000); // 224 KB
    const started = performance.now();
    const words = analyseText(long).words;
    expect(words.length).toBe(40_000);
    expect(performance.now() - started).toBeLessThan(3_000);
  });

  it('reads a word right after a possessive as a noun ("Saturday’s win"), a gerund there still as a verb', () => {
    const words = analyseText("Erasmus has described Saturday's win as the best day; after the hurricane's passing.").words;
    expect(words.find((w) => w.text === 'win')?.tag).toBe('NOUN');
    expect(words.find((w) => w.text === 'passing')?.tag).toBe('VERB');
  });

  it('corrects known tagger errors: names, sentence-initial plurals and adjectives, "-ing" verbs with an object', () => {
    const tag = (text: string, word: string) => analyseText(text).words.find((w) => w.text === word)?.tag;
    expect(tag('The Red Cross has been evacuating bodies.', 'Cross')).toBe('PROPN');
    expect(tag('Rescuers digging through the hotel found two more bodies.', 'Rescuers')).toBe('NOUN');
    expect(tag('Powerful earthquakes killed at least 2,000 people.', 'Powerful')).toBe('ADJ');
    expect(tag('The strike killed 85 civilians observing a festival.', 'observing')).toBe('VERB');
    expect(tag('The death toll shot up on Monday.', 'shot')).toBe('VERB');
    expect(tag('They pulled 14 survivors from the collapsed hospital wing.', 'collapsed')).toBe('ADJ');
    expect(tag('Hundreds were killed, a war monitor said on Saturday.', 'monitor')).toBe('NOUN');
    expect(tag('In 1999, nearly 90 percent of the voters cast their ballots.', 'cast')).toBe('VERB');
    expect(tag('The Action League plans to hold a news conference.', 'plans')).toBe('VERB');
    expect(tag('Two guards were shot dead.', 'shot')).toBe('VERB');
    expect(tag('Flash floods triggered by breaches in embankments have displaced 40,000 people.', 'breaches')).toBe('NOUN');
    // Left alone: a name that opens a sentence, and a plural name before a name.
    expect(tag('Brazil said on Monday that it would help.', 'Brazil')).toBe('PROPN');
  });
});
