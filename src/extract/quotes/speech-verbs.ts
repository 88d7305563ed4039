// Reporting verbs outside quotes ("the ministry said 44 contacts…", "according to X"): the speakers of
// indirect speech, which later quotes may continue, and the speaker named around one verb.
import type { Paragraph, ParsedSeed } from '../../schema/document.ts';
import type { MarkedSpan } from './marks.ts';
import { resolvePronoun, resolveSpeaker, type ResolveState, type Speaker } from './speaker.ts';
import { subjectAfter, subjectBefore } from './speaker-phrase.ts';
import {
  isBesideQuoteVerb,
  isIndirectSpeechVerb,
  isNounLikeForm,
  isReportingVerb,
  isReportingVerbIfTagged,
  reportingParticle,
} from './verbs.ts';
import { clauseSubject, tagAt } from './clause.ts';
import {
  MODAL_WORDS,
  OBJECT_PRONOUNS,
  RELAYED_SPEECH,
  RELAYING_VERBS,
  STATEMENT_NOUNS,
  STATEMENT_PLATFORMS,
  STATEMENT_VERBS,
} from './lexicon.ts';
import { isRoleHead } from '../entities/lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { countBelow } from '../text/sorted-search.ts';
import { wordKey } from '../text/word-key.ts';
import { inQuote, previousSpanEnd, sentenceEnd, wordCount, wordsWithOffsets } from './quote-spans.ts';

// Every word reportsAt can accept, so that all others are turned away by one lookup.
const CALL_OR_PUT = new Set(['call', 'called', 'calls', 'calling', 'put', 'puts', 'putting']);

/**
 * The index of the last word of a reporting verb at words[i] ("said" -> i, "shot back" -> i + 1), or -1:
 * a reporting verb not governed by a modal or a negation, "called for", or "put the toll at".
 * `paragraph` lets the linguistic layer settle forms that are also nouns ("in comments", "a written
 * statement", "yelling"); `beside` also accepts the verbs that report only beside a quote ("barked").
 */
export function reportingVerbAt(
  words: readonly { word: string; start: number }[],
  i: number,
  paragraph?: Paragraph,
  beside = false,
): number {
  const w = words[i].word;
  const key = wordKey(w);
  if (beside) {
    const particle = reportingParticle(key);
    if (particle && words[i + 1]?.word.toLowerCase() === particle) return i + 1;
  }
  // "Network Rail", "Transparency Watch Says": a capitalised word after another is part of a name.
  if (i > 0 && /^\p{Lu}/u.test(w) && /^\p{Lu}/u.test(words[i - 1].word)) return -1;
  const listed = CALL_OR_PUT.has(key) || isReportingVerb(key) || (beside && isBesideQuoteVerb(key));
  const tagged = !listed && paragraph !== undefined && isReportingVerbIfTagged(key);
  if (!listed && !tagged) return -1;
  if (/^call(?:ed|s|ing)?$/i.test(w)) return /^(?:called|calls)$/i.test(w) && words[i + 1]?.word.toLowerCase() === 'for' ? i : -1;
  // "As John Cornyn put it:", "as she puts it,": a way of saying.
  if (/^(?:put|puts)$/i.test(w) && words[i + 1]?.word.toLowerCase() === 'it') return i + 1;
  // "A security source put the toll at “more than 40 dead”": an estimate attributed like speech.
  if (/^(?:put|puts|putting)$/i.test(w))
    return /^(?:the\s+)?(?:(?:death|casualty|final|overall|provisional)\s+)?(?:toll|number|figure|total|count|tally)\s+at$/i.test(
      words
        .slice(i + 1, i + 5)
        .map((x) => x.word)
        .join(' ')
        .replace(/^(.*?\bat)\b.*$/i, '$1'),
    )
      ? i
      : -1;
  const previous = i > 0 ? wordKey(words[i - 1].word) : '';
  // "would continue", "refused to comment"; "didn't suggest" reports nothing; "went on to say" does.
  const onTo = previous === 'to' && i > 1 && /^(?:on|proceeded|continued|went)$/i.test(words[i - 2].word);
  if (previous && MODAL_WORDS.has(previous) && !/(?:ed|s)$/i.test(w) && !onTo) return -1;
  if (/n['’]t$/.test(previous)) return -1;
  // "an estimated 43,000", "the reported deaths": a form after an article is an adjective or a noun.
  if (ARTICLES.has(previous)) return -1;
  if (!paragraph) return i;
  if (tagged) return tagAt(paragraph, words[i].start) === 'VERB' ? i : -1;
  // "in comments", "his reports", "new claims": a form that is also a noun is one here when the tag and
  // the word before it say so. Only such forms ask the linguistic layer ("said" never does).
  if (i > 0 && /^\p{Ll}/u.test(w) && isNounLikeForm(key)) {
    const tag = tagAt(paragraph, words[i].start);
    const before = tag === 'NOUN' || tag === 'ADJ' ? tagAt(paragraph, words[i - 1].start) : null;
    if (before === 'ADP' || before === 'ADJ' || before === 'NUM' || POSSESSIVES.has(previous)) return -1;
  }
  return i;
}

/** Whether words[i] attributes speech (reportingVerbAt, without the particle). */
export function reportsAt(words: readonly { word: string; start: number }[], i: number, paragraph?: Paragraph, beside = false): boolean {
  return reportingVerbAt(words, i, paragraph, beside) >= 0;
}

const ARTICLES = new Set(['a', 'an', 'the']);
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

// "said in a statement", "wrote on X": words issued as a statement, which a later "it said" refers back to.
const STATEMENT_AFTER = new RegExp(
  `^[^.;]{0,40}?\\b(?:in|on|via)\\s+(?:a|an|the|its|his|her|their)?\\s*(?:\\w+\\s+)?(?:${alternation(STATEMENT_NOUNS)})\\b` +
    `|^[^.;]{0,25}?\\bon\\s+(?:${alternation(STATEMENT_PLATFORMS)})\\b`,
  'i',
);

// The first person named in each sentence, outside quotes: who "he" or "she" most likely refers to.
export function collectSubjects(doc: ParsedSeed, spans: MarkedSpan[][], state: ResolveState, through = doc.paragraphs.length): void {
  doc.paragraphs.slice(0, through).forEach((paragraph, p) => {
    // A possessive ("Hensley's sister") names whose relative acts, not who acts.
    const mentions = (state.index.byParagraph.get(p) ?? []).filter(
      (m) => m.kind === 'person' && !inQuote(spans[p], m.start) && !/^['’]s\b/u.test(paragraph.text.slice(m.end, m.end + 3)),
    );
    for (const sentence of paragraph.sentences) {
      // "As President John Magufuli urged calm, Pope Francis … expressed sorrow": after a subordinate
      // opening clause, the subject is the first person named after its comma.
      const opener = SUBORDINATE_OPENING.exec(paragraph.text.slice(sentence.start, sentence.end));
      const from = opener ? sentence.start + opener[0].length : sentence.start;
      let first = mentions[countBelow(mentions, from, (m) => m.start)];
      if (opener && (!first || first.start >= sentence.end)) first = mentions[countBelow(mentions, sentence.start, (m) => m.start)];
      if (!first || first.start >= sentence.end) continue;
      // "Recall that the governor on Tuesday had announced the suspension of Gbolahan Oki": a role named
      // before the first person is the sentence's subject (whoever holds it), and that person its object.
      const role = theRoleBetween(paragraph.text, sentence.start, first.start);
      if (role) {
        const holder = resolveSpeaker(doc.paragraphs, p, role.start, role.end, state, false, role.start);
        const entity = holder?.kind === 'person' ? state.index.entities.people.find((e) => e.name === holder.name) : undefined;
        if (entity) state.subjects.push({ paragraph: p, offset: role.start, entity });
        // ("One of the traders, Udubuochi Christine, hinted": one of a group, then the name in apposition, which
        // is the subject.)
        if (entity || !ONE_OF_BEFORE.test(paragraph.text.slice(Math.max(sentence.start, role.start - 12), role.start))) continue;
      }
      state.subjects.push({ paragraph: p, offset: first.start, entity: first.entity });
      // "Mr Ahmed met Mrs Chris Walker. “…,” she said.": a person of the other sex named later in the sentence
      // is who the pronoun that skips the subject stands for.
      // (Only right after a subject that opens the sentence: "X met Y", not a person named deep in the sentence.)
      const sex = state.sexes.get(first.entity.name);
      if (!sex || first.start - from > 25) continue;
      for (let i = mentions.indexOf(first) + 1; i < mentions.length && mentions[i].start < Math.min(sentence.end, first.end + 40); i++) {
        const other = state.sexes.get(mentions[i].entity.name);
        if (other && other !== sex) {
          state.subjects.push({ paragraph: p, offset: mentions[i].start, entity: mentions[i].entity });
          break;
        }
      }
    }
  });
}

// A sentence that opens with a subordinate clause, up to the comma that ends it (within 200 characters).
const SUBORDINATE_OPENING = /^[\s“"]*(?:As|While|When|After|Although|Though|Because|Since|If|Before|Once)\s[^,.;:]{1,200},/u;

// "the governor", "the deputy minister": a definite description of someone by a role.
const THE_ROLE = /(?<![\p{L}'’])the\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}-]+)(?![\p{L}'’-])/gu;

/** The first "the <role>" between two offsets of a paragraph's text. */
const ONE_OF_BEFORE = /\b(?:one|two|three|some|several|each)\s+of\s+$/iu;

function theRoleBetween(text: string, from: number, to: number): { start: number; end: number } | null {
  THE_ROLE.lastIndex = from;
  for (let m = THE_ROLE.exec(text); m && m.index + m[0].length <= to; m = THE_ROLE.exec(text)) {
    if (isRoleHead(m[1])) return { start: m.index, end: m.index + m[0].length };
    THE_ROLE.lastIndex = m.index + 4;
  }
  return null;
}

interface VerbEvent {
  paragraph: number;
  verbStart: number;
  verbEnd: number;
  clauseStart: number;
  limit: number;
  according: boolean;
}

// Reporting verbs outside quotes: indirect speech ("the ministry said 44 contacts…") that later quotes may continue.
export function findSpeechVerbs(doc: ParsedSeed, spans: MarkedSpan[][], through = doc.paragraphs.length): VerbEvent[] {
  const events: VerbEvent[] = [];
  doc.paragraphs.slice(0, through).forEach((paragraph, p) => {
    const text = paragraph.text;
    for (const sentence of paragraph.sentences) {
      const words = wordsWithOffsets(text, sentence.start, sentence.end);
      let reported = false;
      for (let i = 0; i < words.length; i++) {
        const w = words[i];
        // The set lookup first: most words are no verb of speech, and only those ask the rules and the tagger.
        const key = wordKey(w.word);
        const according = key === 'according' && words[i + 1]?.word.toLowerCase() === 'to';
        if (!according && (key === 'according' || !isIndirectSpeechVerb(key))) continue;
        if (inQuote(spans[p], w.start)) continue;
        if (!according && !reportsAt(words, i, paragraph)) continue;
        const previousQuoteEnd = previousSpanEnd(spans[p], w.start);
        // "Ruiz told reporters, according to the Harbour Times": after a verb of saying, "according to" names
        // where the words were read, not who said them; no later quote continues it.
        if (according && reported && previousQuoteEnd < events[events.length - 1].verbStart) continue;
        reported = true;
        events.push({
          paragraph: p,
          verbStart: w.start,
          verbEnd: according ? words[i + 1].end : w.end,
          clauseStart: Math.max(sentence.start, previousQuoteEnd),
          limit: sentence.end,
          according,
        });
      }
    }
  });
  return events;
}

export function recordVerbEvent(doc: ParsedSeed, event: VerbEvent, state: ResolveState): void {
  const { paragraph, clauseStart, verbStart, verbEnd, limit, according } = event;
  const speaker = attributionAt(doc, paragraph, clauseStart, verbStart, verbEnd, limit, according, verbStart, state);
  if (!speaker) return;
  // A verb within a few words after "after", "when", "as"… (no comma between) speaks in a subordinate clause.
  const before = doc.paragraphs[paragraph].text.slice(Math.max(clauseStart, verbStart - 60), verbStart);
  const subordinate = SUBORDINATE_BEFORE.test(before);
  state.events.push({ paragraph, offset: verbStart, speaker, ...(subordinate ? { subordinate } : {}) });
}

// The forms of the relaying verbs ("quoted", "cites"), and the object and "as saying" after one; "quoted by
// Xinhua as saying" is a passive whose subject speaks.
const RELAYING = new Set(RELAYING_VERBS.flatMap((base) => [base, `${base}s`, `${base}d`, `${base.slice(0, -1)}ing`]));
// ("quoted Alok Avasthy, regional commandant of the NDRF (the force) at the scene, as saying": the name
// before an appositive set off by commas.)
const RELAYED = new RegExp(
  `^\\s+(?!by\\s)([^\\s,;:!?“”"()][^,;:!?“”"()]{0,79}?)(?:,[^,;:!?“”"]{1,120},)?\\s+as\\s+(?:${alternation(RELAYED_SPEECH)})\\b`,
  'iu',
);

const RELAYED_BEFORE = new RegExp(
  `\\b(?:${alternation([...RELAYING])})\\s+(?!by\\s)([^\\s,;:!?“”"()][^,;:!?“”"()]{0,79}?)\\s+as\\s+$`,
  'iu',
);

// ", whose knock Australia rode on … and ", ", which … and ": a relative clause not led by its own subject
// ("who" may be: "Foley, who scored twice and said" is Foley's), then "and" before the verb.
const RELATIVE_THEN_AND = /,\s*(?:whose|which)\s[^,;:“”"]*\s(?:and|but)\s+(?:\p{Ll}+ly\s+)?$/u;

const PASSIVE_BEFORE = /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?$/iu;
const SUBORDINATE_BEFORE = /\b(?:after|before|when|while|since|because|although|though|until|once|whereas|where)\s+(?:[^\s,;:]+\s+){0,7}$/i;

/** The speaker named around one reporting verb. */
export function attributionAt(
  doc: ParsedSeed,
  p: number,
  clauseStart: number,
  verbStart: number,
  verbEnd: number,
  limit: number,
  according: boolean,
  reference: number,
  state: ResolveState,
): Speaker | null {
  const text = doc.paragraphs[p].text;
  const verb = text.slice(verbStart, verbEnd);
  const statement = STATEMENT_AFTER.test(text.slice(verbEnd, verbEnd + 60)) || STATEMENT_VERBS.has(wordKey(verb));
  if (according) {
    // The source runs to the next comma or sentence end ("According to Dr. Ahmed Karimi, …").
    const stop = Math.min(sentenceEnd(text, verbEnd, limit), verbEnd + 120);
    const match = /^\s+([^,;:“”"()]{1,120})/.exec(text.slice(verbEnd, stop));
    if (!match) return null;
    const start = verbEnd + text.slice(verbEnd).indexOf(match[1]);
    const end = start + match[1].trimEnd().length;
    // ("according to Minor's lawyer, high-profile Washington attorney Abbe Lowell": the name after the description.)
    const found = resolveSpeaker(doc.paragraphs, p, start, end, state, statement, reference);
    return withAppositiveName(doc, p, end, stop, state, statement, found);
  }
  // "160 people are reported to be injured", "he was told": a passive names no one speaking.
  // ("was quoted by Xinhua as saying" relays its subject's words.)
  if (
    /ed$/iu.test(verb) &&
    !RELAYING.has(wordKey(verb)) &&
    PASSIVE_BEFORE.test(text.slice(Math.max(clauseStart, verbStart - 24), verbStart))
  )
    return null;
  // The object of a relaying verb speaks, not its subject: written at `start`, an object pronoun or a phrase.
  const relayedSpeaker = (object: string, start: number): Speaker | null => {
    const pronoun = OBJECT_PRONOUNS[object.toLowerCase()];
    return pronoun
      ? resolvePronoun(pronoun, p, reference, state, statement)
      : resolveSpeaker(doc.paragraphs, p, start, start + object.length, state, statement, reference);
  };
  // "state television quoted He as saying".
  const relayed = RELAYING.has(wordKey(verb)) ? RELAYED.exec(text.slice(verbEnd, Math.min(limit, verbEnd + 120))) : null;
  if (relayed) return relayedSpeaker(relayed[1], verbEnd + relayed[0].indexOf(relayed[1]));
  const leading = text.slice(clauseStart, verbStart);
  // "PTV also quoted Karachi Mayor Murtaza Wahab as saying that “…”", found from "saying": the relaying verb
  // is before it.
  const relayedBefore = /ing$/i.test(verb) ? RELAYED_BEFORE.exec(leading) : null;
  if (relayedBefore)
    return relayedSpeaker(
      relayedBefore[1],
      clauseStart + relayedBefore.index + relayedBefore[0].indexOf(relayedBefore[1], relayedBefore[0].indexOf(' ')),
    );
  const resolve = (range: { start: number; end: number }, stop: number): Speaker | null =>
    withAppositiveName(
      doc,
      p,
      range.end,
      stop,
      state,
      statement,
      resolveSpeaker(doc.paragraphs, p, range.start, range.end, state, statement, reference),
    );
  if (!/[\p{L}\p{N}]/u.test(leading) || (/,\s*$/.test(leading) && wordCount(leading) === 0)) {
    const after = subjectAfter(text, verbEnd, limit);
    return after ? resolve(after, limit) : null;
  }
  // "footage of Hillary Clinton asking, “…”", "with Trump saying": a name right before a participle is its subject.
  const named = /ing$/i.test(verb) ? /(?:^|[^\p{L}])((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(\p{Ll}+ly\s+)?$/u.exec(leading) : null;
  if (named && /\p{Ll}/u.test(named[1])) {
    const at = verbStart - named[1].length - (named[2]?.length ?? 0);
    const found = resolveSpeaker(doc.paragraphs, p, at, at + named[1].trimEnd().length, state, statement, reference);
    if (found && found.kind === 'person') return found;
  }
  // "Trump attacked Clinton …, saying, “…”", "Blige sings to Clinton before asking her, “…”": a participle
  // speaks with the subject of its sentence.
  const participle = /ing$/i.test(verb) && /(?:,|\b(?:before|after|upon|while|when|by|in))\s*$/i.test(leading);
  if (participle) {
    // ("Jaya Varma Sinha, chairperson of the board, said in a statement, adding that “…”": the one the
    // sentence's verb of saying named, not the appositive.)
    const said = state.events.findLast((e) => e.paragraph === p && e.offset >= clauseStart && e.offset < verbStart);
    if (said?.speaker.via === 'name') return { ...said.speaker, statement };
    const found = fromClause(doc, p, clauseStart, verbStart, state, statement, reference);
    if (found) return found;
  }
  // "imposed the sentence on Langford, 63, who told the court, “…”": the one "who" stands for speaks.
  // ("the Chicago Police Department which reported “…”": "which" stands for the body named right before it.)
  const who = /(?:^|[^\p{L}])(who|which)\s+(?:\p{Ll}+ly\s+)?$/u.exec(leading);
  if (who) {
    const whoAt = clauseStart + who.index;
    const kind = who[1] === 'who' ? 'person' : 'organization';
    const named = (state.index.byParagraph.get(p) ?? []).findLast(
      (m) =>
        m.kind === kind &&
        m.end <= whoAt &&
        /^[\s,]*(?:\d{1,3}[\s,]*)?$/u.test(text.slice(m.end, whoAt + (who[0].length - who[0].trimStart().length))),
    );
    if (named) return { name: named.entity.name, role: named.entity.role, kind, statement, via: 'name' };
  }
  // "Alhaji Muntari, whose two children … were among those missing said": a name that opens the clause,
  // then a relative clause that runs to the verb with no closing comma, is the verb's subject (when no other
  // verb of saying stands between them).
  const opener = (state.index.byParagraph.get(p) ?? []).find(
    // (An honorific or a title may stand before it: "Alhaji Muntari", "Dr Ann Lee".)
    (m) =>
      m.kind === 'person' &&
      m.start >= clauseStart &&
      m.start < verbStart &&
      /^\s*(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u.test(text.slice(clauseStart, m.start)),
  );
  if (
    opener &&
    /^\s*,\s*(?:who|whose)\s/u.test(text.slice(opener.end, verbStart)) &&
    !/,\s*$/u.test(text.slice(opener.end, verbStart)) &&
    !state.events.some((e) => e.paragraph === p && e.offset > opener.end && e.offset < verbStart)
  )
    return { name: opener.entity.name, role: opener.entity.role, kind: 'person', statement, via: 'name' };
  // "The captain lauded Head, whose knock Australia rode on to the title and said, “…”": a relative clause
  // that lost its closing comma; the verb after "and" is the main clause's, and so is its subject.
  const relative = RELATIVE_THEN_AND.exec(leading);
  if (relative) {
    const found = fromClause(doc, p, clauseStart, clauseStart + relative.index, state, statement, reference);
    if (found && (found.kind === 'person' || found.kind === 'organization')) return found;
  }
  const subject = subjectBefore(text, clauseStart, verbStart);
  const before = subject ? resolve(subject, verbStart) : null;
  // "Zelensky condemned the attack saying that “…”": with no comma before it, a participle after an object
  // that is no speaker ("the attack") still speaks with the subject of its clause.
  if (/ing$/i.test(verb) && !participle && (!before || (before.kind !== 'person' && before.kind !== 'organization'))) {
    const found = fromClause(doc, p, clauseStart, verbStart, state, statement, reference);
    if (found && found.kind === 'person') return found;
  }
  if (before) return before;
  // "…, said the ministry": an inverted verb right after a comma.
  if (/,\s*$/.test(leading)) {
    const after = subjectAfter(text, verbEnd, limit);
    if (after) return resolve(after, limit);
  }
  // "Carson did not mention his rivals, but told supporters, “…”": the subject of the clause.
  return participle ? null : fromClause(doc, p, clauseStart, verbStart, state, statement, reference);
}

/** The subject of the clause before a verb (clause.ts), resolved; only people and bodies speak. */
function fromClause(
  doc: ParsedSeed,
  p: number,
  clauseStart: number,
  verbStart: number,
  state: ResolveState,
  statement: boolean,
  reference: number,
): Speaker | null {
  const subject = clauseSubject(doc.paragraphs[p], clauseStart, verbStart, false);
  if (!subject) return null;
  const found = resolveSpeaker(doc.paragraphs, p, subject.start, subject.end, state, statement, reference);
  return found && !(found.kind === 'other' && found.via === 'description') ? found : null;
}

/**
 * "said Unicef's representative in Mozambique, Jonas Lindqvist" and "Hensley's sister, Brenda Pauley,
 * said": a description followed by a named person in apposition is that person.
 */
export function withAppositiveName(
  doc: ParsedSeed,
  p: number,
  end: number,
  stop: number,
  state: ResolveState,
  statement: boolean,
  found: Speaker | null,
): Speaker | null {
  // Only a description ("Hensley's sister", "the friend", "the ministry's spokesman") can be followed by the
  // name it describes; a name, a pronoun or an issuer is already who speaks.
  const { people, organizations } = state.index.entities;
  const known = (name: string): boolean => people.some((e) => e.name === name) || organizations.some((e) => e.name === name);
  if (found && found.via !== 'description' && (found.via !== 'reference' || known(found.name))) return found;
  const text = doc.paragraphs[p].text;
  const gap = /^[^,.;:!?“”"()]{0,60},\s*/u.exec(text.slice(end, Math.min(stop, end + 80)));
  if (!gap) return found;
  const at = end + gap[0].length;
  const mentions = state.index.byParagraph.get(p) ?? [];
  // "…, council member Rita Sandoval, said", "One survivor, Bolivian flight technician Erwin Tumiri, said": a
  // role may come before the name, within the commas; not a complement ("a friend of Rita Sandoval").
  const mention = mentions.find(
    (m) =>
      m.kind === 'person' &&
      m.start >= at &&
      m.start - at <= 50 &&
      !/[,;:()“”"]/u.test(text.slice(at, m.start)) &&
      !/\b(?:of|to|for|with|by|from|and|or|than|like)\s+$/iu.test(text.slice(at, m.start)),
  );
  if (mention) {
    // (The name may take a participle of its own: "Trial judge, Justice Ada Banjoko delivering judgment, said".)
    const rest = text.slice(mention.end, Math.min(stop, mention.end + 24));
    if (!/^\s*(?:[,.;]|$)/u.test(rest.slice(0, 2)) && !/^\s+\p{Ll}+ing\b/u.test(rest)) return found;
    return { name: mention.entity.name, role: mention.entity.role, kind: 'person', statement, via: 'name' };
  }
  // A name the entity lists do not know: two or three capitalised words closing the phrase, and not a place or body.
  // ("Kabiru Mai-Kwashe": a capital after a hyphen too.)
  const name = /^\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*(?:\s\p{Lu}[\p{Ll}'’]+(?:-\p{L}[\p{Ll}'’]+)*){1,2}(?=\s*(?:[,.;]|$))/u.exec(
    text.slice(at, Math.min(stop, at + 80)),
  );
  if (!name || mentions.some((m) => m.kind !== 'person' && m.start < at + name[0].length && m.end > at)) return found;
  return { name: name[0], role: null, kind: 'person', statement, via: 'name' };
}
