// The share image of an explainer (og:image, 1200 × 630, the size social sites show large): the site's
// name, the title, up to three headline facts with what they count, and the outlet and date. Drawn as
// an SVG here and rasterised at build time like the charts' PNGs (src/build/chart-writer.ts), through the
// same content-addressed cache. The headline facts are the key-figure strip's (KeyFigures.astro).
import type { ExtractedDocument } from '../schema/document.ts';
import { headlineFacts, type CasualtySource } from '../charts/casualty/facts.ts';
import { formatDate } from '../charts/format.ts';
import { factCounts, factPhrase, factValue, MEASURES, TONE_IMAGE_COLORS } from '../charts/measures.ts';
import { estimateTextWidth, truncateToWidth, wrapToWidth } from '../charts/text-width.ts';
import { escapeXml } from '../lib/escape-xml.ts';
import { SITE_NAME } from '../lib/site.ts';
import { IMAGE_COLORS } from './standalone-svg.ts';

export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

const PAD = 64;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const INNER = SHARE_IMAGE.width - 2 * PAD;
// Renderers' fonts run wider than the estimate (see standalone-svg.ts): lines are wrapped a little short.
const SAFE = 0.88;
const MAX_FIGURES = 3;

/** The image in words, for og:image:alt. */
export function shareImageAlt(doc: Pick<ExtractedDocument, 'title'> & CasualtySource): string {
  const figures = headlineFacts(doc, MAX_FIGURES).map(factPhrase);
  return figures.length ? `${doc.title}: ${figures.join('; ')}` : doc.title;
}

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${x}" y="${y}" ${attrs}>${escapeXml(content)}</text>`;
}

/** The title at the largest size (of three) at which it fits its lines; at the smallest it is cut with "…". */
function titleLines(title: string, maxLines: number): { lines: string[]; size: number } {
  for (const size of [60, 50, 42]) {
    const lines = wrapToWidth(title, INNER * SAFE, size * 1.08, maxLines);
    const all = lines.join(' ');
    if (all === title.replace(/\s+/g, ' ').trim() || size === 42) return { lines, size };
  }
  throw new Error('unreachable');
}

export function shareImageSvg(doc: Pick<ExtractedDocument, 'title' | 'source' | 'published'> & CasualtySource): string {
  const figures = headlineFacts(doc, MAX_FIGURES);
  const { width, height } = SHARE_IMAGE;
  const parts: string[] = [`<rect width="${width}" height="${height}" fill="${IMAGE_COLORS.background}"/>`];
  parts.push(`<rect width="${width}" height="12" fill="${TONE_IMAGE_COLORS.killed}"/>`);
  parts.push(
    text(
      PAD,
      84,
      `${SITE_NAME} · Explainer`.toUpperCase(),
      `font-size="24" font-weight="700" letter-spacing="2" fill="${IMAGE_COLORS.muted}"`,
    ),
  );

  const title = titleLines(doc.title, figures.length ? 3 : 5);
  title.lines.forEach((line, i) =>
    parts.push(
      text(
        PAD,
        128 + title.size + i * Math.round(title.size * 1.18),
        line,
        `font-size="${title.size}" font-weight="700" fill="${IMAGE_COLORS.text}"`,
      ),
    ),
  );

  if (figures.length) {
    const gap = 40;
    const column = (INNER - gap * (figures.length - 1)) / figures.length;
    const values = figures.map(factValue);
    // The numbers as large as the longest allows in its column, up to 56 px, all at one size.
    const size = Math.max(30, Math.min(56, ...values.map((value) => Math.floor((column * SAFE) / (estimateTextWidth(value, 1) * 1.08)))));
    figures.forEach((figure, i) => {
      const x = Math.round(PAD + i * (column + gap));
      const color = TONE_IMAGE_COLORS[MEASURES[figure.measure].tone];
      const value = values[i];
      parts.push(`<rect x="${x}" y="396" width="${Math.round(column)}" height="6" fill="${color}"/>`);
      parts.push(text(x, 412 + size, value, `font-size="${size}" font-weight="700" fill="${IMAGE_COLORS.text}"`));
      wrapToWidth(factCounts(figure), column * SAFE, 26, 2).forEach((line, j) =>
        parts.push(text(x, 412 + size + 38 + j * 32, line, `font-size="26" fill="${IMAGE_COLORS.text}"`)),
      );
    });
  }

  const foot = [doc.source ?? 'News report', doc.published ? formatDate(doc.published, 'day') : null].filter(Boolean).join(' · ');
  parts.push(`<rect x="${PAD}" y="${height - 82}" width="${INNER}" height="2" fill="${IMAGE_COLORS.rule}" fill-opacity="0.5"/>`);
  parts.push(text(PAD, height - 40, truncateToWidth(foot, INNER * SAFE, 26), `font-size="26" fill="${IMAGE_COLORS.muted}"`));

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(shareImageAlt(doc))}" font-family="${escapeXml(FONT)}">`,
    ...parts,
    '</svg>',
  ].join('\n');
}
