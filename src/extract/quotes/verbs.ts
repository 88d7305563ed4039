// The reporting verbs of quotes/lexicon.ts, inflected: every form of every verb for quotes and
// entities (isReportingVerb), the forms of the verbs of saying for figures and event labels (isSayingVerb).
import { wordKey } from '../text/word-key.ts';
import {
  ATTRIBUTING_WORDS,
  BESIDE_QUOTE_VERBS,
  DOUBLING_VERBS,
  INDIRECT_SPEECH_VERBS,
  IRREGULAR_FORMS,
  NOUN_LIKE_FORMS,
  PHRASAL_IRREGULAR_FORMS,
  PHRASAL_REPORTING_VERBS,
  QUOTING_VERBS,
  SAYING_VERBS,
  SPEECH_ING,
} from './lexicon.ts';

const DOUBLING = new Set(DOUBLING_VERBS);

function inflect(base: string): readonly string[] {
  if (Object.hasOwn(IRREGULAR_FORMS, base)) return IRREGULAR_FORMS[base];
  const forms = [base];
  if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es', base + 'ed', base + 'ing');
  else if (/e$/.test(base)) forms.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  else if (DOUBLING.has(base)) {
    const last = base.at(-1) ?? '';
    forms.push(base + 's', base + last + 'ed', base + last + 'ing', base + 'ed');
  } else forms.push(base + 's', base + 'ed', base + 'ing');
  return forms;
}

const nounLike = new Set(NOUN_LIKE_FORMS);
const speechIng = new Set(SPEECH_ING);
/** The forms of `bases` that report speech: not a bare form that is mostly a noun, nor an "-ing" noun. */
function reportingForms(bases: readonly string[]): Set<string> {
  const forms = new Set<string>();
  for (const base of bases)
    for (const form of inflect(base)) if (!nounLike.has(form) && (!form.endsWith('ing') || speechIng.has(form))) forms.add(form);
  return forms;
}

const SAYING = reportingForms(SAYING_VERBS);
const REPORTING = new Set([...SAYING, ...reportingForms(QUOTING_VERBS), ...ATTRIBUTING_WORDS]);

/** A form of any reporting verb ("said", "warned", "protested", "according"): what quotes and entities read. */
export function isReportingVerb(word: string): boolean {
  return REPORTING.has(wordKey(word));
}

/** A form of a verb of saying ("said", "told", "warned"), for a word already in word-key form. */
export function isSayingVerb(key: string): boolean {
  return SAYING.has(key);
}

const BESIDE = reportingForms(BESIDE_QUOTE_VERBS);
const ALL_FORMS = new Set([...SAYING_VERBS, ...QUOTING_VERBS, ...BESIDE_QUOTE_VERBS].flatMap((base) => inflect(base)));
/** Forms of reporting verbs left out above because they are mostly nouns ("comments", "a briefing", "yelling"). */
const TAGGED_ONLY = new Set([...ALL_FORMS].filter((form) => !REPORTING.has(form) && !BESIDE.has(form)));

/** A form of a verb that reports speech when it stands right beside a quote ("barked", "pressed", "laughed"). */
export function isBesideQuoteVerb(key: string): boolean {
  return BESIDE.has(key);
}

/**
 * A form of a reporting verb that is more often a noun ("comments", "reports", "briefing", "yelling"):
 * it reports only where the linguistic layer tags it a verb.
 */
export function isReportingVerbIfTagged(key: string): boolean {
  return TAGGED_ONLY.has(key);
}

const PHRASAL = new Map<string, string>();
for (const [base, particle] of Object.entries(PHRASAL_REPORTING_VERBS))
  for (const form of Object.hasOwn(PHRASAL_IRREGULAR_FORMS, base) ? PHRASAL_IRREGULAR_FORMS[base] : inflect(base))
    PHRASAL.set(form, particle);

/** The particle that makes `key` report beside a quote ("shot" + "back", "chimed" + "in"), or undefined. */
export function reportingParticle(key: string): string | undefined {
  return PHRASAL.get(key);
}

// Forms that are also nouns or adjectives: the plural of a noun-like base ("comments", "reports"), and
// every "-ing" and "-en" form ("briefing", "written").
const NOUN_FORMS = new Set(
  [...ALL_FORMS].filter((form) => /(?:ing|en)$/.test(form) || NOUN_LIKE_FORMS.some((base) => form === base + 's' || form === base + 'es')),
);

/** A reporting form that may be a noun or an adjective in its sentence ("in comments", "a written statement"). */
export function isNounLikeForm(key: string): boolean {
  return NOUN_FORMS.has(key);
}

const INDIRECT = new Set([...SAYING, ...reportingForms(INDIRECT_SPEECH_VERBS), ...ATTRIBUTING_WORDS]);

/** A form of a verb that reports speech without a quote too ("said", "vowed", "denied"), not "began" or "spoke". */
export function isIndirectSpeechVerb(key: string): boolean {
  return INDIRECT.has(key);
}
