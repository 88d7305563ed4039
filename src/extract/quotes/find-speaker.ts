// A quote's speaker, by named rules tried in order. Each rule names itself on the quote (`rule`), and the
// quote's `confidence` comes from the rule and from how the speaker phrase was read (speaker.ts `via`):
// a name beside a reporting verb is high; a resolved pronoun or description, a speaker read from the
// clause around the quote, or a quote continuing the last speaker is medium or low; no speaker is low.
//
// | rule                      | reads                                                                          |
// | ------------------------- | ------------------------------------------------------------------------------ |
// | quotes.split-attribution  | the attribution between the parts of a split quote: "“A,” he said. “B”"         |
// | quotes.said-after         | a reporting verb after the quote, in its sentence: "…,” said Miller."          |
// | quotes.said-before        | a reporting verb before the quote, in its sentence: "Smith told Reuters: “…”"  |
// | quotes.according-to       | "According to Smith, “…”", "“…,” according to the ministry."                   |
// | quotes.dash-name          | a name after a dash closing the quote: "“…” ― Sonya Herridge" (vox pops)       |
// | quotes.comma-name         | a name after the quote's comma, with no verb: "“…,” Wang Lina, a teacher."     |
// | quotes.name-colon         | a bare name and a colon: "Clinton: “…”", "- Michael P. McDonald: “…”"          |
// | quotes.colon-intro        | the subject of the clause that ends in a colon: "Cruz called them on it: ¶ “…”" |
// |                           | or, low, a person named right before the colon: "…doesn't surprise X: “…”"      |
// | quotes.possessive-speech  | the owner of an act of speech: "the MP’s attack on “…”"                        |
// | quotes.clause-subject     | the subject of the clause a partial quote sits in: "Trump attacked “…”"        |
// | quotes.same-sentence      | a second quote in the sentence of an attributed one: "X said “…” and “…”"      |
// | quotes.previous-subject   | a person judging or speaking of something just before: "X praised Y. ¶ “…”"     |
// | quotes.continues          | a quote that opens its sentence continues the last speaker                     |
// | quotes.reported-speech    | a partial quote right after a person's reported speech, naming no one else     |
// | quotes.no-speaker         | nobody: "The victim was described as “…”"                                      |
import type { Confidence, ParsedSeed } from '../../schema/document.ts';
import { fitsPronoun } from '../entities/gender.ts';
import type { MarkedSpan } from './marks.ts';
import { headNoun, resolveSpeaker, type ResolveState, type Speaker } from './speaker.ts';
import { isReportingVerb } from './verbs.ts';
import {
  lastSentenceBreak,
  nextSpanOpen,
  previousSpanEnd,
  type QuoteGroup,
  sentenceEnd,
  sentenceStartAt,
  wordsWithOffsets,
} from './quote-spans.ts';
import { attributionAt, reportingVerbAt } from './speech-verbs.ts';
import { clauseSubject, isNounPhrase, lemmaAt, tagAt } from './clause.ts';
import { AUTHORED_NOUNS, CLAUSE_SUBJECT_VERBS, ISSUED_NOUNS, SPEECH_ACT_NOUNS } from './lexicon.ts';

export interface Attribution {
  speaker: Speaker | null;
  rule: string;
  confidence: Confidence;
}

/** Direct rules read a speaker beside a reporting verb; indirect ones infer it from the clause or the context. */
function attribution(speaker: Speaker, rule: string, direct: boolean): Attribution {
  const named = speaker.via === 'name' || speaker.via === 'description';
  const confidence: Confidence = direct ? (named ? 'high' : 'medium') : named ? 'medium' : 'low';
  return { speaker, rule, confidence };
}

const NO_SPEAKER: Attribution = { speaker: null, rule: 'quotes.no-speaker', confidence: 'low' };

export function findSpeaker(doc: ParsedSeed, group: QuoteGroup, spans: MarkedSpan[][], state: ResolveState): Attribution {
  const first = group.parts[0];
  const p = first.paragraph;
  const text = doc.paragraphs[p].text;
  const reference = first.open;

  // 1. Between the parts of a split quote.
  for (const gap of group.gaps) {
    const found = attributionIn(doc, gap.paragraph, gap.start, gap.end, 'after', reference, state);
    if (found) return attribution(found, found.according ? 'quotes.according-to' : 'quotes.split-attribution', true);
  }
  // 2. Right after the quote, in the same sentence: "…,” said Miller." / "…,” the ministry said.
  const lastInParagraph = group.parts.filter((s) => s.paragraph === p).at(-1) ?? first;
  // A quote that ends with a full stop ends its sentence: what follows belongs to the next one.
  // A bare "Trump said." after it is still its attribution, a full stop misplaced inside the marks.
  // So does one with "!" or "?" that a verb of saying led into ("telling her, “… the long run!” She replied
  // that …"): the next sentence is another's.
  const inner = text.slice(lastInParagraph.innerStart, lastInParagraph.innerEnd);
  const endsSentence =
    /\.\s*$/.test(inner) ||
    (/[!?]\s*$/.test(inner) && /^\s+\p{Lu}/u.test(text.slice(lastInParagraph.end)) && ledBySaying(text, first.open));
  if (lastInParagraph.closed && (!endsSentence || isBareAttribution(text, lastInParagraph.end))) {
    const nextOpen = nextQuoteOpen(doc, spans[p], lastInParagraph.end, text.length);
    const end = sentenceEnd(text, lastInParagraph.end, nextOpen);
    // "“Why now?” ¶ Mills then writes back, “You look cute.”": after a question or an exclamation, a
    // clause that leads into the next quote is that quote's attribution.
    const ledIntoNext =
      /[?!]\s*$/.test(text.slice(lastInParagraph.innerStart, lastInParagraph.innerEnd)) &&
      end >= nextOpen &&
      /[,:]\s*$/.test(text.slice(lastInParagraph.end, nextOpen));
    const found = ledIntoNext ? null : attributionIn(doc, p, lastInParagraph.end, end, 'after', reference, state);
    // "Davutoglu described it as a “victory day”, Anadolu Agency reported": a body reporting the sentence
    // relays it; the words are those of the clause's subject, when its verb reports or judges words.
    if (found && found.kind !== 'person' && RELAYED_REPORT.test(text.slice(lastInParagraph.end, end))) {
      const start = Math.max(sentenceStartAt(doc.paragraphs[p], first.open), previousSpanEnd(spans[p], first.open));
      const subject = start < first.open ? subjectOfClause(doc, p, start, first.open, reference, state) : null;
      if (subject?.speaker && subject.confidence !== 'low') return subject;
    }
    // "“…,” Anadolu Agency reported, quoting Nugroho in a statement": the one quoted speaks.
    const quoting = found ? QUOTING_NAME.exec(text.slice(lastInParagraph.end, end)) : null;
    if (quoting) {
      const start = lastInParagraph.end + quoting.index + quoting[0].length - quoting[1].length;
      const quoted = resolveSpeaker(doc.paragraphs, p, start, start + quoting[1].length, state, false, reference);
      if (quoted && quoted.kind === 'person') return attribution(quoted, 'quotes.said-after', true);
    }
    if (found) return attribution(found, found.according ? 'quotes.according-to' : 'quotes.said-after', true);
  }
  // 2a. "…“a spark generated by a pike” …, as explained by the Governor of Cundinamarca, Nicolás García": a
  //     passive of saying at the end of the quote's sentence names its speaker after "by".
  if (lastInParagraph.closed) {
    const end = sentenceEnd(text, lastInParagraph.end, nextQuoteOpen(doc, spans[p], lastInParagraph.end, text.length));
    const agent = AS_SAID_BY.exec(text.slice(lastInParagraph.end, end));
    if (agent) {
      const start = lastInParagraph.end + agent.index + agent[0].length - agent[1].length;
      const found = resolveSpeaker(doc.paragraphs, p, start, start + agent[1].trimEnd().length, state, false, reference);
      if (found && found.kind !== 'other') return attribution(found, 'quotes.said-after', true);
    }
  }
  // 2b. A quote run over paragraphs may be attributed after its last part: "…,” she said.
  const lastPart = group.parts[group.parts.length - 1];
  if (lastPart.paragraph !== p && lastPart.closed) {
    const lastText = doc.paragraphs[lastPart.paragraph].text;
    const nextOpen = nextSpanOpen(spans[lastPart.paragraph], lastPart.end, lastText.length);
    const found = attributionIn(
      doc,
      lastPart.paragraph,
      lastPart.end,
      sentenceEnd(lastText, lastPart.end, nextOpen),
      'after',
      lastPart.open,
      state,
    );
    if (found) return attribution(found, found.according ? 'quotes.according-to' : 'quotes.said-after', true);
  }
  // 2c. "“…” ― Sonya Herridge": a name after a dash closing the quote (vox pops, epigraphs).
  const dashed = dashName(doc, lastPart, state);
  if (dashed) return attribution(dashed, 'quotes.dash-name', true);
  // 2d. "“…,” Wang Lina, a teacher at the school.": a name after the quote's comma, with perhaps a
  //     description, and no verb: the sentence is a credit (a verb of saying was edited out).
  const credited = commaName(doc, lastPart, state);
  if (credited) return attribution(credited, 'quotes.comma-name', true);
  // 3. Before the quote, in the same sentence: "Smith told Reuters: “…”", "According to Smith, “…”".
  const sentenceStart = sentenceStartAt(doc.paragraphs[p], first.open);
  const previousEnd = previousSpanEnd(spans[p], first.open);
  const clauseStart = Math.max(sentenceStart, previousEnd, lastSentenceBreak(text, first.open));
  const leading = text.slice(clauseStart, first.open);
  const hasLeading = /[\p{L}\p{N}]/u.test(leading);
  if (hasLeading) {
    // "Clinton: “…”", "Pollsters agree - Carl Bialik: “…”": a name alone before the colon comes first.
    const named = nameColon(doc, p, clauseStart, first.open, state);
    if (named) return attribution(named, 'quotes.name-colon', true);
    // "Fahmi was responding to the MP’s attack on “…”": the words right after an act of speech are its owner's,
    // whoever speaks of it.
    const owner = possessiveSpeech(doc, p, clauseStart, first.open, reference, state);
    if (owner) return owner;
    const found = attributionIn(doc, p, clauseStart, first.open, 'before', reference, state);
    if (found) return attribution(found, found.according ? 'quotes.according-to' : 'quotes.said-before', true);
  }
  // 4. A quote embedded in a sentence: a second quote of an attributed sentence shares its speaker; else
  //    the subject of its clause speaks ("Trump attacked “…”"), or nobody ("The victim was described as “…”").
  const opensSentence = !hasLeading || /:\s*$/.test(leading);
  if (!opensSentence) {
    const previous = state.events.at(-1);
    if (
      previous &&
      previous.paragraph === p &&
      previousEnd > sentenceStart &&
      previous.offset >= sentenceStart &&
      previous.offset < first.open
    )
      return attribution(previous.speaker, 'quotes.same-sentence', false);
    const subject =
      subjectOfClause(doc, p, clauseStart, first.open, reference, state) ??
      interruptedSubject(doc, p, clauseStart, first.open, lastInParagraph, reference, state) ??
      hostOfRelative(doc, p, clauseStart, first.open, reference, state);
    return subject ?? reportedSpeech(doc, group, sentenceStart, state) ?? NO_SPEAKER;
  }
  // 5. A clause closing with a colon introduces the quote: "He said:" closing the previous sentence or
  //    paragraph, or any clause whose subject then speaks ("Cruz called them on it:").
  const colon = hasLeading ? { paragraph: p, start: clauseStart, end: first.open } : colonIntroduction(doc, p, clauseStart, spans);
  if (colon) {
    if (!hasLeading) {
      const found = attributionIn(doc, colon.paragraph, colon.start, colon.end, 'before', reference, state);
      if (found) return attribution(found, found.according ? 'quotes.according-to' : 'quotes.colon-intro', true);
      const named = nameColon(doc, colon.paragraph, colon.start, colon.end + 1, state);
      if (named) return attribution(named, 'quotes.name-colon', true);
    }
    const subject =
      subjectOfClause(doc, colon.paragraph, colon.start, colon.end, reference, state, true) ??
      documentBeforeColon(doc, colon.paragraph, colon.start, colon.end, reference, state) ??
      personBeforeColon(doc, colon.paragraph, colon.start, colon.end, state);
    if (subject) return { ...subject, rule: 'quotes.colon-intro' };
  }
  // 6. A quote alone at the head of its paragraph, after a paragraph whose last sentence has a person judge
  //    or speak of something ("Kirk praised the mayor’s handling of the flood. ¶ “…”"), is that person's.
  if (!hasLeading) {
    const previous = previousSubject(doc, p, state);
    if (previous) return previous;
  }
  // 7. Otherwise the quote continues the last speaker: "“…,” she said. ¶ “…”". One attributed to a "he"
  //    or "she" the speaker rules could not resolve continues a person, never an organisation.
  const pronounAfter = lastInParagraph.closed ? PRONOUN_ATTRIBUTION.exec(text.slice(lastInParagraph.end, lastInParagraph.end + 40)) : null;
  return continuation(p, state, pronounAfter?.[1] ?? null);
}

// "…, as explained by the Governor": a passive of saying and its agent after a quote.
const AS_SAID_BY =
  /,\s*as\s+(?:explained|stated|said|noted|described|indicated|confirmed|told)\s+by\s+([^,;.()]+(?:,\s+\p{Lu}[^,;.()]*)?)/u;
// "…, Anadolu Agency reported, quoting Nugroho": the name a report quotes.
const QUOTING_NAME = /\bquoting\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})/u;
// A report of the sentence after the quote: "…”, news agency Anadolu reported Monday."
const RELAYED_REPORT = /^[\s,]*(?:[^,;:!?“”"]*\s)?reported\b/u;

/** A verb of saying, its object pronoun at most, and a comma or colon right before the quote at `open`. */
function ledBySaying(text: string, open: number): boolean {
  const lead = /(\p{L}+)(?:\s+(?:him|her|them|us|me|reporters))?\s*[,:]\s*$/u.exec(text.slice(Math.max(0, open - 40), open));
  return lead !== null && isReportingVerb(lead[1]);
}

// "…,” he wrote in a telegram": a personal pronoun and a verb right after the quote.
const PRONOUN_ATTRIBUTION = /^[\s,]*(he|she)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+/u;

/**
 * The person who speaks of or judges something in the last sentence of the paragraph before a quote,
 * when no speech was attributed after that sentence's start; low, an editor should check it.
 */
function previousSubject(doc: ParsedSeed, p: number, state: ResolveState): Attribution | null {
  if (p === 0) return null;
  const paragraph = doc.paragraphs[p - 1];
  const sentence = paragraph.sentences.at(-1);
  if (!sentence || /["“”]/.test(paragraph.text.slice(sentence.start, sentence.end))) return null;
  const last = state.events.at(-1);
  if (last && (last.paragraph > p - 1 || (last.paragraph === p - 1 && last.offset >= sentence.start))) return null;
  // ("Assistant coach Wayne Smith talked about the will of the side, led by McCaw, to gain the win": the main
  // clause before the first comma, when it speaks or judges, is read before the sentence as a whole.)
  const comma = paragraph.text.indexOf(',', sentence.start);
  const head = comma > sentence.start && comma < sentence.end ? clauseSubject(paragraph, sentence.start, comma, false) : null;
  const speaks = (s: typeof head) =>
    s !== null &&
    !s.passive &&
    !s.copula &&
    (CLAUSE_SUBJECT_VERBS.has(lemmaAt(paragraph, s.verb)) || SPEAKING_OF.has(lemmaAt(paragraph, s.verb)));
  const subject = speaks(head) ? head : clauseSubject(paragraph, sentence.start, sentence.end, false);
  if (!subject || subject.passive) return null;
  // ("Siraj, the player of the series, was happy with his show. ¶ “…”": a feeling said of someone comes
  // before their own words.)
  const feeling = subject.copula && FEELING_AFTER.test(paragraph.text.slice(subject.verb, subject.verb + 40));
  if (subject.copula && !feeling) return null;
  const lemma = lemmaAt(paragraph, subject.verb);
  if (!feeling && !CLAUSE_SUBJECT_VERBS.has(lemma) && !SPEAKING_OF.has(lemma)) return null;
  const speaker = resolveSpeaker(doc.paragraphs, p - 1, subject.start, subject.end, state, false, subject.start);
  return speaker && speaker.kind === 'person' ? { speaker, rule: 'quotes.previous-subject', confidence: 'low' } : null;
}

// A copula and an adjective of feeling: "was happy with", "is proud of", "was visibly disappointed".
const FEELING_AFTER =
  /^\S+\s+(?:\p{Ll}+ly\s+)?(?:happy|pleased|delighted|proud|thrilled|elated|relieved|satisfied|disappointed|upset|frustrated|angry|confident|optimistic|grateful|thankful|sad|saddened|heartbroken|devastated|glad|excited)\b/u;

// "Richards also spoke about the case", "Baker talked of the flood": speaking, without a reporting verb.
const SPEAKING_OF = new Set(['speak', 'talk', 'discuss', 'address', 'reflect']);

const SUBORDINATORS = new Set(['as', 'when', 'while', 'after', 'before', 'since', 'because', 'if', 'although', 'though', 'once', 'until']);

/**
 * "As Blumenthal spoke, the NRA was going into overdrive, whipping lawmakers against “…”": a verb in a
 * subordinate clause followed by a main clause of its own does not attribute the quote after them.
 */
function inSubordinateClause(
  paragraph: ParsedSeed['paragraphs'][number],
  words: readonly { word: string; start: number; end: number }[],
  i: number,
  quoteOpen: number,
): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 6 && !/[,;:]/.test(paragraph.text.slice(words[k].end, words[k + 1].start))) {
    if (SUBORDINATORS.has(words[k].word.toLowerCase())) break;
    k--;
  }
  if (k < 0 || i - k > 6 || !SUBORDINATORS.has(words[k].word.toLowerCase())) return false;
  const comma = paragraph.text.indexOf(',', words[i].end);
  if (comma < 0 || comma >= quoteOpen) return false;
  // A main clause after the comma: a verb of its own before the quote.
  return words.some((w) => w.start > comma && w.end <= quoteOpen && tagAt(paragraph, w.start) === 'VERB');
}

// "“…missing.” Trump said.": a name or pronoun and a reporting verb, alone in their sentence.
const BARE_ATTRIBUTION = /^\s*(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}|(?:he|she|they|it)\s+)[\p{Ll}]+[.!]?\s*(?:$|\s\S)/u;

function isBareAttribution(text: string, from: number): boolean {
  const next = BARE_ATTRIBUTION.exec(text.slice(from, from + 60));
  if (!next) return false;
  const words = wordsWithOffsets(text, from, from + next[0].length);
  const verb = words.at(-1)?.word ?? '';
  return words.length >= 2 && /[.!]/.test(next[0]) && isReportingVerb(verb);
}

/**
 * Where the next quote of the paragraph opens: the attribution of this one stops there. A short quote
 * inside the attribution ("Bill Eastland, wearing “Ted Cruz” pins, said") is part of it and is skipped.
 */
function nextQuoteOpen(doc: ParsedSeed, spans: MarkedSpan[], offset: number, fallback: number): number {
  let open = nextSpanOpen(spans, offset, fallback);
  for (let k = 0; k < 3 && open < fallback; k++) {
    const span = spans.find((s) => s.open === open);
    if (!span || !span.closed) break;
    const inner = doc.paragraphs[span.paragraph].text.slice(span.innerStart, span.innerEnd);
    if (wordsWithOffsets(inner, 0, inner.length).length >= 4 || /[.!?,]\s*$/.test(inner)) break;
    open = nextSpanOpen(spans, span.end, fallback);
  }
  return open;
}

/** The last speaker, when a quote opens its paragraph or sentence with no attribution of its own. */
function continuation(p: number, state: ResolveState, personalPronoun: string | null): Attribution {
  // A speaker in a subordinate clause ("after news outlets declared him the winner") is passed over, and,
  // when the quote's own attribution is "he" or "she", a body or someone the text presents otherwise.
  const unfit = (event: ResolveState['events'][number]) =>
    personalPronoun !== null &&
    (event.speaker.kind === 'organization' || !fitsPronoun(personalPronoun, state.sexes.get(event.speaker.name)));
  const passedOver = (event: ResolveState['events'][number]) => event.subordinate || unfit(event);
  let k = state.events.length - 1;
  while (k >= 0 && k >= state.events.length - 20 && passedOver(state.events[k])) k--;
  const last = k >= 0 ? state.events[k] : undefined;
  if (!last || unfit(last)) return NO_SPEAKER;
  // Near (this paragraph or the one before): medium; further back, or an issuer read from context: low.
  const near = last.paragraph >= p - 1 && last.speaker.via !== 'issuer';
  return { speaker: { ...last.speaker }, rule: 'quotes.continues', confidence: near ? 'medium' : 'low' };
}

/**
 * The subject of the clause that holds or introduces the quote, as its speaker when the clause's verb
 * reports or judges words (CLAUSE_SUBJECT_VERBS: "called", "attacked", "thanked … for", "echoed") or,
 * for a colon introduction, whatever the verb ("Sanders made the following comment:").
 */
function subjectOfClause(
  doc: ParsedSeed,
  p: number,
  start: number,
  end: number,
  reference: number,
  state: ResolveState,
  anyVerb = false,
): Attribution | null {
  const paragraph = doc.paragraphs[p];
  const subject = clauseSubject(paragraph, start, end);
  // "The victim was described as “…”", "The plan is “a disaster”": a passive or a copula's subject does not
  // speak; before a colon a copula may ("Clinton's response was:", its issuer then speaks).
  if (!subject || subject.passive || (subject.copula && !anyVerb)) return null;
  const lemma = lemmaAt(paragraph, subject.verb);
  const reports = anyVerb || CLAUSE_SUBJECT_VERBS.has(lemma) || isReportingVerb(lemma);
  const speaker = resolveSpeaker(doc.paragraphs, p, subject.start, subject.end, state, false, reference);
  if (!speaker) return null;
  // Only people and bodies speak: "The storm caused “catastrophic damage”" names no speaker.
  if (speaker.kind === 'other' && speaker.via === 'description') return null;
  // Any other verb ("the NRA was whipping lawmakers against “…”"): likely the subject's words, for an editor to check.
  if (!reports) return { speaker, rule: 'quotes.clause-subject', confidence: 'low' };
  return attribution(speaker, 'quotes.clause-subject', false);
}

// "the Muar MP’s attack on ", "Smith's description of the plan as ", "Trump's interjection that not paying
// taxes made him ": a possessor (up to four words, after any word of the clause before it), its speech act,
// and a preposition, or "that" and the clause it opens, at the quote.
const POSSESSIVE_SPEECH =
  /((?:[\p{L}\p{N}.-]+\s+){0,3}[\p{L}\p{N}.-]+)['’]s?\s+(?:\p{Ll}+\s+)??(\p{Ll}+)\s+(?:that\s+[^,;:“”"]{0,80}\s|(?:(?:on|of|about|against|for|to|at)\s+)?(?:[^,;:“”"]{0,40}\s+as\s+)?)$/u;

/** "Fahmi was responding to the Muar MP’s attack on “…”": the owner of an act of speech speaks its words. */
function possessiveSpeech(
  doc: ParsedSeed,
  p: number,
  start: number,
  end: number,
  reference: number,
  state: ResolveState,
): Attribution | null {
  const text = doc.paragraphs[p].text;
  const found = POSSESSIVE_SPEECH.exec(text.slice(start, end));
  if (!found || !SPEECH_ACT_NOUNS.has(found[2])) return null;
  // The possessor's phrase starts after the last lower-case word that is not an article ("responding to the").
  const words = wordsWithOffsets(text, start + found.index, start + found.index + found[1].length);
  let first = 0;
  for (let k = 0; k < words.length - 1; k++) if (/^\p{Ll}/u.test(words[k].word) && !/^(?:the|a|an)$/u.test(words[k].word)) first = k + 1;
  const speaker = resolveSpeaker(doc.paragraphs, p, words[first].start, words.at(-1)!.end, state, false, reference);
  // Only people and bodies speak ("the storm's warning" names no one), as for a clause's subject.
  return speaker && !(speaker.kind === 'other' && speaker.via === 'description')
    ? { speaker, rule: 'quotes.possessive-speech', confidence: speaker.via === 'name' ? 'medium' : 'low' }
    : null;
}

/**
 * "Little said the tax changes would only benefit many by $1 a week. ¶ The Budget was a chance to show …,
 * “and they muffed it”.": a partial quote in a sentence that names no one, right after a person's reported
 * speech (in the sentence or the paragraph before), goes on with it; low, for an editor to check. Not a
 * passive ("The victim was described as “…”"), nor a sentence that names someone else.
 */
function reportedSpeech(doc: ParsedSeed, group: QuoteGroup, sentenceStart: number, state: ResolveState): Attribution | null {
  const first = group.parts[0];
  const p = first.paragraph;
  const paragraph = doc.paragraphs[p].text;
  // Words said, not a name or a title in quotation marks ("Face the Nation", "Desert Shield").
  const said = paragraph.slice(first.innerStart, first.innerEnd);
  const words = said.split(/\s+/u).filter(Boolean);
  if (words.length < 3 || words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:of|the|and|for|to|a|an|in|on)$/u.test(w))) return null;
  // The speech is a named person's or body's ("Invista said that … ¶ Top priority would be given to “…”"), in
  // the sentence right before: the paragraph's previous sentence, or the last of the paragraph before when the
  // quote's sentence opens its own.
  const last = state.events.at(-1);
  if (!last || (last.speaker.kind !== 'person' && last.speaker.kind !== 'organization') || last.speaker.via !== 'name' || last.subordinate)
    return null;
  const sentences = doc.paragraphs[p].sentences;
  const index = sentences.findIndex((x) => x.start <= sentenceStart && sentenceStart < x.end);
  const previous = index > 0 ? sentences[index - 1] : index === 0 && p > 0 ? doc.paragraphs[p - 1].sentences.at(-1) : undefined;
  const inPrevious =
    previous !== undefined && last.paragraph === (index > 0 ? p : p - 1) && last.offset >= previous.start && last.offset < previous.end;
  if (!inPrevious || PASSIVE_DESCRIPTION.test(paragraph.slice(sentenceStart, first.open))) return null;
  // (No one else is named before the quote in its sentence: a person, or a body as its subject, or its report:
  // "A Government Accountability Office report … found …".)
  const opening = paragraph.slice(sentenceStart, sentenceStart + 12);
  const named = (state.index.byParagraph.get(p) ?? []).some(
    (m) => m.start >= sentenceStart && m.end <= first.open && (m.kind === 'person' || m.start - sentenceStart <= opening.length),
  );
  return named ? null : { speaker: { ...last.speaker }, rule: 'quotes.reported-speech', confidence: 'low' };
}
const PASSIVE_DESCRIPTION = /\b(?:is|are|was|were|been|being)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en)\s+(?:as|by)\b/u;

/**
 * "The court found him guilty … in an action which “greatly harmed the financial interests” of their
 * owners": a quote in a relative clause whose own subject does not speak is in the words of the clause it
 * hangs on, when that clause's verb reports, judges or gives a verdict.
 */
function hostOfRelative(
  doc: ParsedSeed,
  p: number,
  start: number,
  end: number,
  reference: number,
  state: ResolveState,
): Attribution | null {
  const paragraph = doc.paragraphs[p];
  // ("which" or "who" only: "Biden responded to Trump's interjection that … made him “smart”" holds a
  // content clause, Trump's words, not a relative one.)
  const relative = /\b(?:which|who)\s[^,;:“”"]*$/u.exec(paragraph.text.slice(start, end));
  if (!relative || relative.index === 0) return null;
  // The clause it hangs on, read from its first verb (its main one), which must report or judge words.
  const subject = clauseSubject(paragraph, start, start + relative.index, false);
  if (!subject || subject.passive || subject.copula) return null;
  const lemma = lemmaAt(paragraph, subject.verb);
  // (A verdict judges in words: "found him guilty", "convicted", "ruled".)
  const verdict =
    /^(?:convict|sentence|rule|acquit)$/u.test(lemma) ||
    (lemma === 'find' && /^\S+\s+(?:\S+\s+)?(?:guilty|liable|innocent)\b/u.test(paragraph.text.slice(subject.verb, end)));
  if (!verdict && !CLAUSE_SUBJECT_VERBS.has(lemma) && !isReportingVerb(lemma)) return null;
  const speaker = resolveSpeaker(doc.paragraphs, p, subject.start, subject.end, state, false, reference);
  return speaker && (speaker.kind === 'person' || speaker.kind === 'organization')
    ? { speaker, rule: 'quotes.clause-subject', confidence: 'low' }
    : null;
}

/** "The timing doesn't surprise Republican pollster Daron Shaw:": a person named right before the colon, at low confidence. */
function personBeforeColon(doc: ParsedSeed, p: number, start: number, end: number, state: ResolveState): Attribution | null {
  const text = doc.paragraphs[p].text;
  const colonAt = text.lastIndexOf(':', end);
  if (colonAt < start) return null;
  const mention = (state.index.byParagraph.get(p) ?? []).findLast(
    (m) => m.kind === 'person' && m.start >= start && m.end <= colonAt && /^\s*$/.test(text.slice(m.end, colonAt)),
  );
  return mention
    ? {
        speaker: { name: mention.entity.name, role: mention.entity.role, kind: 'person', statement: false, via: 'name' },
        rule: 'quotes.colon-intro',
        confidence: 'low',
      }
    : null;
}

/** "From the senator's Facebook post:", "In a statement:": a document alone before the colon speaks for its issuer. */
function documentBeforeColon(
  doc: ParsedSeed,
  p: number,
  start: number,
  end: number,
  reference: number,
  state: ResolveState,
): Attribution | null {
  const text = doc.paragraphs[p].text;
  const match = /^\s*(?:(?:from|in|per|via)\s+)?(.{3,80}?)\s*:?\s*$/isu.exec(text.slice(start, end));
  if (!match) return null;
  const at = start + text.slice(start, end).indexOf(match[1]);
  const head = headNoun(match[1]);
  if (!ISSUED_NOUNS.has(head) && !AUTHORED_NOUNS.has(head)) return null;
  const speaker = resolveSpeaker(doc.paragraphs, p, at, at + match[1].length, state, true, reference);
  return speaker && speaker.via === 'issuer' ? attribution(speaker, 'quotes.colon-intro', false) : null;
}

/**
 * "And the head of state, “deeply saddened…,” decided to declare “…”": a subject, a comma, then the quote
 * interrupting its clause, whose verbs follow it. The subject speaks when one of those verbs reports.
 */
function interruptedSubject(
  doc: ParsedSeed,
  p: number,
  clauseStart: number,
  open: number,
  part: MarkedSpan,
  reference: number,
  state: ResolveState,
): Attribution | null {
  const paragraph = doc.paragraphs[p];
  const text = paragraph.text;
  const lead = /^\s*(?:(?:and|but|so|yet|then)\s+)?(.*?),\s*$/isu.exec(text.slice(clauseStart, open));
  if (!lead || !part.closed) return null;
  const start = clauseStart + text.slice(clauseStart, open).indexOf(lead[1]);
  const end = start + lead[1].length;
  if (!isNounPhrase(paragraph, start, end)) return null;
  // The verbs right after the quote: "decided to declare", "went on to say", "also told".
  const after = wordsWithOffsets(text, part.end, Math.min(text.length, part.end + 60)).slice(0, 5);
  const reports = after.some((w) => {
    const lemma = lemmaAt(paragraph, w.start);
    return tagAt(paragraph, w.start) === 'VERB' && (CLAUSE_SUBJECT_VERBS.has(lemma) || isReportingVerb(lemma));
  });
  if (!reports) return null;
  const speaker = resolveSpeaker(doc.paragraphs, p, start, end, state, false, reference);
  return speaker && !(speaker.kind === 'other' && speaker.via === 'description')
    ? attribution(speaker, 'quotes.clause-subject', false)
    : null;
}

// "― Name", "— Name, 34, a nurse", "- Name.": a dash, then a capitalised name closing the paragraph or sentence.
const DASH_NAME = /^\s*[―—–‒-]\s*((?:\p{Lu}[\p{L}'’.-]*\.?)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|van|von|al|bin|y))*)\s*(?:[,.;]|$)/u;

// A sub-heading's credit: "“We're happy that it worked out”- KKR CEO Venky Mysore after signing Starc": two
// or more capitalised words after the dash, then the caption's lowercase words.
const DASH_NAME_THEN_WORDS = /^\s*[―—–‒-]\s*((?:\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*)+)(?=\s+\p{Ll})/u;

function dashName(doc: ParsedSeed, part: MarkedSpan, state: ResolveState): Speaker | null {
  if (!part.closed) return null;
  const text = doc.paragraphs[part.paragraph].text;
  const after = text.slice(part.end, part.end + 120);
  const match = DASH_NAME.exec(after) ?? DASH_NAME_THEN_WORDS.exec(after);
  if (!match) return null;
  const start = part.end + match[0].indexOf(match[1]);
  return resolveSpeaker(doc.paragraphs, part.paragraph, start, start + match[1].length, state, false, part.open);
}

// After a quote closing on a comma, up to the sentence's full stop: a capitalised name, then nothing but ", a/an/the …".
const COMMA_NAME = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3})(?:,\s+(?:a|an|the)\s[^“”"]*)?\s*$/u;

function commaName(doc: ParsedSeed, part: MarkedSpan, state: ResolveState): Speaker | null {
  if (!part.closed) return null;
  const text = doc.paragraphs[part.paragraph].text;
  if (!/,\s*$/u.test(text.slice(part.innerStart, part.innerEnd))) return null;
  const after = text.slice(part.end, sentenceEnd(text, part.end, text.length));
  const match = COMMA_NAME.exec(after);
  if (!match) return null;
  const start = part.end + match[0].indexOf(match[1]);
  const speaker = resolveSpeaker(doc.paragraphs, part.paragraph, start, start + match[1].length, state, false, part.open);
  // A name the entities do not know is a person here, unless it is a place or a body ("“…,” Kyiv.").
  if (!speaker || speaker.via !== 'name' || speaker.kind === 'organization') return null;
  if (state.index.entities.places.some((e) => e.name === speaker.name)) return null;
  return speaker.kind === 'other' ? { ...speaker, kind: 'person' } : speaker;
}

// "Clinton: “…”", "- Michael P. McDonald: “…”", "More from Blumenthal and Cohen: “…”": a name alone before a colon.
const NAME_COLON = /(?:^|[―—–‒-]\s+|\bfrom\s+)((?:\p{Lu}[\p{L}'’.-]*)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|and|de|van|von|al))*)\s*:\s*$/u;

function nameColon(doc: ParsedSeed, p: number, start: number, end: number, state: ResolveState): Speaker | null {
  const text = doc.paragraphs[p].text;
  const window = text.slice(Math.max(start, end - 100), end);
  const match = NAME_COLON.exec(window);
  if (!match) return null;
  const at = Math.max(start, end - 100) + match.index + match[0].indexOf(match[1]);
  const speaker = resolveSpeaker(doc.paragraphs, p, at, at + match[1].length, state, false, end);
  // A name the entities do not know is a person here ("Morales:"), unless it is a place ("Kyiv:").
  if (!speaker || speaker.via !== 'name' || state.index.entities.places.some((e) => e.name === speaker.name)) return null;
  return speaker.kind === 'other' ? { ...speaker, kind: 'person' } : speaker;
}

export function colonIntroduction(
  doc: ParsedSeed,
  p: number,
  clauseStart: number,
  spans: MarkedSpan[][],
): { paragraph: number; start: number; end: number } | null {
  const text = doc.paragraphs[p].text;
  // Only the characters just before the quote matter; a bounded window keeps long paragraphs linear.
  const windowStart = Math.max(0, clauseStart - 400);
  const before = text.slice(windowStart, clauseStart).trimEnd();
  if (before.endsWith(':')) {
    const colon = windowStart + before.length - 1;
    const start = Math.max(lastSentenceBreak(text, colon), previousSpanEnd(spans[p], colon));
    return { paragraph: p, start, end: colon };
  }
  if (!before && windowStart === 0 && p > 0) {
    const prev = doc.paragraphs[p - 1].text.trimEnd();
    if (prev.endsWith(':')) {
      const start = Math.max(lastSentenceBreak(prev, prev.length - 1), previousSpanEnd(spans[p - 1], prev.length - 1));
      return { paragraph: p - 1, start, end: prev.length - 1 };
    }
  }
  return null;
}

/** Looks for a reporting verb in [start, end) and returns the speaker it names. */
export function attributionIn(
  doc: ParsedSeed,
  p: number,
  start: number,
  end: number,
  where: 'before' | 'after',
  reference: number,
  state: ResolveState,
): (Speaker & { according: boolean }) | null {
  const text = doc.paragraphs[p].text;
  const words = wordsWithOffsets(text, start, end);
  if (!words.length) return null;
  const paragraph = doc.paragraphs[p];
  const found = (speaker: Speaker | null, according: boolean) => (speaker ? { ...speaker, according } : null);
  if (where === 'after') {
    // The attribution must follow at once: "…,” he said", not "…” and said aid was needed".
    if (/^(?:and|but|or|which|that|because|so|if|when|while)$/i.test(words[0].word)) return null;
    // Up to 25 words: a long appositive may stand between the quote and its verb ("…,” Fred Kagan, director
    // of the Critical Threats Project at the American Enterprise Institute, said).
    for (let i = 0; i < Math.min(words.length, 25); i++) {
      const w = words[i];
      if (w.word.toLowerCase() === 'according' && words[i + 1]?.word.toLowerCase() === 'to') {
        return found(attributionAt(doc, p, start, w.start, words[i + 1].end, end, true, reference, state), true);
      }
      const last = reportingVerbAt(words, i, paragraph, true);
      if (last < 0) continue;
      // "“…” in the US election, signalling a declaration of victory", "a detective, speaking on condition of
      // anonymity, said": a participle after a comma adds to the sentence; what follows it is no speaker.
      if (/ing$/iu.test(w.word) && /,\s*$/u.test(text.slice(start, w.start))) continue;
      // "“…?” Her critics cited it as evidence": a verb with an object of its own does not report the quote.
      if (/^(?:it|this|them|these|those)$/i.test(words[last + 1]?.word ?? '')) return null;
      return found(attributionAt(doc, p, start, w.start, words[last].end, end, false, reference, state), false);
    }
    return null;
  }
  // Before the quote: the last reporting verb of the clause ("Smith said in a tweet:").
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (w.word.toLowerCase() === 'according' && words[i + 1]?.word.toLowerCase() === 'to') {
      return found(attributionAt(doc, p, start, w.start, words[i + 1].end, end, true, reference, state), true);
    }
    const last = reportingVerbAt(words, i, paragraph, true);
    if (last < 0 || /^according$/i.test(w.word)) continue;
    if (inSubordinateClause(paragraph, words, i, end)) continue;
    const speaker = attributionAt(doc, p, start, w.start, words[last].end, end, false, reference, state);
    if (speaker) return found(speaker, false);
  }
  return null;
}
