import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_DIR } from './shared.ts';

const MARKER = '<!-- api-example';

/** The library example of README.md: the ```js block after its `api-example` marker. */
export function readmeExample(readme: string = readFileSync(join(REPO_DIR, 'README.md'), 'utf8')): string {
  const at = readme.indexOf(MARKER);
  if (at < 0) throw new Error(`README.md has no ${MARKER} marker`);
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(at));
  if (!block) throw new Error('README.md has no ```js block after its api-example marker');
  return block[1]!;
}

/** The example importing the package entry from `specifier` instead of `warta`. */
export function exampleImporting(specifier: string, example: string = readmeExample()): string {
  const rewritten = example.replaceAll("from 'warta'", `from ${JSON.stringify(specifier)}`);
  if (rewritten === example) throw new Error("the README example does not import from 'warta'");
  return rewritten;
}
