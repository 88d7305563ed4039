// Applies an editors' corrections file (src/schema/edits.ts, read by edits-file.ts) to an extracted
// document. Runs after the ingest cache, so a correction never forces re-extraction; the facts are then
// computed again from the corrected figures, so charts follow corrections.
//
// Items are found by their text (`match`), narrowed by words of their sentence (`sentence`); an edit that
// finds nothing, or more than one item, is applied to nothing and reported with its line: a correction
// is never dropped silently. `add` finds its text in the article and makes the item there, or, when
// extraction has since found that item itself, corrects the one extraction made.
import { extractedDocument, qualifiers, type DatedEvent, type Entity, type ExtractedDocument, type Figure } from '../schema/document.ts';
import type { ParsedSeed, Position, Qualifier, Quote } from '../schema/document.ts';
import {
  findItems,
  foldChar,
  matchKey,
  matchWords,
  sentenceAt,
  sentenceHas,
  type ChartEdit,
  type TimelineEdit,
  type ChartItem,
  type EventEdit,
  type FigureEdit,
  type ItemSection,
  type PersonEdit,
  type QuoteEdit,
} from '../schema/edits.ts';
import { extractEvents } from '../extract/events/index.ts';
import { factsOf } from '../extract/facts/index.ts';
import { extractFigures } from '../extract/figures/index.ts';
import { foldDigits } from '../extract/text/normalize.ts';
import { findNumbers } from '../extract/text/numbers.ts';
import { positionIn } from '../extract/text/paragraphs.ts';
import type { EditPath, Edits } from './edits-file.ts';

/** An edit that was applied to nothing: its line and why. */
export interface EditProblem {
  line: number;
  message: string;
}

/** The rule an editor's addition carries, in place of an extractor's. */
export const ADDED_RULE = 'editors.added';

const NOUN: Record<ItemSection, string> = { figures: 'figure', quotes: 'quote', events: 'event', people: 'person' };

export function applyEdits(doc: ExtractedDocument, edits: Edits): { document: ExtractedDocument; problems: EditProblem[] } {
  const problems: EditProblem[] = [];
  const report = (path: EditPath, message: string) => problems.push({ line: edits.line(path), message });
  const state: Items = {
    figures: [...doc.figures],
    quotes: [...doc.quotes],
    events: [...doc.events],
    people: [...doc.entities.people],
  };
  const article = new Article(doc);
  const { data } = edits;
  data.figures?.forEach((edit, i) => editItem('figures', edit, ['figures', i]));
  data.quotes?.forEach((edit, i) => editItem('quotes', edit, ['quotes', i]));
  data.events?.forEach((edit, i) => editItem('events', edit, ['events', i]));
  data.people?.forEach((edit, i) => editItem('people', edit, ['people', i]));

  function editItem<S extends ItemSection>(section: S, edit: EditOf[S], path: EditPath): void {
    const list = state[section] as Array<Items[S][number]>;
    let index: number;
    if (edit.add !== undefined) {
      const made = article.add(section, edit, state, (message) => report(path, `${section}: add "${edit.add}": ${message}`));
      if (made === null) return;
      if (typeof made === 'number') index = made;
      else {
        list.push(made as Items[S][number]);
        // Items stay in reading order (people in the order extraction found them, the new one last).
        if (section !== 'people') list.sort((a, b) => comparePositions(positionOf(a), positionOf(b)));
        index = list.indexOf(made as Items[S][number]);
      }
    } else {
      const found = article.find(list, edit.match!, edit.sentence);
      if (found.length !== 1) {
        report(path, findProblem(section, edit.match!, edit.sentence, found.length));
        return;
      }
      index = found[0];
    }
    if (edit.drop) {
      list.splice(index, 1);
      return;
    }
    const before = list[index];
    const after = { ...before, ...withDerived(section, edit.set ?? {}), edited: true } as Items[S][number];
    if (edit.keep && 'confidence' in after && !(edit.set && 'confidence' in edit.set)) after.confidence = 'high';
    list[index] = after;
    if (section === 'people') renameSpeaker(state, before as Entity, after as Entity);
  }

  const figures = state.figures;
  const facts = factsOf(figures, doc.title);
  const figureIds = (item: ChartItem, path: EditPath): string[] => {
    const found = article.find(figures, ...chartMatch(item));
    if (!found.length) report(path, `charts: "${chartMatch(item)[0]}" matches no figure`);
    const ids = found.map((i) => figures[i].id);
    return [...ids, ...facts.filter((fact) => fact.reports.some((r) => ids.includes(r.figure))).map((fact) => fact.id)];
  };
  const eventIds = (item: ChartItem, path: EditPath): string[] => {
    const found = article.find(state.events, ...chartMatch(item));
    if (!found.length) report(path, `charts: "${chartMatch(item)[0]}" matches no event`);
    return found.map((i) => state.events[i].id);
  };
  const document = extractedDocument.parse({
    ...doc,
    figures,
    facts,
    quotes: state.quotes,
    events: state.events,
    entities: { ...doc.entities, people: state.people },
    charts: {
      casualties: chartSettings(data.charts?.casualties, ['charts', 'casualties'], figureIds) ?? doc.charts.casualties,
      timeline: timelineSettings(data.charts?.timeline, ['charts', 'timeline'], eventIds) ?? doc.charts.timeline,
    },
  });
  return { document, problems: problems.sort((a, b) => a.line - b.line) };
}

interface Items {
  figures: Figure[];
  quotes: Quote[];
  events: DatedEvent[];
  people: Entity[];
}
interface EditOf {
  figures: FigureEdit;
  quotes: QuoteEdit;
  events: EventEdit;
  people: PersonEdit;
}
type AnyItem = Items[ItemSection][number];

function positionOf(item: AnyItem): Position {
  return 'position' in item ? item.position : item.mentions[0];
}

function comparePositions(a: Position | undefined, b: Position | undefined): number {
  if (!a || !b) return a ? -1 : b ? 1 : 0;
  return a.paragraph - b.paragraph || a.start - b.start;
}

function findProblem(section: ItemSection, match: string, sentence: string | undefined, count: number): string {
  const what = `${section}: "${match}"${sentence ? ` in a sentence with "${sentence}"` : ''}`;
  if (count === 0) return `${what} matches no ${NOUN[section]}`;
  return `${what} matches ${count} ${section}: add sentence: with words of the one you mean`;
}

/** A date's own precision, when an editor sets the date alone: "2024-10" is a month. */
function withDerived(section: ItemSection, set: Record<string, unknown>): Record<string, unknown> {
  if (section === 'events' && typeof set.date === 'string' && !set.precision) {
    return { ...set, precision: ['year', 'month', 'day'][set.date.split('-').length - 1] };
  }
  return set;
}

/** A person's corrected name follows into the quotes attributed to the old one. */
function renameSpeaker(state: Items, before: Entity, after: Entity): void {
  if (before.name === after.name) return;
  state.quotes = state.quotes.map((q) => (q.speaker === before.name ? { ...q, speaker: after.name, edited: true } : q));
}

function chartMatch(item: ChartItem): [string, string | undefined] {
  return typeof item === 'string' ? [item, undefined] : [item.match, item.sentence];
}

function chartSettings(
  edit: ChartEdit | undefined,
  path: EditPath,
  ids: (item: ChartItem, path: EditPath) => string[],
): ExtractedDocument['charts']['casualties'] {
  if (!edit) return null;
  const resolve = (key: 'hide' | 'show') => [...new Set((edit[key] ?? []).flatMap((item, i) => ids(item, [...path, key, i])))];
  return { title: edit.title ?? null, summary: edit.summary ?? null, hide: resolve('hide'), show: resolve('show') };
}

function timelineSettings(
  edit: TimelineEdit | undefined,
  path: EditPath,
  ids: (item: ChartItem, path: EditPath) => string[],
): ExtractedDocument['charts']['timeline'] {
  const settings = chartSettings(edit, path, ids);
  return settings && { ...settings, report: edit?.report ?? true };
}

/** A place in the article: paragraph index and character offsets in its text. */
interface Span {
  paragraph: number;
  start: number;
  end: number;
}

/** The article's text, for finding items by their sentence and edits' text in it. */
class Article {
  private folded = new Map<number, { text: string; at: number[] }>();
  private readonly doc: ExtractedDocument;
  constructor(doc: ExtractedDocument) {
    this.doc = doc;
  }

  sentenceAt(position: Position): string {
    return sentenceAt(this.doc, position);
  }

  find(list: readonly AnyItem[], match: string, sentence?: string): number[] {
    return findItems(this.doc, list, match, sentence);
  }

  /** Where `text` is written in the article (as matchKey compares), in sentences with `sentence`'s words. */
  spans(text: string, sentence?: string): Span[] {
    const needle = matchKey(text);
    const words = sentence ? matchWords(sentence) : [];
    const spans: Span[] = [];
    if (!needle) return spans;
    this.doc.paragraphs.forEach((paragraph, index) => {
      const { text: haystack, at } = this.fold(index);
      for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
        const start = at[i];
        const end = i + needle.length < haystack.length ? at[i + needle.length] : paragraph.text.length;
        const span = { paragraph: index, start, end: start + paragraph.text.slice(start, end).trimEnd().length };
        if (!words.length || sentenceHas(this.sentenceAt(this.position(span)), words)) spans.push(span);
      }
    });
    return spans;
  }

  position(span: Span): Position {
    return positionIn(this.doc.paragraphs, span.paragraph, span.start, span.end);
  }

  /** A paragraph folded as matchKey folds text, with each folded character's offset in the original. */
  private fold(index: number): { text: string; at: number[] } {
    let entry = this.folded.get(index);
    if (entry) return entry;
    const original = this.doc.paragraphs[index].text;
    let text = '';
    const at: number[] = [];
    let offset = 0;
    for (const ch of original) {
      const folded = foldChar(ch);
      if (!(folded === ' ' && (text === '' || text.endsWith(' ')))) {
        for (const c of folded) {
          text += c;
          at.push(offset);
        }
      }
      offset += ch.length;
    }
    this.folded.set(index, (entry = { text, at }));
    return entry;
  }

  /**
   * The item `edit.add` asks for: the index of the item extraction already made there (it is corrected
   * instead), a new item, or null (reported through `fail`).
   */
  add<S extends ItemSection>(section: S, edit: EditOf[S], state: Items, fail: (message: string) => void): number | AnyItem | null {
    const spans = this.spans(edit.add!, edit.sentence);
    if (!spans.length) {
      fail(`not found in the article${edit.sentence ? ` in a sentence with "${edit.sentence}"` : ''}`);
      return null;
    }
    // A person is named many times: every place is one of their mentions.
    if (section === 'people') return this.addPerson(spans, edit as PersonEdit, state.people);
    if (spans.length > 1) {
      fail(`found ${spans.length} times in the article: add sentence: with words of the one you mean`);
      return null;
    }
    const [span] = spans;
    const list = state[section] as AnyItem[];
    const existing = list.findIndex((item) => overlaps(positionOf(item), span));
    if (existing >= 0) return existing;
    const common = { position: this.position(span), rule: ADDED_RULE, confidence: 'high' as const, edited: true as const };
    const text = this.doc.paragraphs[span.paragraph].text.slice(span.start, span.end);
    const id = nextId(section, list);
    if (section === 'figures') return this.addFigure(span, text, (edit as FigureEdit).set ?? {}, { ...common, id }, fail);
    if (section === 'events') return this.addEvent(span, text, (edit as EventEdit).set ?? {}, { ...common, id }, fail);
    const set = (edit as QuoteEdit).set ?? {};
    const quote: Quote = {
      ...common,
      id,
      text: text.replace(/^["“‘']+|["”’']+$/g, ''),
      speaker: set.speaker ?? null,
      role: set.role ?? null,
      fragment: text.split(/\s+/).length < 4,
    };
    return quote;
  }

  private addFigure(
    span: Span,
    text: string,
    set: NonNullable<FigureEdit['set']>,
    base: Provenance,
    fail: (m: string) => void,
  ): Figure | null {
    const found = extractFigures(this.paragraphAlone(span.paragraph)).find((f) =>
      overlaps({ ...f.position, paragraph: span.paragraph }, span),
    );
    const number = findNumbers(foldDigits(text))[0];
    const value = set.value ?? found?.value ?? number?.value;
    if (value === undefined) {
      fail('no number in it: give one with set: { value: … }');
      return null;
    }
    const measure = set.measure ?? found?.measure ?? 'other';
    return {
      ...base,
      value,
      qualifier: set.qualifier ?? found?.qualifier ?? qualifierIn(foldDigits(text).slice(0, number?.start ?? text.length)),
      measure,
      subject: set.subject ?? found?.subject ?? null,
      unit: set.unit ?? found?.unit ?? 'people',
      text,
      attribution: set.attribution ?? found?.attribution ?? null,
      place: set.place ?? found?.place ?? null,
      partOf: null,
      status: set.status ?? found?.status ?? 'current',
      confidence: set.confidence ?? base.confidence,
    };
  }

  private addEvent(
    span: Span,
    text: string,
    set: NonNullable<EventEdit['set']>,
    base: Provenance,
    fail: (m: string) => void,
  ): DatedEvent | null {
    const found = extractEvents(this.paragraphAlone(span.paragraph)).find((e) =>
      overlaps({ ...e.position, paragraph: span.paragraph }, span),
    );
    const date = set.date ?? found?.date ?? null;
    if (!date) {
      fail('no date found in it: give one with set: { date: YYYY-MM-DD }');
      return null;
    }
    const derived = withDerived('events', set) as typeof set;
    const sentence = this.sentenceAt(base.position).trim();
    return {
      ...base,
      date,
      precision: derived.precision ?? found?.precision ?? 'day',
      endDate: set.endDate ?? found?.endDate ?? null,
      text,
      label: set.label ?? found?.label ?? (sentence.length > 60 ? `${sentence.slice(0, 59).trimEnd()}…` : sentence),
      kind: set.kind ?? found?.kind ?? 'happened',
      confidence: set.confidence ?? base.confidence,
    };
  }

  private addPerson(spans: Span[], edit: PersonEdit, people: readonly Entity[]): number | Entity {
    const existing = people.findIndex((person) => person.mentions.some((m) => spans.some((s) => overlaps(m, s))));
    if (existing >= 0) return existing;
    const first = spans[0];
    return {
      id: nextId('people', people),
      name: edit.set?.name ?? this.doc.paragraphs[first.paragraph].text.slice(first.start, first.end),
      role: edit.set?.role ?? null,
      aliases: [],
      mentions: spans.map((span) => this.position(span)),
      edited: true,
    };
  }

  /** The document with one paragraph, for an extractor's reading of the text an editor adds. */
  private paragraphAlone(index: number): ParsedSeed {
    const { file, title, published, source, url, lang, story } = this.doc;
    return { file, title, published, source, url, lang, story, slug: null, paragraphs: [this.doc.paragraphs[index]] };
  }
}

type Provenance = { id: string; position: Position; rule: string; confidence: 'high'; edited: true };

function overlaps(position: Position | undefined, span: Span): boolean {
  return !!position && position.paragraph === span.paragraph && position.start < span.end && span.start < position.end;
}

/** "figure-added-1", …: an added item's id, apart from extraction's "figure-1", … */
function nextId(section: ItemSection, list: readonly AnyItem[]): string {
  const prefix = `${section === 'people' ? 'person' : NOUN[section]}-added-`;
  let n = 1;
  while (list.some((item) => item.id === `${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}

// The hedge words before a number, as the schema names them, and their common synonyms.
const HEDGES: Array<[RegExp, Qualifier]> = [
  [/\bmore than\b/, 'more than'],
  [/\bat least\b/, 'at least'],
  [/\bup to\b/, 'up to'],
  [/\b(?:fewer|less) than\b/, 'fewer than'],
  [/\b(?:nearly|almost)\b/, 'nearly'],
  [/\b(?:about|around|roughly|approximately|some)\b/, 'about'],
  [/\bover\b/, 'over'],
];

/** The qualifier the words before a number give it: "at least 11" -> "at least"; "exact" when none. */
function qualifierIn(before: string): Qualifier {
  const words = before.toLowerCase();
  const hit = HEDGES.find(([pattern]) => pattern.test(words));
  return hit && (qualifiers as readonly string[]).includes(hit[1]) ? hit[1] : 'exact';
}
