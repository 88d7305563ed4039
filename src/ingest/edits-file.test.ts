import { describe, expect, it } from 'vitest';
import { editsFileOf, EditsError, readEdits, seedsOfEdits } from './edits-file.ts';

const read = (yaml: string) => readEdits(Buffer.from(yaml));
const failure = (yaml: string): { line?: number; message: string } => {
  try {
    read(yaml);
  } catch (error) {
    if (error instanceof EditsError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('expected an EditsError');
};

describe('readEdits', () => {
  it('reads every section, and the line of each edit', () => {
    const edits = read(`# corrections
figures:
  - match: "More than 10 months"
    drop: true
  - add: "at least 11 missing"
    set: { measure: missing, value: "1,139" }
charts:
  casualties: { title: Deaths in Gaza, hide: ["More than 1 million"] }
`);
    expect(edits.data.figures).toEqual([
      { match: 'More than 10 months', drop: true },
      // YAML reads 1,139 as text: an editor means the number.
      { add: 'at least 11 missing', set: { measure: 'missing', value: 1139 } },
    ]);
    expect(edits.data.charts?.casualties).toEqual({ title: 'Deaths in Gaza', hide: ['More than 1 million'] });
    expect([edits.line(['figures', 0]), edits.line(['figures', 1]), edits.line(['charts', 'casualties', 'hide', 0])]).toEqual([3, 5, 8]);
  });

  it('takes an empty file as no edits', () => {
    expect(read('').data).toEqual({});
    expect(read('# nothing yet\n').data).toEqual({});
  });

  it('names the line of a YAML error', () => {
    expect(failure('figures:\n  - match: "x"\n   drop: true\n')).toEqual({
      line: 3,
      message: 'not valid YAML: Sequence item without - indicator',
    });
    expect(failure('figures:\n  - match: "unclosed\n')).toMatchObject({ line: 2, message: expect.stringMatching(/^not valid YAML: /) });
  });

  it('names the line of an unknown field', () => {
    expect(failure('figures:\n  - match: x\n    set:\n      value: 3\n      colour: red\n')).toEqual({
      line: 5,
      message: 'figures, edit 1, set: unknown field "colour"',
    });
    expect(failure('figures: []\nnotes: checked by the desk\n')).toEqual({ line: 2, message: 'unknown field "notes"' });
  });

  it('names the line of a wrong type or value, with what it found', () => {
    expect(failure('quotes: []\nfigures:\n  - match: x\n    set: { value: ten }\n')).toEqual({
      line: 4,
      message: 'figures, edit 1, set.value: expected a number, not "ten"',
    });
    expect(failure('events:\n  - match: x\n    set: { date: 7 October }\n')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/set\.date: expected a date/),
    });
    expect(failure('figures:\n  - match: x\n    set: { qualifier: roughly }\n')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^figures, edit 1, set\.qualifier: expected one of "exact", "about", .*, not "roughly"$/),
    });
    expect(failure('charts:\n  casualties:\n    hide: [3]\n')).toMatchObject({
      line: 3,
      message: expect.stringMatching(/^charts, casualties, hide\.0: /),
    });
  });

  it('refuses edits that say nothing or too much', () => {
    expect(failure('figures:\n  - match: x\n')).toMatchObject({ line: 2, message: expect.stringContaining('say what to do') });
    expect(failure('figures:\n  - match: x\n    add: y\n    drop: true\n')).toMatchObject({
      message: expect.stringContaining('exactly one of'),
    });
    expect(failure('figures:\n  - add: y\n    drop: true\n')).toMatchObject({ line: 3, message: expect.stringContaining('with "match:"') });
  });

  it('counts the other problems in the one line', () => {
    expect(failure('figures:\n  - match: x\n    set: { value: ten, unit: 3 }\n').message).toMatch(/\(and 1 more problem\)$/);
  });
});

describe('edits file names', () => {
  it('pairs an edits file with its seed', () => {
    expect(editsFileOf('2024/quake.txt')).toBe('2024/quake.edits.yaml');
    expect(seedsOfEdits('2024/quake.edits.yaml')).toEqual(['2024/quake.txt', '2024/quake.md']);
    expect(seedsOfEdits('quake.txt')).toBeNull();
  });
});
