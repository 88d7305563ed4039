// The chart's data table as CSV (UTF-8 with BOM, every cell quoted, formulas defused).
import type { APIRoute } from 'astro';
import { embedStaticPaths } from '../../../../lib/embeds.ts';
import { casualtyTable, timelineTable } from '../../../../embed/chart-data.ts';
import { toCsv } from '../../../../embed/csv.ts';
import type { EmbedTarget } from '../../../../embed/targets.ts';

export const getStaticPaths = embedStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { target } = props as { target: EmbedTarget };
  const table = target.chart === 'casualties' ? casualtyTable(target.figures) : timelineTable(target.items);
  return new Response(toCsv(table.columns, table.rows), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
