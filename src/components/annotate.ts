// Splits a paragraph into runs of plain text and marked spans, so the source text can show where
// every extracted figure, quote and date comes from. Quotes are the outer layer; figures and dates
// nest inside them. A span that crosses another's boundary is left unmarked (it is still listed).

export type MarkKind = 'figure' | 'quote' | 'event';

export interface MarkSpan {
  kind: MarkKind;
  id: string; // the extracted item's id: "figure-1"
  start: number;
  end: number;
}

export type TextRun = { type: 'text'; text: string };
export type InnerRun = TextRun | { type: 'mark'; span: MarkSpan; text: string };
export type OuterRun = InnerRun | { type: 'quote'; span: MarkSpan; children: InnerRun[] };

function nonOverlapping(spans: MarkSpan[], length: number): MarkSpan[] {
  const kept: MarkSpan[] = [];
  let cursor = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (span.start < cursor || span.end > length || span.end <= span.start) continue;
    kept.push(span);
    cursor = span.end;
  }
  return kept;
}

function inner(text: string, from: number, to: number, spans: MarkSpan[]): InnerRun[] {
  const runs: InnerRun[] = [];
  let cursor = from;
  for (const span of spans) {
    if (span.start > cursor) runs.push({ type: 'text', text: text.slice(cursor, span.start) });
    runs.push({ type: 'mark', span, text: text.slice(span.start, span.end) });
    cursor = span.end;
  }
  if (cursor < to) runs.push({ type: 'text', text: text.slice(cursor, to) });
  return runs;
}

export function annotateParagraph(text: string, spans: MarkSpan[]): OuterRun[] {
  const quotes = nonOverlapping(
    spans.filter((s) => s.kind === 'quote'),
    text.length,
  );
  const others = nonOverlapping(
    spans.filter((s) => s.kind !== 'quote'),
    text.length,
  ).filter((s) =>
    // A figure or date may sit inside a quote, or outside all quotes, but not across a quote's edge.
    quotes.every((q) => s.end <= q.start || s.start >= q.end || (s.start >= q.start && s.end <= q.end)),
  );
  const runs: OuterRun[] = [];
  let cursor = 0;
  for (const quote of quotes) {
    runs.push(
      ...inner(
        text,
        cursor,
        quote.start,
        others.filter((s) => s.start >= cursor && s.end <= quote.start),
      ),
    );
    runs.push({
      type: 'quote',
      span: quote,
      children: inner(
        text,
        quote.start,
        quote.end,
        others.filter((s) => s.start >= quote.start && s.end <= quote.end),
      ),
    });
    cursor = quote.end;
  }
  runs.push(
    ...inner(
      text,
      cursor,
      text.length,
      others.filter((s) => s.start >= cursor),
    ),
  );
  return runs;
}

/** The ids of the spans a paragraph's marks draw: a span that crosses another is listed but not drawn. */
export function drawnSpans(text: string, spans: MarkSpan[]): string[] {
  return annotateParagraph(text, spans).flatMap((run) =>
    run.type === 'quote'
      ? [run.span.id, ...run.children.flatMap((c) => (c.type === 'mark' ? [c.span.id] : []))]
      : run.type === 'mark'
        ? [run.span.id]
        : [],
  );
}
