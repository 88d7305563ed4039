import { describe, expect, test } from 'vitest';
import { figure, quakeFigures } from '../../../tests/helpers/chart-fixtures.ts';
import { estimateTextWidth } from '../text-width.ts';
import { CASUALTY_WIDTH, LABEL_FONT, MIN_STUB, layoutCasualty } from './layout.ts';

describe('layoutCasualty', () => {
  test('returns null when no figure counts people', () => {
    expect(layoutCasualty([])).toBeNull();
    expect(
      layoutCasualty([figure({ id: 'figure-1', value: 40, measure: 'other' }), figure({ id: 'figure-2', value: 5, unit: 'trucks' })]),
    ).toBeNull();
  });

  test('charts only people counts, grouped, largest group first', () => {
    const layout = layoutCasualty(quakeFigures)!;
    expect(layout.marks.map((m) => m.ref)).toEqual(['figure-2', 'figure-6', 'figure-1', 'figure-3']);
    // "villagers" and "Villagers" are the same people: one group holding both reports.
    expect(layout.groups.map((g) => [g.label, g.marks.length])).toEqual([
      ['Displaced · residents', 1],
      ['Killed · Villagers', 2],
      ['Missing · climbers', 1],
    ]);
  });

  test('bar widths are proportional to values on one scale from zero', () => {
    const layout = layoutCasualty([
      figure({ id: 'figure-1', value: 3000 }),
      figure({ id: 'figure-2', value: 1500, measure: 'injured' }),
      figure({ id: 'figure-3', value: 750, measure: 'missing' }),
    ])!;
    const [a, b, c] = layout.marks;
    expect(a.x).toBe(b.x);
    expect(b.x).toBe(c.x);
    expect(b.width / a.width).toBeCloseTo(0.5, 2);
    expect(c.width / a.width).toBeCloseTo(0.25, 2);
    // The axis starts at zero, at the bars' left edge.
    expect(layout.ticks[0]).toMatchObject({ value: 0, label: '0', x: a.x });
  });

  test('ticks are round numbers, increasing, labelled with thousands separators, without overlapping', () => {
    const layout = layoutCasualty(quakeFigures)!;
    const values = layout.ticks.map((t) => t.value);
    expect(values[0]).toBe(0);
    expect(values.length).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]);
    expect(layout.ticks.map((t) => t.label)).toContain('20,000');
    const boxes = layout.ticks.map((t) => {
      const w = estimateTextWidth(t.label, 12);
      return t.anchor === 'start' ? [t.x, t.x + w] : [t.x - w / 2, t.x + w / 2];
    });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThan(boxes[i - 1][1]);
  });

  test('tiny values stay visible and labelled; the note says the scale is shared from zero', () => {
    const layout = layoutCasualty([figure({ id: 'figure-1', value: 91000 }), figure({ id: 'figure-2', value: 12, measure: 'injured' })])!;
    const tiny = layout.marks.find((m) => m.ref === 'figure-2')!;
    expect(tiny.width).toBe(MIN_STUB);
    expect(tiny.stubbed).toBe(true);
    expect(tiny.valueLabel).toBe('12');
    expect(tiny.labelX).toBeGreaterThan(tiny.x + tiny.width);
    expect(layout.ratio).toBeCloseTo(7583.3, 1);
    expect(layout.scaleNote).toMatch(/one scale starting at zero/);
    expect(layout.scaleNote).toMatch(/minimum width/);
  });

  test('no scale note when the values are comparable, and zero is drawn as no bar', () => {
    const layout = layoutCasualty([
      figure({ id: 'figure-1', value: 400 }),
      figure({ id: 'figure-2', value: 100, measure: 'injured' }),
      figure({ id: 'figure-3', value: 0, measure: 'missing' }),
    ])!;
    expect(layout.scaleNote).toBeNull();
    expect(layout.ratio).toBe(4);
    const zero = layout.marks.find((m) => m.ref === 'figure-3')!;
    expect(zero.width).toBe(0);
    expect(zero.valueLabel).toBe('0');
  });

  test('every value label fits inside the viewBox and never overlaps another row', () => {
    const layout = layoutCasualty(quakeFigures)!;
    for (const m of layout.marks) {
      expect(m.labelX + estimateTextWidth(m.valueLabel, LABEL_FONT)).toBeLessThanOrEqual(CASUALTY_WIDTH);
    }
    const rows = layout.marks.map((m) => [m.y, m.y + m.height]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < rows.length; i++) expect(rows[i][0]).toBeGreaterThan(rows[i - 1][1]);
    // Group labels sit above their first bar.
    for (const g of layout.groups) expect(g.labelY).toBeLessThanOrEqual(g.marks[0].y);
    expect(layout.height).toBeGreaterThan(layout.marks.at(-1)!.y + layout.marks.at(-1)!.height);
  });

  test('labels carry the qualifier as written, and the reporter when a group has several reports', () => {
    const layout = layoutCasualty(quakeFigures)!;
    const byRef = Object.fromEntries(layout.marks.map((m) => [m.ref, m]));
    expect(byRef['figure-2'].valueLabel).toBe('nearly 48,200');
    expect(byRef['figure-6'].valueLabel).toBe('more than 1,040');
    expect(byRef['figure-6'].sourceLabel).toBe('according to a rescue charity');
    expect(byRef['figure-1'].sourceLabel).toBe('according to the regional governor');
    expect(byRef['figure-2'].sourceLabel).toBeNull();
    // The reporter line sits between the previous bar and its own bar.
    expect(byRef['figure-1'].sourceLabelY!).toBeGreaterThan(byRef['figure-6'].y + byRef['figure-6'].height);
    expect(byRef['figure-1'].sourceLabelY!).toBeLessThanOrEqual(byRef['figure-1'].y);
    expect(byRef['figure-2'].name).toBe('Displaced · residents: nearly 48,200, reported by the Red Crescent');
    expect(byRef['figure-3'].tipLines.at(-1)).toBe('Source: not named in the text');
    expect(byRef['figure-2'].colorVar).toBe('--mark-displaced');
    expect(layout.sources).toEqual(['the Red Crescent', 'a rescue charity', 'the regional governor']);
    expect(layout.unattributed).toBe(1);
  });

  test('coordinates are rounded to one decimal and the output is deterministic', () => {
    const a = layoutCasualty(quakeFigures)!;
    const b = layoutCasualty([...quakeFigures])!;
    expect(a).toEqual(b);
    for (const m of a.marks) for (const v of [m.x, m.y, m.width, m.labelX, m.labelY]) expect(Math.round(v * 10) / 10).toBe(v);
  });
});

test('the readout hint and every tip line fit the viewBox width', () => {
  const layout = layoutCasualty(quakeFigures)!;
  expect(estimateTextWidth(layout.readout.hint, 13)).toBeLessThanOrEqual(CASUALTY_WIDTH - 8);
  for (const m of layout.marks) for (const line of m.tipLines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(CASUALTY_WIDTH - 16);
  expect(layout.readout.height).toBeGreaterThanOrEqual(Math.max(...layout.marks.map((m) => m.tipLines.length)) * layout.readout.lineHeight);
});
