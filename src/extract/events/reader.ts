// One paragraph as the events extractor reads it: its words from the linguistic layer (tagged once and
// shared with the other extractors), which of them are quoted or belong to a date, and the grammar of
// each sentence that holds a date, read once however many dates it holds.
import type { Paragraph } from '../../schema/document.ts';
import { analyse, type Analysis } from '../text/language.ts';
import { quotedWords, SentenceGrammar, type Clause, type WordSpan } from './grammar.ts';
import type { Span } from './sentence.ts';

/** A sentence longer than this many words (a list, or hostile input) is read in a window around each date. */
const READ_WORDS = 120;
/** No news paragraph is this long: a hostile or broken one is read by the date patterns alone. */
const LONG_PARAGRAPH = 20_000;

export interface Reading {
  grammar: SentenceGrammar;
  clause: Clause;
  /** The date's words. */
  date: WordSpan;
}

export class ParagraphReader {
  readonly text: string;
  private readonly analysis: Analysis | null;
  private readonly sentences = new Map<number, SentenceGrammar>();
  private quoted: number[] | null = null;
  private dates: number[] | null = null;

  constructor(paragraph: Paragraph, dateSpans: readonly Span[]) {
    this.text = paragraph.text;
    this.analysis = paragraph.text.length > LONG_PARAGRAPH ? null : analyse(paragraph);
    if (this.analysis) {
      // (Plain arrays: a typed array of a paragraph's length lives outside the heap and is slow to make.)
      const dates: number[] = new Array<number>(this.analysis.words.length).fill(0);
      for (const span of dateSpans) {
        const { from, to } = this.wordsOf(this.analysis, span.start, span.end);
        dates.fill(1, from, to);
      }
      this.dates = dates;
    }
  }

  /** The clause holding the characters [start, end) of `sentence`; null for a paragraph read by patterns alone. */
  read(sentence: Span, start: number, end: number): Reading | null {
    if (!this.analysis) return null;
    const date = this.wordsOf(this.analysis, start, end);
    const grammar = this.grammar(this.analysis, sentence, date);
    return { grammar, clause: grammar.clauseAround(date.from, date.to), date };
  }

  /** The grammar of the sentence whose words are [from, to), read once. */
  sentenceAt(from: number, to: number): SentenceGrammar | null {
    if (!this.analysis) return null;
    const key = -1 - from;
    let grammar = this.sentences.get(key);
    if (!grammar)
      this.sentences.set(
        key,
        (grammar = new SentenceGrammar(this.text, this.analysis, from, Math.min(to, from + READ_WORDS), (i) => this.isDate(i))),
      );
    return grammar;
  }

  isQuoted(i: number): boolean {
    if (!this.analysis) return false;
    this.quoted ??= quotedWords(this.analysis.words);
    return this.quoted[i] === 1;
  }

  isDate(i: number): boolean {
    return this.dates?.[i] === 1;
  }

  /** The word indices [from, to) of the characters [start, end). */
  private wordsOf(analysis: Analysis, start: number, end: number): WordSpan {
    const from = analysis.wordAt(start);
    return { from, to: Math.max(from + 1, Math.min(analysis.words.length, analysis.wordAt(Math.max(start, end - 1)) + 1)) };
  }

  /**
   * The grammar of the sentence holding the words `near`. A sentence of more than READ_WORDS words is
   * read in a window around them instead, so that reading stays linear.
   */
  private grammar(analysis: Analysis, sentence: Span, near: WordSpan): SentenceGrammar {
    let grammar = this.sentences.get(sentence.start);
    if (grammar) return grammar;
    const { from, to } = this.wordsOf(analysis, sentence.start, sentence.end);
    if (to - from > READ_WORDS)
      return new SentenceGrammar(
        this.text,
        analysis,
        Math.max(from, near.from - READ_WORDS / 2),
        Math.min(to, near.to + READ_WORDS / 2),
        (i) => this.isDate(i),
      );
    this.sentences.set(sentence.start, (grammar = new SentenceGrammar(this.text, analysis, from, to, (i) => this.isDate(i))));
    return grammar;
  }
}
