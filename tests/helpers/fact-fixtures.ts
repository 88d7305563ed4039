// Documents written for the facts rules (src/extract/facts): invented reports, places, people and
// numbers. Their figures are written by hand as extraction gives them once it reads places, parts and
// superseded counts (issue #12): `place`, `partOf` and `status` are set here, each from its sentence.
import type { ExtractedDocument, Figure } from '../../src/schema/document.ts';
import { factsOf } from '../../src/extract/facts/index.ts';
import { doc, MACHINE } from './chart-fixtures.ts';

type FigureSpec = Partial<Figure> & Pick<Figure, 'id' | 'value'> & { find: string };

/** A document from its paragraphs and its figures, each found in the text by its phrase `find`. */
export function report(meta: Partial<ExtractedDocument>, texts: string[], specs: FigureSpec[]): ExtractedDocument {
  const paragraphs = texts.map((text) => ({ text, sentences: [{ start: 0, end: text.length }] }));
  const figures = specs.map(({ find, ...spec }): Figure => {
    const paragraph = texts.findIndex((t) => t.includes(find));
    if (paragraph < 0) throw new Error(`fixture: "${find}" is not in the text`);
    const start = texts[paragraph].indexOf(find);
    return {
      qualifier: 'exact',
      measure: 'killed',
      subject: null,
      unit: 'people',
      text: find,
      attribution: null,
      place: null,
      partOf: null,
      status: 'current',
      position: { paragraph, sentence: 0, start, end: start + find.length },
      ...MACHINE,
      ...spec,
    };
  });
  return doc({ ...meta, paragraphs, figures, facts: factsOf(figures) });
}

/**
 * A flood report with parts, places, disagreeing sources, a written range, an earlier count, a
 * projection and a figure about another town: everything a casualty chart must tell apart.
 */
export const floodReport = report(
  {
    file: 'marrow-floods.md',
    slug: 'marrow-river-floods-kill-at-least-104',
    title: 'Marrow River floods kill at least 104',
    published: '2025-07-07',
    source: 'Valley Courier',
  },
  [
    'Flash floods along the Marrow River have killed at least 104 people, state officials said on Sunday, up from 25 deaths reported on Saturday.',
    'In Alder County alone, 84 people died, 28 of them children, Sheriff Dana Pruitt said. Eleven girls from Camp Willowbend are still missing.',
    'In Brenford, the mayor said 54 people were injured; the emergency service put the number at 63. In neighbouring Ostvale, two people were hurt.',
    'Between 300 and 400 residents were evacuated overnight, and forecasters warned the toll could reach 150.',
  ],
  [
    { id: 'figure-1', find: 'killed at least 104 people', value: 104, qualifier: 'at least', attribution: 'state officials' },
    { id: 'figure-2', find: '25 deaths', value: 25, status: 'superseded' },
    { id: 'figure-3', find: '84 people died', value: 84, place: 'Alder County', partOf: 'figure-1', attribution: 'Sheriff Dana Pruitt' },
    { id: 'figure-4', find: '28 of them children', value: 28, subject: 'children', partOf: 'figure-3', attribution: 'Sheriff Dana Pruitt' },
    { id: 'figure-5', find: 'Eleven girls', value: 11, measure: 'missing', subject: 'girls', place: 'Camp Willowbend' },
    { id: 'figure-6', find: '54 people were injured', value: 54, measure: 'injured', place: 'Brenford', attribution: 'the mayor' },
    {
      id: 'figure-7',
      find: 'the number at 63',
      value: 63,
      measure: 'injured',
      place: 'Brenford',
      attribution: 'the emergency service',
    },
    { id: 'figure-8', find: 'two people were hurt', value: 2, measure: 'injured', place: 'Ostvale' },
    {
      id: 'figure-9',
      find: 'Between 300 and 400 residents',
      value: 300,
      qualifier: 'at least',
      measure: 'evacuated',
      subject: 'residents',
    },
    { id: 'figure-10', find: 'Between 300 and 400 residents', value: 400, qualifier: 'up to', measure: 'evacuated', subject: 'residents' },
    { id: 'figure-11', find: 'could reach 150', value: 150, status: 'projected' },
  ],
);

/** One story told in four successive reports: rising tolls, a revised count of the missing, sources that disagree. */
export const floodStory: ExtractedDocument[] = [
  report(
    { file: 'day-1.md', slug: 'floods-kill-at-least-24', title: 'Floods kill at least 24', published: '2025-07-04' },
    [
      'At least 24 people were killed when the Marrow River burst its banks before dawn, the county said. Rescuers said 27 girls from a summer camp were missing.',
    ],
    [
      { id: 'figure-1', find: 'At least 24 people', value: 24, qualifier: 'at least', attribution: 'the county' },
      { id: 'figure-2', find: '27 girls', value: 27, measure: 'missing', subject: 'girls', attribution: 'Rescuers' },
    ],
  ),
  report(
    { file: 'day-2.md', slug: 'death-toll-rises-to-51', title: 'Death toll rises to 51', published: '2025-07-05' },
    [
      'The death toll rose to 51, up from 24, the county said on Saturday. At least 27 girls remain missing.',
      'Later, the county said the toll had reached at least 59.',
    ],
    [
      { id: 'figure-1', find: 'rose to 51', value: 51, attribution: 'the county' },
      { id: 'figure-2', find: 'up from 24', value: 24, status: 'superseded', attribution: 'the county' },
      { id: 'figure-3', find: 'At least 27 girls', value: 27, qualifier: 'at least', measure: 'missing', subject: 'girls' },
      { id: 'figure-4', find: 'at least 59', value: 59, qualifier: 'at least', attribution: 'the county' },
    ],
  ),
  report(
    { file: 'day-3.md', slug: 'at-least-104-dead', title: 'At least 104 dead as search goes on', published: '2025-07-06' },
    [
      'At least 104 people have died, state officials said. The number of missing girls was revised down to 11 from 27 after 16 were found alive.',
    ],
    [
      { id: 'figure-1', find: 'At least 104 people', value: 104, qualifier: 'at least', attribution: 'state officials' },
      { id: 'figure-2', find: 'revised down to 11', value: 11, measure: 'missing', subject: 'girls' },
      { id: 'figure-3', find: 'from 27', value: 27, measure: 'missing', subject: 'girls', status: 'superseded' },
    ],
  ),
  report(
    { file: 'day-4.md', slug: 'toll-passes-110', title: 'Toll passes 110', published: '2025-07-07' },
    [
      'State officials said 111 people had died. The county gave a toll of 119. Officials said 111 people were killed.',
      'Five girls are still missing.',
    ],
    [
      { id: 'figure-1', find: '111 people had died', value: 111, attribution: 'State officials' },
      { id: 'figure-2', find: 'toll of 119', value: 119, attribution: 'The county' },
      { id: 'figure-3', find: '111 people were killed', value: 111, attribution: 'Officials' },
      { id: 'figure-4', find: 'Five girls', value: 5, measure: 'missing', subject: 'girls' },
    ],
  ),
];
