// Everyone quoted across the documents, with their quotes by date. Pure: documents in, index out.
//
// One person or body across documents is one normalised full name (src/cross/normalize.ts normalizeName:
// case, accents, punctuation and a leading "the" do not matter). A surname alone ("Okonjo") joins a
// full name only when exactly one quoted person across all documents has that surname; otherwise it
// stays its own entry rather than be given to the wrong person. Within a document, a speaker written
// as one of an entity's aliases is that entity.
import type { Entity, Quote, ExtractedDocument } from '../schema/document.ts';
import type { Person, PersonDocument, PersonQuote, SpeakerKind } from '../schema/views.ts';
import { explainerPath } from '../lib/paths.ts';
import { byNewest } from './document-order.ts';
import { normalizeName } from './normalize.ts';
import { slugOr } from '../lib/slug.ts';

export type { Person, PersonDocument, PersonQuote, SpeakerKind };

interface Raw {
  key: string;
  written: string;
  kind: SpeakerKind;
  entityRole: string | null;
  quote: PersonQuote;
}

function entityFor(doc: ExtractedDocument, speaker: string): { entity: Entity; kind: 'person' | 'organization' } | null {
  const key = normalizeName(speaker);
  for (const [kind, list] of [
    ['person', doc.entities.people],
    ['organization', doc.entities.organizations],
  ] as const) {
    for (const entity of list) {
      if (normalizeName(entity.name) === key || entity.aliases.some((a) => normalizeName(a) === key)) return { entity, kind };
    }
  }
  return null;
}

function quoteOrder(a: PersonQuote, b: PersonQuote): number {
  return (
    (b.published ?? '').localeCompare(a.published ?? '') ||
    a.docTitle.localeCompare(b.docTitle) ||
    a.quoteId.localeCompare(b.quoteId, 'en', { numeric: true })
  );
}

/** Words in a name, for "fullest form" and surname matching. */
const words = (key: string) => key.split(' ').filter(Boolean);

/**
 * The name to show, whatever the document order: the most words; then a form from a who's-who entry;
 * then not all capitals; then with its accents; then longest; then alphabetical.
 */
function fullestForm(list: readonly Raw[]): string {
  const score = (r: Raw) => [
    words(normalizeName(r.written)).length,
    r.kind ? 1 : 0,
    r.written === r.written.toUpperCase() ? 0 : 1,
    r.written.normalize('NFKD').length - r.written.length,
    r.written.length,
  ];
  const better = (a: Raw, b: Raw) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sa[i] > sb[i];
    return a.written < b.written;
  };
  return list.reduce((best, r) => (better(r, best) ? r : best)).written;
}

export function peopleIndex(documents: readonly ExtractedDocument[]): Person[] {
  const raws: Raw[] = [];
  for (const doc of documents) {
    for (const quote of doc.quotes) {
      if (!quote.speaker?.trim()) continue;
      const found = entityFor(doc, quote.speaker);
      // An alias resolves to the entity's full name, so the cross-document key is the full name.
      const written = found ? found.entity.name : quote.speaker.trim();
      raws.push({
        key: normalizeName(written),
        written,
        kind: found?.kind ?? null,
        entityRole: found?.entity.role ?? null,
        quote: toPersonQuote(doc, quote),
      });
    }
  }

  // Surnames of multi-word person names; a one-word speaker joins the only full name that ends in it.
  const fullBySurname = new Map<string, Set<string>>();
  for (const r of raws) {
    const w = words(r.key);
    if (w.length < 2 || r.kind === 'organization') continue;
    const set = fullBySurname.get(w.at(-1)!) ?? new Set<string>();
    set.add(r.key);
    fullBySurname.set(w.at(-1)!, set);
  }
  for (const r of raws) {
    if (words(r.key).length !== 1 || r.kind === 'organization') continue;
    const candidates = fullBySurname.get(r.key);
    if (candidates && candidates.size === 1) r.key = [...candidates][0];
  }

  const byKey = new Map<string, Raw[]>();
  for (const r of raws) byKey.set(r.key, [...(byKey.get(r.key) ?? []), r]);

  const people: Person[] = [...byKey].map(([key, list]) => {
    const quotes = list.map((r) => r.quote).sort(quoteOrder);
    const name = fullestForm(list);
    const kinds = new Set(list.map((r) => r.kind).filter((k): k is 'person' | 'organization' => k !== null));
    const kind: SpeakerKind = kinds.size === 1 ? [...kinds][0] : null;
    // Roles from the quotes and the who's-who entries, most recent document first.
    const dated = list
      .map((r) => ({ role: r.quote.role ?? r.entityRole, published: r.quote.published, title: r.quote.docTitle }))
      .sort(byNewest);
    const roles: string[] = [];
    for (const d of dated) if (d.role && !roles.some((x) => x.toLowerCase() === d.role!.toLowerCase())) roles.push(d.role);
    const documents: PersonDocument[] = [];
    for (const q of quotes)
      if (!documents.some((d) => d.slug === q.docSlug)) documents.push({ slug: q.docSlug, title: q.docTitle, published: q.published });
    documents.sort(byNewest);
    return { key, slug: '', name, kind, role: roles[0] ?? null, roles, quotes, documents };
  });

  // Slugs from names; two keys that fold to one slug are told apart by a short suffix, in key order.
  people.sort((a, b) => a.key.localeCompare(b.key));
  const used = new Map<string, number>();
  for (const p of people) {
    const base = slugOr(p.key, 'speaker');
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    p.slug = n === 1 ? base : `${base}-${n}`;
  }
  // Index order: most quoted first, then by name.
  return people.sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}

export interface QuoteDay {
  date: string | null; // publication day of the documents; null when undated
  quotes: PersonQuote[];
}

/** A person's quotes grouped by publication day, in their order (newest first, undated last). */
export function quoteDays(quotes: readonly PersonQuote[]): QuoteDay[] {
  const days: QuoteDay[] = [];
  for (const q of quotes) {
    const last = days.at(-1);
    if (last && last.date === q.published) last.quotes.push(q);
    else days.push({ date: q.published, quotes: [q] });
  }
  return days;
}

function toPersonQuote(doc: ExtractedDocument, quote: Quote): PersonQuote {
  return {
    docSlug: doc.slug,
    docTitle: doc.title,
    published: doc.published,
    quoteId: quote.id,
    text: quote.text,
    fragment: quote.fragment,
    role: quote.role,
    speakerAsWritten: quote.speaker ?? '',
    href: `${explainerPath(doc.slug)}#${quote.id}`,
  };
}
