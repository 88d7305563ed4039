// People, organisations and places named in a document, with roles and merged aliases.
// Capitalised runs are classified one by one (classify.ts), then mentions of the same thing
// are merged: "Blinken" and "the Secretary" join "Antony Blinken", "ICJ" joins the court it abbreviates.
import type { Entities, Entity, ParsedSeed } from '../../schema/document.ts';
import { classifyRun, type Candidate, type EntityKind, type Span } from './classify.ts';
import { CANONICAL_NAMES, FUSED_PARTICLES, isKnownPlace, isRoleHead, MINISTRY_PORTFOLIOS } from './lexicon.ts';
import { alternation } from '../text/patterns.ts';
import { wordKey } from '../text/word-key.ts';
import { tokenizeParagraph } from './runs.ts';
import { positionIn } from '../text/paragraphs.ts';

interface Group {
  kind: EntityKind;
  name: string;
  words: string[]; // lower-cased words of the name, for suffix matching
  roles: { role: string; span: Span }[];
  aliases: Set<string>;
  keys: Set<string>; // key() of the name and of every alias: what an exact match looks up
  spans: Span[];
}

// Lowercase ministries ("the health ministry said") are bodies too, though nothing is capitalised.
const LOWERCASE_MINISTRY = new RegExp(
  `\\b(?:[Tt]he|[\\p{Lu}][\\p{L}\\-]{1,30}['’]s)\\s+((?:${alternation(MINISTRY_PORTFOLIOS)})\\s+ministry)\\b`,
  'gu',
);

const words = (name: string): string[] => wordKey(name).split(/\s+/).filter(Boolean);
// Name particles are dropped for matching, so "al Assad" and "Assad" find "Bashar al-Assad".
const PARTICLES = new Set(FUSED_PARTICLES);
const FUSED_PARTICLE = new RegExp(`^(?:${alternation(FUSED_PARTICLES)})['\\-](?=\\p{L})`, 'u');
const matchWords = (name: string): string[] =>
  words(name)
    .filter((w) => !PARTICLES.has(w))
    .map((w) => w.replace(FUSED_PARTICLE, ''));
const key = (name: string): string => {
  const k = words(name)
    .filter((w, i) => !(i === 0 && w === 'the'))
    .join(' ');
  return Object.hasOwn(CANONICAL_NAMES, k) ? CANONICAL_NAMES[k] : k;
};
const spanOrder = (a: Span, b: Span): number => a.paragraph - b.paragraph || a.start - b.start || a.end - b.end;

function isSuffix(short: string[], long: string[]): boolean {
  if (!short.length || short.length >= long.length) return false;
  return short.every((w, i) => w === long[long.length - short.length + i]);
}

/** People, organisations and places, with roles and merged aliases. */
export function extractEntities(doc: ParsedSeed): Entities {
  const candidates: Candidate[] = [];
  doc.paragraphs.forEach((paragraph, index) => {
    const { tokens, runs } = tokenizeParagraph(paragraph);
    const ctx = { index, paragraph, tokens };
    const acronymStarts = new Set<number>();
    for (const run of runs) {
      if (acronymStarts.has(tokens[run.first].start) && run.first === run.last) continue;
      for (const candidate of classifyRun(ctx, run, index === 0)) {
        if (candidate.acronym) acronymStarts.add(candidate.acronym.span.start);
        candidates.push(candidate);
      }
    }
    // Every match ends in "ministry": most paragraphs have none and skip the scan.
    const ministries = paragraph.text.includes('ministry') ? paragraph.text.matchAll(LOWERCASE_MINISTRY) : [];
    for (const match of ministries) {
      const start = match.index + match[0].length - match[1].length;
      candidates.push({
        kind: 'organization',
        name: match[1],
        role: null,
        span: { paragraph: index, start, end: start + match[1].length },
        sentenceInitial: false,
      });
    }
  });
  const groups = mergeCandidates(candidates, doc);
  addRoleAliases(doc, groups);
  return {
    people: toEntities(groups, 'person', doc),
    organizations: toEntities(groups, 'organization', doc),
    places: toEntities(groups, 'place', doc),
  };
}

function addAlias(group: Group, alias: string): void {
  group.aliases.add(alias);
  group.keys.add(key(alias));
}

/** A candidate's name as findGroup compares it, worked out once: the same name is looked up many times. */
interface NameForms {
  key: string;
  words: string[]; // matchWords
}

function mergeCandidates(candidates: Candidate[], doc: ParsedSeed): Group[] {
  // "Langford, 63,": an age after a name.
  const aged = (span: Span): boolean => /^,\s*\d{1,3}\s*,/u.test(doc.paragraphs[span.paragraph]?.text.slice(span.end, span.end + 8) ?? '');
  const groups: Group[] = [];
  const forms = new Map<string, NameForms>();
  const formsOf = (name: string): NameForms => {
    let f = forms.get(name);
    if (!f) forms.set(name, (f = { key: key(name), words: matchWords(name) }));
    return f;
  };
  const find = (candidate: Candidate, kind: EntityKind) => findGroup(groups, formsOf(candidate.name), kind);
  const add = (group: Group, candidate: Candidate): void => {
    group.spans.push(candidate.span);
    if (candidate.name !== group.name) addAlias(group, candidate.name);
    if (candidate.role) group.roles.push({ role: candidate.role, span: candidate.span });
    if (candidate.acronym) {
      addAlias(group, candidate.acronym.text);
      group.spans.push(candidate.acronym.span);
    }
  };
  const create = (kind: EntityKind, candidate: Candidate): void => {
    const { key, words } = formsOf(candidate.name);
    const group: Group = { kind, name: candidate.name, words, roles: [], aliases: new Set(), keys: new Set([key]), spans: [] };
    groups.push(group);
    add(group, candidate);
  };

  // Longest names first, so "Antony Blinken" exists before "Blinken" looks for it.
  const wordCount = new Map(candidates.map((c) => [c.name, words(c.name).length]));
  const lengthOf = (c: Candidate): number => wordCount.get(c.name) as number;
  const byLength = (a: Candidate, b: Candidate): number => lengthOf(b) - lengthOf(a) || spanOrder(a.span, b.span);
  const typed = candidates.filter((c) => c.kind !== 'unknown' && !c.guess).sort(byLength);
  for (const candidate of typed) {
    const kind = candidate.kind as EntityKind;
    // "imposed the sentence on Langford, 63,": a place read from its preposition that is the surname of
    // someone named, and no place the lexicon knows (or one followed by an age), is that person.
    const person =
      kind === 'place' && lengthOf(candidate) === 1 && (!isKnownPlace(candidate.name) || aged(candidate.span))
        ? find(candidate, 'person')
        : undefined;
    const match = person ?? find(candidate, kind);
    if (match) add(match, candidate);
    else if (kind !== 'person' || (!find(candidate, 'organization') && !find(candidate, 'place'))) create(kind, candidate);
    else add((find(candidate, 'organization') ?? find(candidate, 'place')) as Group, candidate);
  }
  // A guessed kind ("from Marlow's post": a place) yields to a person or body already named so.
  for (const candidate of candidates.filter((c) => c.guess).sort(byLength)) {
    const match = find(candidate, 'person') ?? find(candidate, 'organization') ?? find(candidate, candidate.kind as EntityKind);
    if (match) add(match, candidate);
    else create(candidate.kind as EntityKind, candidate);
  }
  // A name with no signal of its own counts only when it repeats a known entity ("Blinken discussed").
  for (const candidate of candidates.filter((c) => c.kind === 'unknown')) {
    const match = find(candidate, 'person') ?? find(candidate, 'organization') ?? find(candidate, 'place');
    if (match) add(match, candidate);
  }
  return groups;
}

/** The group a candidate names: same name, an alias, or (for people) the surname or full-name suffix. */
function findGroup(groups: Group[], name: NameForms, kind: EntityKind): Group | undefined {
  const { key: candidateKey, words: candidateWords } = name;
  const sameKind = groups.filter((g) => g.kind === kind);
  const exact = sameKind.find((g) => g.keys.has(candidateKey));
  if (exact) return exact;
  if (kind === 'person') {
    const suffixes = sameKind.filter((g) => isSuffix(candidateWords, g.words));
    if (suffixes.length === 1) return suffixes[0];
    // "Mr Getachew" for "Getachew Reda": a lone given name, when only one person carries it.
    if (candidateWords.length === 1) {
      const firsts = sameKind.filter((g) => g.words.length > 1 && g.words[0] === candidateWords[0]);
      if (firsts.length === 1 && !suffixes.length) return firsts[0];
      // "Faimalo" for "Faimalomatumua Mathew Lemisio": a long first name clipped, when only one person's begins so.
      const clipped = candidateWords[0];
      const clips = sameKind.filter((g) => g.words.length > 1 && g.words[0].length >= clipped.length + 3 && g.words[0].startsWith(clipped));
      if (clipped.length >= 5 && clips.length === 1 && !suffixes.length && !firsts.length) return clips[0];
    }
    return undefined;
  }
  if (kind === 'organization' && candidateWords.length >= 2) {
    const suffixes = sameKind.filter((g) => isSuffix(candidateWords, g.words));
    if (suffixes.length === 1) return suffixes[0];
  }
  return undefined;
}

// "the Secretary" refers to the one person whose role has that title.
function addRoleAliases(doc: ParsedSeed, groups: Group[]): void {
  const people = groups.filter((g) => g.kind === 'person' && g.roles.length);
  if (!people.length) return;
  doc.paragraphs.forEach((paragraph, index) => {
    for (const match of paragraph.text.matchAll(/\b[Tt]he\s+((?:\p{Lu}[\p{L}\-]{1,20}\s+)?\p{Lu}[\p{L}\-]{1,20})\b/gu)) {
      const title = match[1];
      const titleWords = title.split(/\s+/);
      if (!isRoleHead(titleWords[titleWords.length - 1])) continue;
      const holders = people.filter((g) => g.roles.some((r) => containsWords(r.role, titleWords)));
      if (holders.length !== 1) continue;
      const start = match.index;
      addAlias(holders[0], `the ${title}`);
      holders[0].spans.push({ paragraph: index, start, end: start + match[0].length });
    }
  });
}

function containsWords(role: string, titleWords: string[]): boolean {
  const roleWords = role.split(/\s+/).map(wordKey);
  const wanted = titleWords.map(wordKey);
  for (let i = 0; i + wanted.length <= roleWords.length; i++) {
    if (wanted.every((w, j) => roleWords[i + j] === w)) return true;
  }
  return false;
}

function toEntities(groups: Group[], kind: EntityKind, doc: ParsedSeed): Entity[] {
  const prefix = kind === 'person' ? 'person' : kind === 'organization' ? 'organization' : 'place';
  return groups
    .filter((g) => g.kind === kind)
    .map((g) => ({ group: g, spans: uniqueSpans(g.spans) }))
    .sort((a, b) => spanOrder(a.spans[0], b.spans[0]))
    .map(({ group, spans }, i) => {
      const role = kind === 'person' ? ([...group.roles].sort((a, b) => spanOrder(a.span, b.span))[0]?.role ?? null) : null;
      return {
        edited: false,
        id: `${prefix}-${i + 1}`,
        name: group.name,
        role,
        aliases: [...group.aliases].filter((a) => a !== group.name),
        mentions: spans.map((s) => positionIn(doc.paragraphs, s.paragraph, s.start, s.end)),
      };
    });
}

function uniqueSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort(spanOrder);
  return sorted.filter((s, i) => i === 0 || spanOrder(s, sorted[i - 1]) !== 0);
}
