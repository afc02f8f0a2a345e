import { appPackageName } from '@jiyue/content';

/** The files of one site's thin Astro app: the app only says which site it is. */
export function appFiles(siteId: string, astroVersion: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify(
      {
        name: appPackageName(siteId),
        version: '0.1.0',
        private: true,
        type: 'module',
        scripts: { build: 'astro build', dev: 'astro dev' },
        dependencies: { '@jiyue/site-kit': 'workspace:*', astro: astroVersion },
      },
      null,
      2,
    )}\n`,
    'astro.config.ts': `import jiyue from '@jiyue/site-kit';
import { defineConfig } from 'astro/config';

// Everything this site shows comes from the content library (content/, site id "${siteId}").
export default defineConfig({ integrations: [jiyue({ site: '${siteId}' })] });
`,
  };
}
