import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import type { z } from 'zod';
import { MarkFileEnvelope } from '../frameworks/markFile/format';
import { jsonShapeOf, savedShapes as kinds } from '../frameworks/saved/shapes';

// One module per kind, so a page's JavaScript carries only the shapes its tools save;
// `markFile` is the self-assessment file's envelope, read when a file or shared link is opened.
const PREFIX = 'virtual:qmh/saved-shape/';
const served: Record<string, z.ZodType> = { ...kinds, markFile: MarkFileEnvelope };

/** The saved-data shapes, turned from zod into plain data at build, so the browser reads saved data without zod. */
export function savedShapesPlugin(): Plugin {
  return {
    name: 'qmh:saved-shapes',
    resolveId: (id) => (id.startsWith(PREFIX) && id.slice(PREFIX.length) in served ? `\0${id}` : undefined),
    load: (id) => (id.startsWith(`\0${PREFIX}`) ? `export default ${JSON.stringify(jsonShapeOf(served[id.slice(PREFIX.length + 1)]!))};` : undefined),
  };
}

/** Serves `virtual:qmh/saved-shape/<kind>` to the site's islands. */
export function savedShapes(): AstroIntegration {
  return {
    name: 'qmh:saved-shapes',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [savedShapesPlugin()] } });
      },
    },
  };
}
