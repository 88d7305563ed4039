// Whether a person named in a document is a man or a woman, from what the text itself says: a title before
// a mention ("Mr Ahmed", "Mrs Bello"), a role ("spokeswoman", "his wife"), else the given name as
// compromise's lexicon knows it ("John", "Maria"). Read so that "he" and "she" never point to someone the
// text presents otherwise; unknown (null) is the usual answer and excludes no one.
import type { Entity, Paragraph } from '../../schema/document.ts';
import { givenNameSex, isSurname } from './lexicon.ts';

export type Sex = 'male' | 'female';

const TITLE_BEFORE: ReadonlyArray<[RegExp, Sex]> = [
  [/\b(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess|Madam|Madame|Mme|Sister)\.?\s+$/u, 'female'],
  [/\b(?:Mr|Sir|Lord|King|Prince|Father|Brother|Monsieur)\.?\s+$/u, 'male'],
];
// (Whole words: "German chancellor" holds no "man".)
const ROLE_WORDS: ReadonlyArray<[RegExp, Sex]> = [
  [
    /\b(?:(?:spokes|chair|congress|business|council|assembly|police|sports|states|anchor|gentle)?wom[ae]n|wife|mother|daughter|sister|queen|princess|actress|widow|girl|grandmother|niece|aunt|girlfriend|lady)\b/iu,
    'female',
  ],
  [
    /\b(?:(?:spokes|chair|congress|business|council|assembly|police|sports|states|anchor|gentle|fisher|fire|camera|fore|alder)?m[ae]n|husband|father|son|brother|king|prince|boy|grandfather|nephew|uncle|widower|boyfriend)\b/iu,
    'male',
  ],
];

// Read once per person: quotes and event labels both ask, once per pronoun.
const read = new WeakMap<Entity, Sex | null>();

/** The person's sex as the text presents it: title, then role, then given name; null when nothing says. */
export function sexOf(person: Entity, paragraphs: readonly Paragraph[]): Sex | null {
  let sex = read.get(person);
  if (sex === undefined) read.set(person, (sex = readSex(person, paragraphs)));
  return sex;
}

function readSex(person: Entity, paragraphs: readonly Paragraph[]): Sex | null {
  for (const m of person.mentions) {
    const text = paragraphs[m.paragraph]?.text ?? '';
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    for (const [pattern, sex] of TITLE_BEFORE) if (pattern.test(before)) return sex;
    // "9/11 widow Terry Strada", "actress Jane Doe": a role noun right before the name.
    const word = /(\p{L}+)\s+$/u.exec(before)?.[1];
    if (word) for (const [pattern, sex] of ROLE_WORDS) if (pattern.test(word)) return sex;
  }
  if (person.role) for (const [pattern, sex] of ROLE_WORDS) if (pattern.test(person.role)) return sex;
  // (A one-word name may be a surname: then only a name the lexicon knows as no surname.)
  const words = person.name.split(/\s+/u);
  return words.length > 1 || !isSurname(words[0]) ? givenNameSex(words[0]) : null;
}

/** Whether "he" (male) or "she" (female) can stand for someone of sex `sex`. */
export function fitsPronoun(pronoun: string, sex: Sex | null | undefined): boolean {
  if (!sex) return true;
  if (pronoun === 'he' || pronoun === 'him' || pronoun === 'his') return sex === 'male';
  if (pronoun === 'she' || pronoun === 'her' || pronoun === 'hers') return sex === 'female';
  return true;
}

/** The sex of every person the text presents as a man or a woman, by name. */
export function sexesOf(people: readonly Entity[], paragraphs: readonly Paragraph[]): Map<string, Sex> {
  const sexes = new Map<string, Sex>();
  for (const person of people) {
    const sex = sexOf(person, paragraphs);
    if (sex) sexes.set(person.name, sex);
  }
  return sexes;
}
