// Decides whether a date without a year or a direction ("on Monday", "May 6") points to the future.
// News reports the past, so the default is the past; only a future form in the date's own clause
// ("will resume on Monday", "is scheduled for Tuesday", "On Monday, the court will rule") flips it.

// Where a clause starts: punctuation, quote marks, or a word that opens a new clause.
const CLAUSE_BREAK = /[,;:“”"(—–]|\b(?:that|which|who|where|when|after|because|while|but|although|though|whereas)\b/giu;
// Future forms: modals and expectations, arrangements ("is due", "set to", "plans to"), "'ll".
const FUTURE = new RegExp(
  [
    "(?:\\b(?:will|expects?|forecasts?|won['’]t|shall|would(?!\\s+have)",
    '|(?:is|are|be|was|were)\\s+due|(?:is|are)\\s+(?:possible|likely|unlikely|forecast|predicted|probable)',
    '|expected|scheduled|slated|set\\s+to|set\\s+for|plans?\\s+to|planned|planning|intends?\\s+to|going\\s+to',
    '|(?:is|are|was|were)\\s+to\\s+\\p{L}+|to\\s+be\\s+held|upcoming|forthcoming)\\b',
    "|['’]ll\\b)",
  ].join(''),
  'iu',
);
// "was due to", "had been expected": an arrangement reported in the past; its date may be past or future.
const REPORTED_ARRANGEMENT = /\b(?:was|were|had(?:\s+been)?)\s+(?:due|expected|scheduled|slated|set|planned|planning|going)\b/iu;
const WARNING = /\b(?:warn(?:s|ed|ing)?|warnings?|alerts?|predict(?:s|ed|ing)?|forecasts?|forecasted|outlook)\b/iu;
const ONLY_CONJUNCTIONS = /^[\s\u00A0]*(?:(?:and|but|so|then|yet|or|also)[\s\u00A0]+)*$/iu;
const WINDOW = 160;
const OBSERVANCE = new RegExp(
  [
    '^[\\s\\u00A0]{0,2}(?:as[\\s\\u00A0]+)?an?[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+){0,2}', // "as a national"
    '(?:holiday|day[\\s\\u00A0]+of[\\s\\u00A0]+(?:[\\p{L}-]+[\\s\\u00A0]+)?mourning)\\b', // "holiday", "day of mourning"
  ].join(''),
  'iu',
);

function lastClauseStart(window: string): number {
  let start = 0;
  CLAUSE_BREAK.lastIndex = 0;
  for (let match = CLAUSE_BREAK.exec(window); match; match = CLAUSE_BREAK.exec(window)) start = match.index + match[0].length;
  return start;
}

function firstClauseEnd(window: string): number {
  CLAUSE_BREAK.lastIndex = 0;
  const match = CLAUSE_BREAK.exec(window);
  return match ? match.index : window.length;
}

function isFuture(clause: string): boolean {
  return FUTURE.test(clause) && !REPORTED_ARRANGEMENT.test(clause);
}

/**
 * True when the clause holding text[start, end) is in the future tense. `from` and `to` bound the
 * sentence; the search never reads more than a few hundred characters, whatever the sentence length.
 */
export function pointsToFuture(text: string, from: number, to: number, start: number, end: number): boolean {
  const before = text.slice(Math.max(from, start - WINDOW), start);
  const beforeClause = before.slice(lastClauseStart(before));
  if (isFuture(beforeClause)) return true;
  // "warned of fresh snowfall from Friday", "predicts rain through Sunday": a warning's span starts
  // ahead; a bare "on Monday" after "warned" is still when the warning was given.
  if (/^(?:from|through|until|till|starting)\b/iu.test(text.slice(start, end)) && WARNING.test(beforeClause)) return true;
  // "declared Monday a national day of mourning": a day named for an observance is still to come.
  if (OBSERVANCE.test(text.slice(end, end + 60))) return true;
  // A date that opens its clause ("On Monday, the court will rule", "Monday's vote will") takes the
  // tense of what follows it.
  if (!ONLY_CONJUNCTIONS.test(beforeClause)) return false;
  const after = text.slice(end, Math.min(to, end + WINDOW)).replace(/^[\s\u00A0]*,/u, '');
  return isFuture(after.slice(0, firstClauseEnd(after)));
}

/**
 * True when the clause before text[start…] reports an arrangement in the past tense ("was due to
 * travel", "was expected"): the date may lie on either side of the report, so the caller takes the
 * nearer one.
 */
export function inReportedArrangement(text: string, from: number, start: number): boolean {
  const before = text.slice(Math.max(from, start - WINDOW), start);
  return REPORTED_ARRANGEMENT.test(before.slice(lastClauseStart(before)));
}
