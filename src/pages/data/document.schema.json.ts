// The data contract as JSON Schema, generated from the zod schema at build time so it never drifts.
import { z } from 'astro/zod';
import { extractedDocument } from '../../schema/document.ts';

export function GET() {
  const schema = z.toJSONSchema(extractedDocument, { target: 'draft-2020-12', io: 'output' });
  return new Response(JSON.stringify({ title: 'News explainer document', ...schema }, null, 2), {
    headers: { 'content-type': 'application/schema+json' },
  });
}
