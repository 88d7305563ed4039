// The reporting-verb lexicon: words that attribute speech ("said", "told", "warned", "according to").
// Every inflection is generated from the base form so "warns", "warned" and "warning" all count;
// British and American spellings are both listed.
import { wordKey } from './text.ts';

const REGULAR = [
  'add', 'state', 'explain', 'post', 'warn', 'urge', 'note', 'stress', 'insist', 'report', 'announce', 'declare',
  'confirm', 'claim', 'argue', 'recall', 'continue', 'comment', 'acknowledge', 'admit', 'assert', 'complain',
  'conclude', 'concede', 'emphasise', 'emphasize', 'estimate', 'observe', 'predict', 'promise', 'reiterate', 'remark',
  'respond', 'reveal', 'tweet', 'vow', 'pledge', 'recount', 'lament', 'shout', 'scream', 'whisper', 'ask', 'answer',
  'suggest', 'caution', 'allege', 'maintain', 'joke', 'quip', 'exclaim', 'plead', 'demand', 'boast', 'agree',
  'counter', 'contend', 'charge', 'explain', 'mention', 'insist', 'warn', 'appeal', 'underline',
  'underscore', 'highlight', 'affirm', 'reaffirm', 'announce', 'inform', 'mourn', 'sigh', 'murmur', 'mutter',
  'yell', 'recall', 'repeat', 'proclaim', 'pronounce', 'speculate', 'surmise', 'theorise', 'theorize', 'wonder',
  'complain', 'protest', 'object', 'clarify', 'elaborate', 'disclose', 'detail', 'chant', 'plead', 'beg', 'tell',
  'brief', 'signal', 'acknowledge', 'attest', 'summarise', 'summarize', 'blog', 'text', 'email', 'e-mail', 'cable',
  'message', 'relate', 'voice', 'criticise', 'criticize', 'welcome', 'condemn', 'reason',
];

// Verbs whose past or participle forms are not regular.
const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  cry: ['cry', 'cries', 'cried', 'crying'],
  reply: ['reply', 'replies', 'replied', 'replying'],
  testify: ['testify', 'testifies', 'testified', 'testifying'],
  deny: ['deny', 'denies', 'denied', 'denying'],
  clarify: ['clarify', 'clarifies', 'clarified', 'clarifying'],
  quote: ['quoted'],
  speak: ['speaks', 'spoke', 'speaking'],
  put: ['put', 'puts'],
  cite: ['cites', 'cited'],
  retort: ['retort', 'retorts', 'retorted'],
  begin: ['began'],
  go: ['went on'],
};

function inflect(base: string): string[] {
  const forms = [base];
  if (/[^aeiou]y$/.test(base)) forms.push(base.slice(0, -1) + 'ies', base.slice(0, -1) + 'ied', base + 'ing');
  else if (/(?:s|sh|ch|x|z)$/.test(base)) forms.push(base + 'es', base + 'ed', base + 'ing');
  else if (/e$/.test(base)) forms.push(base + 's', base + 'd', base.slice(0, -1) + 'ing');
  else if (/^(?:quip|stat|chat|beg|blog|signal|counsel)$/.test(base)) {
    // Short verbs that double their final consonant: "quipped", "begged", "signalled".
    const last = base.at(-1) ?? '';
    forms.push(base + 's', base + last + 'ed', base + last + 'ing', base + 'ed');
  } else forms.push(base + 's', base + 'ed', base + 'ing');
  return forms;
}

const FORMS = new Set<string>();
for (const base of REGULAR) for (const form of inflect(base)) FORMS.add(form);
for (const forms of Object.values(IRREGULAR)) for (const form of forms) if (!form.includes(' ')) FORMS.add(form);
// "put it" and "went on" read as speech only in context; they stay out of the single-word set.
FORMS.delete('put');
FORMS.delete('puts');
// Bare base forms that are more often nouns in news copy ("a post", "the report", "a text") stay verbs only
// when inflected; "said"/"told" style forms are what attributions use.
for (const noun of ['post', 'report', 'comment', 'text', 'email', 'e-mail', 'message', 'voice', 'signal', 'counter', 'charge', 'detail', 'brief', 'cable', 'blog', 'welcome', 'reason', 'object', 'appeal', 'answer', 'promise', 'estimate', 'claim', 'state', 'note', 'stress', 'tweet', 'demand', 'pledge', 'vow', 'protest', 'highlight', 'stat', 'stats']) {
  FORMS.delete(noun);
}

// "-ing" forms are mostly nouns ("a briefing", "the warning", "a posting"); only these introduce speech.
const SPEECH_ING = new Set(['saying', 'adding', 'telling', 'writing', 'explaining', 'noting', 'insisting', 'stressing', 'asking', 'urging', 'declaring', 'announcing', 'arguing', 'claiming', 'recalling', 'replying', 'tweeting', 'emphasising', 'emphasizing', 'stating', 'confirming', 'acknowledging', 'admitting', 'reiterating', 'pleading', 'vowing', 'pledging', 'shouting', 'screaming', 'crying', 'whispering', 'joking', 'quipping', 'exclaiming']);
for (const form of [...FORMS]) if (form.endsWith('ing') && !SPEECH_ING.has(form)) FORMS.delete(form);

/** Verb forms most often used to attribute a quote; the core set the speaker search starts from. */
const CORE = new Set(['said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'wrote', 'writes', 'stated', 'explained', 'explains', 'posted', 'warned', 'urged', 'noted', 'stressed', 'insisted', 'reported', 'reports', 'announced', 'declared', 'tweeted', 'asked', 'replied', 'continued', 'recalled', 'testified', 'confirmed', 'according']);

const REPORTING = new Set([...FORMS, ...CORE]);

export function isReportingVerb(word: string): boolean {
  return REPORTING.has(wordKey(word));
}
