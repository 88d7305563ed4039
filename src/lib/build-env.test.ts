import { describe, expect, it } from 'vitest';
import { astroBuildEnv } from './build-env.ts';

describe('astroBuildEnv', () => {
  it("makes a production build whoever starts it: a test runner's DEV=1 never reaches import.meta.env", () => {
    const settings = { contentDir: '/c', contentReady: '/c/ready', siteUrl: 'https://example.org/', compileCache: '/cc' };
    const env = astroBuildEnv(settings, { PATH: '/bin', DEV: '1', PROD: '', MODE: 'test', SSR: '1', BASE_URL: '/', NODE_ENV: 'test' });
    expect(env).toMatchObject({ PATH: '/bin', NODE_ENV: 'production', EXPLAINER_CONTENT_DIR: '/c', SITE_URL: 'https://example.org/' });
    for (const name of ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL']) expect(env).not.toHaveProperty(name);
  });
});
