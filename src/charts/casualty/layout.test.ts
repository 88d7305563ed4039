import { describe, expect, test } from 'vitest';
import { doc, figure, quakeFigures } from '../../../tests/helpers/chart-fixtures.ts';
import { floodReport, floodStory } from '../../../tests/helpers/fact-fixtures.ts';
import { estimateTextWidth } from '../text-width.ts';
import { CASUALTY_MIN_WIDTH, INDENT, LABEL_FONT, MIN_STUB, labelWidth, layoutCasualty, scaleEnd } from './layout.ts';

describe('layoutCasualty', () => {
  test('returns null when no fact counts people', () => {
    expect(layoutCasualty(doc())).toBeNull();
    expect(
      layoutCasualty(
        doc({ figures: [figure({ id: 'figure-1', value: 40, measure: 'other' }), figure({ id: 'figure-2', value: 5, unit: 'trucks' })] }),
      ),
    ).toBeNull();
  });

  test('draws facts, not figures: one row per fact, by measure, each whole followed by its parts', () => {
    const layout = layoutCasualty(floodReport)!;
    expect(layout.marks.map((m) => [m.ref, m.measure, m.depth, m.value])).toEqual([
      ['fact-1', 'killed', 0, 'at least 104'],
      ['fact-2', 'killed', 1, '84'],
      ['fact-3', 'killed', 2, '28'],
      ['fact-5', 'injured', 0, '54–63'],
      ['fact-6', 'injured', 0, '2'],
      ['fact-4', 'missing', 0, '11'],
      ['fact-7', 'evacuated', 0, '300–400'],
    ]);
    // The superseded count and the projection are not drawn.
    expect(layout.marks.some((m) => m.ref === 'fact-8')).toBe(false);
    expect(layout.panels.flatMap((p) => p.groups.map((g) => g.label))).toEqual(['Killed', 'Injured', 'Missing', 'Evacuated']);
  });

  test('rows are labelled with number, subject, place, qualifier; parts by what they add to their whole', () => {
    const byRef = Object.fromEntries(layoutCasualty(floodReport)!.marks.map((m) => [m.ref, m]));
    const label = (ref: string) => [byRef[ref].value, ...byRef[ref].lines].join(' ');
    expect(label('fact-1')).toBe('at least 104 people');
    expect(label('fact-2')).toBe('84 of them in Alder County');
    expect(label('fact-3')).toBe('28 of them children');
    expect(label('fact-4')).toBe('11 girls in Camp Willowbend');
    // A range says whose numbers it spans; the label wraps rather than being cut.
    expect(label('fact-5')).toBe('54–63 people in Brenford, per the mayor and the emergency service');
    expect(byRef['fact-5'].lines.length).toBe(2);
    expect(byRef['fact-2'].labelX).toBe(INDENT);
    expect(byRef['fact-3'].labelX).toBe(2 * INDENT);
    for (const m of Object.values(byRef)) {
      expect(labelWidth(m) + m.labelX).toBeLessThanOrEqual(CASUALTY_MIN_WIDTH);
      for (const line of m.lines.slice(1)) expect(estimateTextWidth(line, LABEL_FONT) + m.labelX).toBeLessThanOrEqual(CASUALTY_MIN_WIDTH);
      expect(m.lines.join(' ')).not.toContain('…');
    }
  });

  test('a range is a solid bar to its low end and an open one to its high end; parts on the same scale', () => {
    const [panel] = layoutCasualty(floodReport)!.panels;
    const marks = panel.groups.flatMap((g) => g.marks);
    const byRef = Object.fromEntries(marks.map((m) => [m.ref, m]));
    expect(panel.max).toBe(104);
    expect(byRef['fact-1'].low).toBe(1);
    expect(byRef['fact-2'].low).toBeCloseTo(84 / 104, 3);
    expect(byRef['fact-3'].low).toBeCloseTo(28 / 104, 3);
    expect(byRef['fact-5'].low).toBeCloseTo(54 / 104, 3);
    expect(byRef['fact-5'].high).toBeCloseTo(63 / 104, 3);
    expect(byRef['fact-1'].high).toBeNull();
    // A part's bar is thinner than its whole's, and sits under it.
    expect(byRef['fact-2'].barHeight).toBeLessThan(byRef['fact-1'].barHeight);
    expect(byRef['fact-2'].top).toBeGreaterThan(byRef['fact-1'].barY);
  });

  test('measures that would shrink to hairlines on one scale get a panel of their own, with its scale', () => {
    const layout = layoutCasualty(floodReport)!;
    expect(layout.panels.map((p) => [p.measures, p.max, p.caption])).toEqual([
      [['killed', 'injured', 'missing'], 104, ['Scale 0–104: killed, injured and missing']],
      // 2 injured would be half a percent of 400: the evacuated get their own scale.
      [['evacuated'], 400, ['Scale 0–400: evacuated']],
    ]);
    // 1,139 killed beside 1 million displaced: two panels; 111–119 killed beside 5 missing: one.
    const sample = doc({
      figures: [
        figure({ id: 'figure-1', value: 40000, qualifier: 'nearly', subject: 'Palestinians' }),
        figure({ id: 'figure-2', value: 91700, qualifier: 'over', measure: 'injured' }),
        figure({ id: 'figure-3', value: 1139, subject: 'Israelis' }),
        figure({ id: 'figure-4', value: 1000000, qualifier: 'more than', measure: 'displaced', place: 'Rafah' }),
      ],
    });
    expect(layoutCasualty(sample)!.panels.map((p) => p.measures)).toEqual([['killed', 'injured'], ['displaced']]);
    expect(layoutCasualty(floodStory[3])!.panels).toHaveLength(1);
    // One panel needs no caption.
    expect(layoutCasualty(floodStory[3])!.panels[0].caption).toEqual([]);
  });

  test('the axis ends near the data: at the largest value, or a round tick just above it', () => {
    expect(scaleEnd(104, 3)).toBe(104);
    expect(scaleEnd(98, 3)).toBe(100);
    expect(scaleEnd(1000000, 3)).toBe(1000000);
    expect(scaleEnd(0, 3)).toBe(1);
    const [panel] = layoutCasualty(floodReport)!.panels;
    expect(panel.ticks.map((t) => [t.label, t.anchor])).toEqual([
      ['0', 'start'],
      ['50', 'middle'],
      ['100', 'end'],
    ]);
    for (const t of panel.ticks) expect(t.at).toBeLessThanOrEqual(1);
    // Tick labels do not touch at the narrowest width.
    const boxes = panel.ticks.map((t) => {
      const w = estimateTextWidth(t.label, 12);
      const x = t.at * CASUALTY_MIN_WIDTH;
      return t.anchor === 'start' ? [x, x + w] : t.anchor === 'end' ? [x - w, x] : [x - w / 2, x + w / 2];
    });
    for (let i = 1; i < boxes.length; i++) expect(boxes[i][0]).toBeGreaterThan(boxes[i - 1][1]);
  });

  test('tiny values stay visible: a minimum stub, said in the notes', () => {
    const layout = layoutCasualty(
      doc({
        figures: [
          figure({ id: 'figure-1', value: 91000 }),
          figure({ id: 'figure-2', value: 12, subject: 'soldiers' }),
          figure({ id: 'figure-3', value: 0, measure: 'missing' }),
        ],
      }),
    )!;
    const [big, tiny] = layout.marks;
    expect(big.stubbed).toBe(false);
    expect(tiny.stubbed).toBe(true);
    expect(tiny.low * CASUALTY_MIN_WIDTH).toBeLessThan(MIN_STUB);
    // Zero is drawn as no bar.
    expect(layout.marks.find((m) => m.measure === 'missing')).toMatchObject({ low: 0, stubbed: false });
  });

  test('mark names read well aloud: measure, whom, where, the number with its hedge, its whole and sources', () => {
    const byRef = Object.fromEntries(layoutCasualty(floodReport)!.marks.map((m) => [m.ref, m.name]));
    expect(byRef['fact-1']).toBe('Killed, people: at least 104, according to state officials');
    expect(byRef['fact-2']).toBe('Killed, people in Alder County: 84, of at least 104 people, according to Sheriff Dana Pruitt');
    expect(byRef['fact-3']).toBe('Killed, children: 28, of 84 people in Alder County, according to Sheriff Dana Pruitt');
    expect(byRef['fact-5']).toBe('Injured, people in Brenford: 54 to 63, according to the mayor and the emergency service');
    expect(byRef['fact-6']).toBe('Injured, people in Ostvale: 2');
    for (const name of Object.values(byRef)) expect(name).not.toMatch(/·/);
  });

  test('each mark’s tip lists its reports, earlier counts marked; the readout is tall enough', () => {
    const layout = layoutCasualty(floodReport)!;
    const byRef = Object.fromEntries(layout.marks.map((m) => [m.ref, m]));
    expect(byRef['fact-1'].tipLines).toEqual(['at least 104, according to state officials', '25 (an earlier count), source not named']);
    // A single report also quotes its words.
    expect(byRef['fact-6'].tipLines.join(' ')).toBe('2, source not named: “two people were hurt”');
    for (const m of layout.marks)
      for (const line of m.tipLines) expect(estimateTextWidth(line, 13)).toBeLessThanOrEqual(CASUALTY_MIN_WIDTH - 16);
    expect(layout.readout.height).toBeGreaterThanOrEqual(
      Math.max(...layout.marks.map((m) => m.tipLines.length)) * layout.readout.lineHeight,
    );
  });

  test('rows never overlap; the layout is deterministic and rounded', () => {
    const layout = layoutCasualty(floodReport)!;
    for (let i = 1; i < layout.marks.length; i++)
      expect(layout.marks[i].top).toBeGreaterThanOrEqual(layout.marks[i - 1].top + layout.marks[i - 1].height);
    expect(layout.height).toBeGreaterThan(layout.marks.at(-1)!.barY + layout.marks.at(-1)!.barHeight);
    expect(layoutCasualty({ ...floodReport })).toEqual(layout);
    for (const m of layout.marks) for (const v of [m.top, m.barY, m.labelY]) expect(Math.round(v * 10) / 10).toBe(v);
  });

  test('an image lays out wider: fewer wrapped lines', () => {
    const narrow = layoutCasualty(floodReport)!;
    const wide = layoutCasualty(floodReport, { minWidth: 560 })!;
    expect(wide.minWidth).toBe(560);
    expect(wide.marks.find((m) => m.ref === 'fact-5')!.lines).toHaveLength(1);
    expect(wide.height).toBeLessThan(narrow.height);
  });

  test('the editor’s settings: hidden facts are left out, low-confidence ones only when shown', () => {
    const unsure = doc({
      figures: [figure({ id: 'figure-1', value: 12 }), figure({ id: 'figure-2', value: 400, measure: 'injured', confidence: 'low' })],
    });
    expect(layoutCasualty(unsure)!.marks.map((m) => m.ref)).toEqual(['fact-1']);
    const shown = { ...unsure, charts: { casualties: { title: null, summary: null, hide: ['fact-1'], show: ['fact-2'] }, timeline: null } };
    expect(layoutCasualty(shown)!.marks.map((m) => m.ref)).toEqual(['fact-2']);
  });

  test('the quake: reports of one toll are one row, the larger lower bound heading it', () => {
    const layout = layoutCasualty(doc({ figures: quakeFigures }))!;
    expect(layout.marks.map((m) => `${m.value} ${m.lines.join(' ')}`)).toEqual([
      'more than 1,040 villagers',
      '3 climbers',
      'nearly 48,200 residents',
    ]);
  });
});
