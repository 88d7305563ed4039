// Words every news report uses, whatever it is about: two reports sharing them say nothing about whether
// they tell the same event. Stories (stories.ts) compare the other words of their leads. One word a line
// of thought; compared after the same light stemming as the words they are matched against.
import { foldText, stem } from './normalize.ts';

const GENERIC = `
  kill killed killing kills dead death deaths die died dies toll tolls
  injure injured injuries injury wound wounded hurt
  people person persons official officials authority authorities
  report reports reported reporting reporter reporters news press conference statement
  rise rises rose risen rising climb climbed reach reached reaches
  thousand thousands hundred hundreds million millions dozen dozens number numbers figure figures
  police government minister ministry agency agencies spokesman spokeswoman spokesperson
  according tell told say add added confirm confirmed announce announced
  continue continued remain remained include included call called
  local resident residents hour hours new latest
  head chief director deputy secretary president governor mayor commissioner coordinator
`;

/** The generic words, stemmed as describeWords stems them. */
export const GENERIC_WORDS: ReadonlySet<string> = new Set(
  GENERIC.split(/\s+/)
    .filter(Boolean)
    .map((word) => stem(foldText(word))),
);
