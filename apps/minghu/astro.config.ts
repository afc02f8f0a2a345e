import jiyue from '@jiyue/site-kit';
import { defineConfig } from 'astro/config';

// Everything this site shows comes from the content library (content/, site id "minghu").
export default defineConfig({ integrations: [jiyue({ site: 'minghu' })] });
