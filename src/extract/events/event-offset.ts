// "six weeks after the explosion", "three days before the quarter ended", "a day after the Labor
// Department said …": a count from an event the text names rather than from a date. Two rules:
// - events.event-offset: the event was dated earlier in the text (an earlier event's label names it, as
//   "the quarter ended" names the quarter that ended June 26), so the date is that day plus the count;
// - events.event-offset-back: the event is a clause not dated anywhere ("a day after the Labor Department
//   said jobless claims fell"); the sentence's own news is of the publication day, so that clause's event
//   is the count before it, and the label is that clause.
import type { DatedEvent } from '../../schema/document.ts';
import type { Day } from './calendar.ts';
import type { Clause, SentenceGrammar } from './grammar.ts';
import type { EventOffsetMention } from './mentions.ts';
import { dayAnchor, resolutionOf, shift, type Resolution } from './resolve.ts';
import { isEventNoun } from './lexicon.ts';
import { PERIOD_BOUNDS, PERIOD_NOUNS, REPORT_NOUNS } from './lexicon.ts';

const RECENT_EVENTS = 20;

export interface EventOffset {
  resolution: Resolution;
  rule: 'event-offset' | 'event-offset-back';
  /** For event-offset-back, the clause that names the dated event: it gives the label. */
  clause: Clause | null;
  /** For event-offset, the word after the event's noun phrase: the label leaves out "after the explosion". */
  eventTo: number | null;
}

export function resolveEventOffset(
  mention: EventOffsetMention,
  grammar: SentenceGrammar,
  earlier: readonly DatedEvent[],
  published: Day | null,
): EventOffset | null {
  // The event's head noun: the last noun of the noun phrase after "after" or "before".
  // The first word at or after the event's offset, by halves: a long sentence of many dates stays linear.
  let i = grammar.from;
  for (let hi = grammar.to; i < hi;) {
    const mid = (i + hi) >> 1;
    if (grammar.words[mid].start < mention.event) i = mid + 1;
    else hi = mid;
  }
  let head = -1;
  let j = i;
  for (; j < Math.min(grammar.to, i + 8); j++) {
    const tag = grammar.words[j].tag;
    // ("after the hurricane’s passing": a gerund after a possessive is the phrase's head, not the owner.)
    const gerund = tag === 'VERB' && /ing$/u.test(grammar.key(j)) && /^['’]s$/u.test(grammar.words[j - 1]?.text ?? '');
    if (tag === 'NOUN' || tag === 'PROPN' || gerund) head = j;
    // "six weeks after the explosion the plant reopened": a second determiner starts another phrase.
    else if (tag === 'DET' && head >= 0) break;
    else if (tag !== 'DET' && tag !== 'ADJ' && tag !== 'NUM' && !(tag === 'PART' && /^['’]s$/u.test(grammar.words[j].text))) break;
  }
  if (head < 0) return null;
  const noun = new RegExp(`\\b${grammar.lemma(head).replace(/[^\p{L}\p{N}]/gu, '')}`, 'iu');
  // Only a noun that names an event can be found among the events ("the explosion"), or a period with
  // the verb of its bound ("the quarter ended": the quarter that ended June 26).
  const bound = j < grammar.to && PERIOD_NOUNS.has(grammar.key(head)) && PERIOD_BOUNDS.has(grammar.lemma(j));
  const named = grammar.words[head].tag === 'NOUN' && (isEventNoun(grammar.key(head)) || bound);
  // The nearest earlier events only: the explosion is told a few dates before its aftermath.
  for (let e = named ? earlier.length - 1 : -1; e >= Math.max(0, earlier.length - RECENT_EVENTS); e--) {
    const event = earlier[e];
    if (!event.date || event.precision !== 'day' || !noun.test(event.label)) continue;
    // ("Seaga said Hurricane Gilbert caused $8 billion damage": the day a storm was spoken of is no day of the storm.)
    if (event.rule.includes('/speech')) continue;
    const [y, m, d] = event.date.split('-').map(Number);
    const anchor = shift(dayAnchor({ y, m, d }), mention.unit, mention.offset);
    if (!anchor) continue; // (never: a day shifts by any unit)
    return {
      resolution: resolutionOf(anchor),
      rule: 'event-offset',
      clause: null,
      eventTo: bound ? j + 1 : head + 1,
    };
  }
  // Not dated in the text: a clause with its own verb ("the Labor Department said …") is the event, a
  // count before the report.
  const verb = grammar.verbGroups().find((g) => g.from === j && g.finite);
  if (!verb || !published || mention.offset <= 0 || !newsBefore(grammar, mention)) return null;
  const anchor = shift(dayAnchor(published), mention.unit, -mention.offset);
  if (!anchor) return null; // (never: a day shifts by any unit)
  const clause = grammar.clauseAround(verb.from, verb.to);
  return {
    resolution: resolutionOf(anchor),
    rule: 'event-offset-back',
    clause,
    eventTo: null,
  };
}

/** "The news came a day after …", "The report comes a week after …": the sentence is about the report itself. */
function newsBefore(grammar: SentenceGrammar, mention: EventOffsetMention): boolean {
  for (let i = grammar.from; i < grammar.to && grammar.words[i].start < mention.start; i++) {
    if (grammar.words[i].tag === 'NOUN' && REPORT_NOUNS.has(grammar.key(i))) return true;
  }
  return false;
}
