// Figures reconciled into facts: each quantity a document reports (same measure, subject, place and
// whole) once, with every figure that reports it. Pure: figures in, facts out. Extraction calls it on
// what it found, and ingest again after an editor's corrections (seeds/<name>.edits.yaml).
//
// The rules, in order (README, "Facts"):
// 1. Figures are one quantity when they count the same measure, in the same unit, of the same people
//    (subject, normalised: case, a leading "the", "person" and no subject all read "people"), in the same
//    place, as part of the same whole. A projection ("could reach 1,000") is a quantity of its own.
// 2. Reports of one quantity are close: current reports more than SPREAD apart are kept as separate
//    facts, since the text has not told apart what they count (a place or a part not yet extracted).
// 3. A written range ("between 300 and 400": an "at least" and an "up to" with the same text) is one report.
// 4. The headline (see `headline` below): a superseded report never heads; reports that agree give their
//    value; lower bounds alone keep the largest; each source's count is its latest current report in
//    the text; counts of different sources that disagree make a range, with those sources.
import type { Confidence, Fact, FactReport, Figure, Qualifier } from '../../schema/document.ts';
import { confidences } from '../../schema/document.ts';

/** Current reports more than this many times apart are not taken for one quantity. */
export const SPREAD = 2;

const LOWER: ReadonlySet<Qualifier> = new Set(['at least', 'more than', 'over']);
const UPPER: ReadonlySet<Qualifier> = new Set(['up to', 'fewer than']);

/** One report as the rules read it: a figure, or a written range's two figures. */
interface Report {
  figures: Figure[]; // one, or two for a written range (low first)
  index: number; // the first figure's place in the document
  low: number;
  high: number;
  source: string; // normalised attribution; '' for the text's own voice
}

function normal(text: string | null): string {
  return (text ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase().replace(/^the /, '');
}

function subjectKey(subject: string | null): string {
  const s = normal(subject);
  return s === '' || s === 'person' ? 'people' : s;
}

/** The figure a figure is part of, when its `partOf` names another figure without a loop. */
function wholeOf(figure: Figure, byId: ReadonlyMap<string, Figure>): Figure | null {
  const whole = figure.partOf ? byId.get(figure.partOf) : undefined;
  if (!whole || whole === figure) return null;
  const seen = new Set<Figure>([figure]);
  for (let f: Figure | undefined = whole; f; f = f.partOf ? byId.get(f.partOf) : undefined) {
    if (seen.has(f)) return null;
    seen.add(f);
  }
  return whole;
}

/**
 * The places the headline names ("Suicide blast kills at least 31 in Pakistan"): the story's own. A count
 * placed there and one the text places nowhere count the same group, so they are one fact.
 */
function storyPlaces(figures: readonly Figure[], title: string): Set<string> {
  const headline = ` ${normal(title).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return new Set(figures.map((f) => normal(f.place)).filter((place) => place && headline.includes(` ${place} `)));
}

/** The facts behind `figures`, in the order the text first reports each; `title` names the story's own places. */
export function factsOf(figures: readonly Figure[], title = ''): Fact[] {
  const home = storyPlaces(figures, title);
  const byId = new Map(figures.map((f) => [f.id, f]));
  const index = new Map(figures.map((f, i) => [f, i]));
  const wholes = new Map(figures.map((f) => [f, wholeOf(f, byId)]));
  const depth = (f: Figure): number => {
    const whole = wholes.get(f);
    return whole ? depth(whole) + 1 : 0;
  };

  // Wholes before their parts, so a part's key can name its whole's fact.
  const factOf = new Map<Figure, Draft>();
  const drafts: Draft[] = [];
  const levels = Map.groupBy(figures, depth);
  for (const level of [...levels.keys()].sort((a, b) => a - b)) {
    const groups = Map.groupBy(levels.get(level)!, (f) => {
      const whole = wholes.get(f);
      return [
        f.measure,
        normal(f.unit),
        subjectKey(f.subject),
        // (Tolls only: counts of other things placed and unplaced may be of different things.)
        f.measure !== 'other' && home.has(normal(f.place)) ? '' : normal(f.place),
        // (A projection and an earlier event's count are facts of their own, never one with the current count.)
        f.status === 'projected' || f.status === 'background' ? f.status : '',
        whole ? String(drafts.indexOf(factOf.get(whole)!)) : '',
        // (Parts of one whole that name no group, "17 of them in critical condition" and "28 injured" a
        // hospital received, are no two counts of one part: each is its own.)
        whole && !normal(f.subject) ? String(index.get(f)) : '',
      ].join('|');
    });
    for (const group of groups.values()) {
      for (const cluster of clusters(reportsOf(group, index))) {
        const whole = cluster.map((r) => wholes.get(r.figures[0])).find(Boolean);
        const draft: Draft = { reports: cluster, whole: whole ? factOf.get(whole)! : null };
        drafts.push(draft);
        for (const r of cluster) for (const f of r.figures) factOf.set(f, draft);
      }
    }
  }

  const ordered = drafts.toSorted((a, b) => a.reports[0].index - b.reports[0].index);
  const ids = new Map(ordered.map((d, i) => [d, `fact-${i + 1}`]));
  return ordered.map((d) => toFact(d, ids.get(d)!, d.whole ? ids.get(d.whole)! : null));
}

interface Draft {
  reports: Report[]; // in document order
  whole: Draft | null;
}

/** A group's figures as reports, in document order, pairing written ranges. */
function reportsOf(group: readonly Figure[], index: ReadonlyMap<Figure, number>): Report[] {
  const sorted = group.toSorted((a, b) => index.get(a)! - index.get(b)!);
  const used = new Set<Figure>();
  const reports: Report[] = [];
  for (const f of sorted) {
    if (used.has(f)) continue;
    used.add(f);
    const pair = LOWER.has(f.qualifier) || UPPER.has(f.qualifier) ? sorted.find((g) => !used.has(g) && isRangePair(f, g)) : undefined;
    if (pair) used.add(pair);
    const figs = pair ? [f, pair].sort((a, b) => a.value - b.value) : [f];
    reports.push({
      figures: figs,
      index: index.get(f)!,
      low: figs[0].value,
      high: figs.at(-1)!.value,
      source: normal(f.attribution ?? pair?.attribution ?? null),
    });
  }
  return reports;
}

/** "between 300 and 400": a lower and an upper bound written in one phrase, low below high. */
function isRangePair(a: Figure, b: Figure): boolean {
  const [lower, upper] = LOWER.has(a.qualifier) ? [a, b] : [b, a];
  return (
    LOWER.has(lower.qualifier) &&
    UPPER.has(upper.qualifier) &&
    a.text === b.text &&
    a.status === b.status &&
    a.position.paragraph === b.position.paragraph &&
    lower.value < upper.value
  );
}

const isCurrent = (r: Report) => r.figures[0].status === 'current';

/**
 * Splits a group where its current reports are more than SPREAD apart; reports that are not current
 * join the cluster nearest in value (on a log scale), so an earlier count stays with the later one.
 */
function clusters(reports: readonly Report[]): Report[][] {
  const current = reports.filter(isCurrent).toSorted((a, b) => a.low - b.low);
  const bands: { low: number; high: number; reports: Report[] }[] = [];
  for (const r of current) {
    const band = bands.at(-1);
    if (band && r.low <= band.high * SPREAD) {
      band.high = Math.max(band.high, r.high);
      band.reports.push(r);
    } else bands.push({ low: r.low, high: r.high, reports: [r] });
  }
  if (bands.length <= 1) return [reports.slice()];
  const log = (v: number) => Math.log(Math.max(v, 0.5));
  const distance = (r: Report, b: (typeof bands)[number]) =>
    r.high < b.low ? log(b.low) - log(r.high) : r.low > b.high ? log(r.low) - log(b.high) : 0;
  for (const r of reports) {
    if (isCurrent(r)) continue;
    bands.reduce((best, b) => (distance(r, b) < distance(r, best) ? b : best)).reports.push(r);
  }
  return bands.map((b) => b.reports.toSorted((x, y) => x.index - y.index));
}

interface Headline {
  value: number;
  qualifier: Qualifier;
  range: { low: number; high: number } | null;
  rule: string;
}

/** A report's count for the headline: a written range is low–high, anything else its value. */
function single(r: Report, rule: string): Headline {
  return r.figures.length === 2
    ? { value: r.high, qualifier: r.figures[1].qualifier, range: { low: r.low, high: r.high }, rule: 'written range' }
    : { value: r.high, qualifier: r.figures[0].qualifier, range: null, rule };
}

/**
 * The headline of one fact's reports. A superseded report heads only a fact that has nothing else (and
 * a projection only a projected fact, an earlier event's count only its own); then, over the current reports:
 * - one report: its value ("single"); all the same value: that value, exact if any says so ("agree");
 * - only lower bounds ("at least 20", "more than 45"): the largest ("largest at least");
 * - otherwise each source's count is its latest current report in the text (the text's own unattributed
 *   voice is one source): one source gives "latest"; sources whose counts agree give "agree"; sources
 *   that disagree give a range from the lowest count to the highest ("range"), the value its high end.
 */
function headline(reports: readonly Report[]): Headline {
  const current = reports.filter(isCurrent);
  if (current.length === 0) {
    const last = reports.at(-1)!;
    const status = last.figures[0].status;
    return single(last, status === 'projected' || status === 'background' ? status : 'superseded');
  }
  if (current.length === 1) return single(current[0], 'single');
  const plain = current.every((r) => r.figures.length === 1);
  if (plain && current.every((r) => r.high === current[0].high)) {
    return single(current.find((r) => r.figures[0].qualifier === 'exact') ?? current[0], 'agree');
  }
  if (plain && current.every((r) => LOWER.has(r.figures[0].qualifier))) {
    const largest = current.reduce((a, b) => (b.high > a.high ? b : a));
    return single(largest, 'largest at least');
  }
  const voices = new Map<string, Report>();
  for (const r of current) voices.set(r.source, r); // in document order: the last one stays
  const counts = [...voices.values()];
  if (counts.length === 1) return single(counts[0], 'latest');
  const low = Math.min(...counts.map((r) => r.low));
  const highest = counts.reduce((a, b) => (b.high > a.high ? b : a));
  if (counts.every((r) => r.figures.length === 1) && low === highest.high) return single(highest, 'agree');
  return { value: highest.high, qualifier: highest.figures.at(-1)!.qualifier, range: { low, high: highest.high }, rule: 'range' };
}

function toFact(draft: Draft, id: string, partOf: string | null): Fact {
  const figures = draft.reports.flatMap((r) => r.figures);
  const current = draft.reports.filter(isCurrent).flatMap((r) => r.figures);
  const lead = current[0] ?? figures[0];
  const head = headline(draft.reports);
  const sources: string[] = [];
  for (const f of figures) if (f.attribution && !sources.includes(f.attribution)) sources.push(f.attribution);
  const reports: FactReport[] = figures.map((f) => ({
    figure: f.id,
    value: f.value,
    qualifier: f.qualifier,
    attribution: f.attribution,
    status: f.status,
  }));
  return {
    id,
    measure: lead.measure,
    subject: lead.subject,
    place: figures.find((f) => f.place)?.place ?? null,
    unit: lead.unit,
    value: head.value,
    qualifier: head.qualifier,
    range: head.range,
    headline: head.rule,
    sources,
    reports,
    partOf,
    confidence: highest(current.length > 0 ? current : figures),
    edited: figures.some((f) => f.edited),
  };
}

/** The highest confidence among `figures` (confidences are listed highest first). */
function highest(figures: readonly Figure[]): Confidence {
  return confidences[Math.min(...figures.map((f) => confidences.indexOf(f.confidence)))];
}
