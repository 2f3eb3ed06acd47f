import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { savedShapes as kinds, shapeData, type SavedKind } from '../frameworks/saved/shapes';

// One module per kind, so a page's JavaScript carries only the shapes its tools save.
const PREFIX = 'virtual:qmh/saved-shape/';

/** The saved-data shapes, turned from zod into plain data at build, so the browser reads saved data without zod. */
export function savedShapesPlugin(): Plugin {
  return {
    name: 'qmh:saved-shapes',
    resolveId: (id) => (id.startsWith(PREFIX) && id.slice(PREFIX.length) in kinds ? `\0${id}` : undefined),
    load: (id) =>
      id.startsWith(`\0${PREFIX}`) ? `export default ${JSON.stringify(shapeData(id.slice(PREFIX.length + 1) as SavedKind))};` : undefined,
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
