// Which URL patterns of the site may be shown in another site's frame, from the page files themselves
// (src/pages/[headers].ts writes them into _headers). Embed pages (any route with an "embed" folder) may
// be framed; every other page may not. Patterns never overlap: a folder holding embed pages is listed
// page by page, with route parameters as ":name" placeholders, which Netlify and Cloudflare Pages read.

/** A page file's route segments, "[series]" as the placeholder ":series" ("index" dropped). */
function routeSegments(file: string): string[] {
  return file
    .replace(/^\.\//, '')
    .replace(/\.(astro|mdx?)$/, '')
    .split('/')
    .filter((segment, i, all) => !(segment === 'index' && i === all.length - 1 && all.length > 1))
    .map((segment) => segment.replace(/^\[(\w+)\]$/, ':$1'));
}

/** Patterns of the pages that may not be framed, and of the embed pages (and their files) that may. */
export function frameRules(files: string[]): { denied: string[]; framable: string[] } {
  const denied = new Set<string>();
  const framable = new Set<string>();
  const routes = files.map(routeSegments);
  // A folder holding embed pages is listed page by page; any other folder is covered by one wildcard.
  const withEmbeds = new Set(routes.filter((route) => route.includes('embed') && route.length > 1).map((route) => route[0]));
  for (const route of routes) {
    const [first] = route;
    const embed = route.indexOf('embed');
    if (embed >= 0) framable.add(`/${route.slice(0, embed + 1).join('/')}/*`);
    else if (first.startsWith('['))
      continue; // an endpoint such as this file
    else if (route.length === 1 && first === 'index') denied.add('/').add('/index.html');
    else if (route.length === 1 && first === '404') denied.add('/404.html');
    else if (!withEmbeds.has(first)) denied.add(`/${first}/*`);
    else if (!route.some((segment) => segment.startsWith('[...'))) denied.add(`/${route.join('/')}/`).add(`/${route.join('/')}/index.html`);
  }
  return { denied: [...denied].sort(), framable: [...framable].sort() };
}
