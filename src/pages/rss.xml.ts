// RSS feed of the latest explainers, newest first, with absolute links from the site URL.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { siteIndex } from '../components/collections.ts';
import { explainerPath } from '../lib/paths.ts';
import { requireSite, SITE_DESCRIPTION, SITE_NAME } from '../lib/site.ts';

/** A feed carries the latest items; readers have seen the older ones, and the archive lists them all. */
const FEED_ITEMS = 50;

export async function GET(context: APIContext) {
  const documents = (await siteIndex()).documents.slice(0, FEED_ITEMS);
  return rss({
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    site: requireSite(context.site),
    items: documents.map((doc) => ({
      title: doc.title,
      link: explainerPath(doc.slug),
      pubDate: doc.published ? new Date(`${doc.published}T00:00:00Z`) : undefined,
      description: doc.headline.join('; ') || undefined,
    })),
  });
}
