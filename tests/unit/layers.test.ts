import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layers of src/ (eslint.config.mjs, README "How the project is laid out"): `npm run lint` fails on a file that
// imports upwards. Each example is linted with the project's own ESLint config, as if it were the file named.

const root = new URL('../../', import.meta.url).pathname;
const eslint = new ESLint({
  cwd: root,
  // The layer rule alone, without type information: the examples are not files of the TypeScript project.
  overrideConfig: { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ruleFilter: ({ ruleId }) => ruleId === '@typescript-eslint/no-restricted-imports',
});

/** The layer rule's messages for `code` as the file `path`. */
async function problems(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('no import runs from a lower layer to a higher one', () => {
  // Loading the config and its plugins takes a while on a busy machine; each example is then quick.
  beforeAll(() => eslint.calculateConfigForFile(`${root}src/frameworks/example.ts`), 120_000);

  it.each([
    ['src/frameworks/example.ts', "import { en } from '~/text/en';"],
    ['src/frameworks/schema/example.ts', "import { en } from '../../text/en';"],
    ['src/frameworks/example.ts', "import { marks } from '~/site/config';"],
    ['src/text/example.ts', "import { t } from '~/site/text';"],
    ['src/site/example.ts', "import type { KeepProps } from '~/widgets/shell/keep';"],
    ['src/widgets/Example.tsx', "import { marks } from '~/site/config';"],
    ['src/widgets/stores/example.ts', "import { t } from '../../site/text';"],
    ['src/offline/example.ts', "import { storageKey } from '~/frameworks/saved/storageKey';"],
    ['src/pages/example.ts', "import { SHORTCUT_OFF_KEY } from '~/widgets/stores/device';"],
    ['src/pages/example.ts', "import { countOf } from '~/frameworks/wording';"],
    ['src/components/Example.ts', "import { saved } from '~/widgets/stores/saved';"],
    ['src/integrations/example.ts', "import { ToolShell } from '~/widgets/shell/ToolShell';"],
  ])('%s: %s fails the lint', async (path, code) => {
    const found = await problems(path, `${code}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^@typescript-eslint\/no-restricted-imports: .*(higher layer|island|through src\/site)/);
  });

  it.each([
    ['src/frameworks/schema/example.ts', "import { contrast } from '../brandSchema';"],
    ['src/text/example.ts', "import { capitalise } from '~/frameworks/wording';"],
    ['src/site/example.ts', "import { en } from '~/text/en';"],
    ['src/widgets/Example.tsx', "import { saved } from '~/widgets/stores/saved';"],
    ['src/pages/example.ts', "import LevelSelfAssessment from '~/widgets/LevelSelfAssessment';"],
    ['src/pages/example.ts', "import type { Mark } from '~/frameworks/schema';"],
    ['src/pages/example.ts', "import { marks } from '~/site/config';"],
    ['src/integrations/example.ts', "import { marks } from '~/frameworks/registry';"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await problems(path, `${code}\n`)).toEqual([]);
  });
});
