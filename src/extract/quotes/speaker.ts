// Finds who a quotation is attributed to, and resolves that phrase to a full name or body.
// Attribution phrases: "…,” said Miller", "…,” spokesman Matthew Miller said in a statement",
// "Smith told Reuters: “…”", "According to Smith, “…”". Resolution: names go to the person or body
// entity they mention; "he"/"she" to the last person speaking or acting; "it" to the issuer of the
// statement being reported; "the ministry" to the named ministry; "the source" to the last speaker.
import type { Entities, Entity, Paragraph } from '../../schema/document.ts';
import { isRoleHead, ORG_TAIL_NOUNS } from '../entities/lexicon.ts';
import { wordKey } from '../text/word-key.ts';
import { countBelow } from '../text/sorted-search.ts';
import { GENERIC_BODIES, HUMAN_NOUNS, ORG_NOUNS } from './lexicon.ts';
import { isPronoun, wordsIn } from './speaker-phrase.ts';

export type SpeakerKind = 'person' | 'organization' | 'other';

export interface Speaker {
  name: string;
  role: string | null;
  kind: SpeakerKind;
  statement: boolean; // the words were issued "in a statement", "in a post": "it" can refer back to them
}

/** Someone reported as speaking at a place in the text: a quote's speaker or an indirect "X said". */
export interface SpeechEvent {
  paragraph: number;
  offset: number;
  speaker: Speaker;
}

export interface MentionIndex {
  /** Entity mentions of one paragraph, sorted by start. */
  byParagraph: Map<number, { start: number; end: number; entity: Entity; kind: SpeakerKind }[]>;
  entities: Entities;
}

export function indexMentions(entities: Entities): MentionIndex {
  const byParagraph: MentionIndex['byParagraph'] = new Map();
  const add = (list: Entity[], kind: SpeakerKind): void => {
    for (const entity of list) {
      for (const m of entity.mentions) {
        const row = byParagraph.get(m.paragraph) ?? [];
        row.push({ start: m.start, end: m.end, entity, kind });
        byParagraph.set(m.paragraph, row);
      }
    }
  };
  add(entities.people, 'person');
  add(entities.organizations, 'organization');
  add(entities.places, 'other');
  for (const row of byParagraph.values()) row.sort((a, b) => a.start - b.start);
  return { byParagraph, entities };
}

// An anonymous speaker named by one name: "who gave his name as X", "identified only as X", "first name, X".
const GIVEN_NAME = new RegExp(
  [
    '\\b(?:gave|giving|gives|identified|named|known)\\s+(?:(?:only|just)\\s+)?', // "identified only"
    '(?:(?:his|her|their)\\s+)?(?:(?:first|last|given)\\s+)?(?:name\\s+)?(?:(?:only|just)\\s+)?(?:as\\s+|name,\\s+)', // "his first name as"
    "(\\p{Lu}[\\p{L}'’-]{1,30}(?:\\s\\p{Lu}[\\p{L}'’-]{1,30})?)", // the name, one or two words
  ].join(''),
  'u',
);

/** The head noun of a described speaker: "worker" in "a Red Cross worker in North Kivu", "workers" in "one of the aid workers". */
export function headNoun(phrase: string): string {
  let core = phrase.replace(/\(.*?\)/g, ' ');
  core = core.replace(/^\s*(?:one|two|three|some|many|most|each|all|both|several|none)\s+of\s+/i, '');
  core = core.split(/\s+(?:of|in|from|at|for|with|who|which|that|on|near|inside|outside|whose|by)\s+|,/i)[0];
  const words = core.trim().split(/\s+/);
  return wordKey(words[words.length - 1] ?? '').replace(/['’]s$/, '');
}

export function kindOfPhrase(phrase: string): SpeakerKind {
  const head = headNoun(phrase);
  if (HUMAN_NOUNS.has(head) || isRoleHead(head)) return 'person';
  if (ORG_NOUNS.has(head) || ORG_TAIL_NOUNS.has(head)) return 'organization';
  return 'other';
}

function tidyPhrase(phrase: string): string {
  let out = phrase
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/[,;:]+$/, '');
  out = out.replace(/^(?:and|but|or|so|as|while|then|also)\s+/i, '');
  // Articles are lower case mid-sentence; a described speaker reads the same wherever it stood.
  out = out.replace(/^(A|An|The|One|Two|Three|Another|Some)\b/, (w) => w.toLowerCase());
  return out;
}

export interface ResolveState {
  events: SpeechEvent[]; // in document order
  subjects: { paragraph: number; offset: number; entity: Entity }[]; // people who open a sentence, outside quotes
  index: MentionIndex;
}

const before = (a: { paragraph: number; offset: number }, paragraph: number, offset: number): boolean =>
  a.paragraph < paragraph || (a.paragraph === paragraph && a.offset < offset);

// Speakers further back than this many events are too far to be what "he" or "it" means; the bound also
// keeps a document with thousands of quotes linear.
const LOOKBACK = 200;

function lastEvent(state: ResolveState, paragraph: number, offset: number, accept: (s: Speaker) => boolean): SpeechEvent | undefined {
  for (let i = state.events.length - 1; i >= 0 && i >= state.events.length - LOOKBACK; i--) {
    const event = state.events[i];
    if (before(event, paragraph, offset) && accept(event.speaker)) return event;
  }
  return undefined;
}

function personSpeaker(entity: Entity): Speaker {
  return { name: entity.name, role: entity.role, kind: 'person', statement: false };
}

/**
 * Resolves the speaker phrase found at [start, end) of a paragraph.
 * `statement` says the words came "in a statement" or post, which "it said" can later refer to.
 */
export function resolveSpeaker(
  paragraphs: readonly Paragraph[],
  paragraph: number,
  start: number,
  end: number,
  state: ResolveState,
  statement = false,
  reference = start, // where the quote or speech is: "he" looks for speakers before it
): Speaker | null {
  const text = paragraphs[paragraph].text;
  const phrase = text.slice(start, end);
  const words = wordsIn(text, start, end);
  if (!words.length) return null;
  const row = state.index.byParagraph.get(paragraph) ?? [];
  const mentions = [];
  for (let i = countBelow(row, start, (m) => m.start); i < row.length && row[i].start < end; i++)
    if (row[i].end <= end) mentions.push(row[i]);
  // "Hensley's sister": a possessive names someone else, not the speaker.
  const person = mentions.find((m) => m.kind === 'person' && !/^['’]s\b/u.test(text.slice(m.end, m.end + 3)));
  if (person) return { ...personSpeaker(person.entity), statement };
  // "a man who gave his name only as Yakubu", "a resident who gave only his first name, Adam".
  const given = GIVEN_NAME.exec(text.slice(start, Math.min(text.length, end + 160)));
  if (given && (given.index <= end - start || /^\s*,?\s*who\s+$/u.test(text.slice(end, start + given.index))))
    return { name: given[1], role: null, kind: 'person', statement };
  const org = mentions.find((m) => m.kind === 'organization');
  // "the World Food Programme chief" names a person by the body's title: keep the phrase.
  if (org && words.length <= org.entity.name.split(/\s+/).length + 2 && kindOfPhrase(phrase) !== 'person') {
    return { name: org.entity.name, role: null, kind: 'organization', statement };
  }
  if (words.length === 1 && isPronoun(words[0].word))
    return resolvePronoun(words[0].word.toLowerCase(), paragraph, reference, state, statement);
  const tidy = tidyPhrase(phrase);
  if (!tidy) return null;
  const kind = kindOfPhrase(tidy);
  // "the ministry", "the source", "the aid worker": a definite description points back to someone named.
  if (/^the\s/i.test(tidy) && words.length <= 4) {
    const head = headNoun(tidy);
    const back = resolveDefinite(head, kind, paragraph, reference, state);
    if (back) return { ...back, statement: statement || back.statement };
  }
  return { name: tidy, role: null, kind, statement };
}

function lastSubject(state: ResolveState, paragraph: number, offset: number): ResolveState['subjects'][number] | undefined {
  // Subjects are in reading order: binary search for the last one before the point.
  let lo = 0;
  let hi = state.subjects.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(state.subjects[mid], paragraph, offset)) lo = mid + 1;
    else hi = mid;
  }
  return lo ? state.subjects[lo - 1] : undefined;
}

function resolvePronoun(pronoun: string, paragraph: number, offset: number, state: ResolveState, statement: boolean): Speaker | null {
  if (pronoun === 'he' || pronoun === 'she') {
    const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'person');
    const subject = lastSubject(state, paragraph, offset);
    if (subject && (!event || before(event, subject.paragraph, subject.offset))) return { ...personSpeaker(subject.entity), statement };
    return event ? { ...event.speaker, statement } : null;
  }
  if (pronoun === 'it') {
    const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization' || s.statement);
    return event ? { ...event.speaker, statement: true } : null;
  }
  if (pronoun === 'they') {
    const event = lastEvent(state, paragraph, offset, () => true);
    return event ? { ...event.speaker, statement } : null;
  }
  return null; // "we", "I", "you" inside attribution are the article's own voice: unknown
}

/** The organisation entity mentioned last before a point, as a speech event at that mention. */
function lastNamedOrganization(state: ResolveState, paragraph: number, offset: number): SpeechEvent | undefined {
  for (let p = paragraph; p >= 0 && p >= paragraph - 10; p--) {
    const row = state.index.byParagraph.get(p) ?? [];
    for (let i = row.length - 1; i >= 0; i--) {
      const m = row[i];
      if (m.kind !== 'organization' || !before({ paragraph: p, offset: m.start }, paragraph, offset)) continue;
      return { paragraph: p, offset: m.start, speaker: { name: m.entity.name, role: null, kind: 'organization', statement: false } };
    }
  }
  return undefined;
}

function resolveDefinite(head: string, kind: SpeakerKind, paragraph: number, offset: number, state: ResolveState): Speaker | null {
  const singular = head.replace(/s$/, '');
  const matches = (name: string): boolean => new RegExp(`\\b${singular.replace(/[^\p{L}\p{N}]/gu, '')}s?\\b`, 'iu').test(name);
  if (kind === 'organization') {
    // The named body whose name has that head: "the ministry" → "Health Ministry".
    const orgs = state.index.entities.organizations.filter((o) => matches(o.name));
    if (orgs.length) {
      const latest = orgs
        .map((o) => ({ o, last: o.mentions.filter((m) => before({ paragraph: m.paragraph, offset: m.start }, paragraph, offset)).at(-1) }))
        .filter((x) => x.last)
        .sort((a, b) => b.last!.paragraph - a.last!.paragraph || b.last!.start - a.last!.start)[0];
      const chosen = latest?.o ?? orgs[0];
      return { name: chosen.name, role: null, kind: 'organization', statement: false };
    }
    const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization' && matches(s.name));
    // "the company", "the group": a generic noun for whichever body was named last, whatever its name.
    if (GENERIC_BODIES.has(singular)) {
      const named = lastNamedOrganization(state, paragraph, offset);
      const speaking = lastEvent(state, paragraph, offset, (s) => s.kind === 'organization');
      const candidates = [named, event, speaking].filter((c): c is SpeechEvent => c !== undefined);
      candidates.sort((a, b) => b.paragraph - a.paragraph || b.offset - a.offset);
      if (candidates[0]) return candidates[0].speaker;
    }
    return event ? event.speaker : null;
  }
  if (kind === 'person') {
    const named = lastEvent(
      state,
      paragraph,
      offset,
      (s) => s.kind === 'person' && (matches(s.name) || (s.role !== null && matches(s.role))),
    );
    if (named) return named.speaker;
    const person = state.index.entities.people.find((p) => p.role && matches(p.role));
    if (person) return personSpeaker(person);
    // "the source" and similar generic nouns point to the last person who spoke.
    if (/^(?:source|speaker|official|person|man|woman)$/.test(singular)) {
      const event = lastEvent(state, paragraph, offset, (s) => s.kind === 'person');
      return event ? event.speaker : null;
    }
  }
  return null;
}
