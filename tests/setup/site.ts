/**
 * Global set-up of the site project: the deployment build (tests/helpers/deploy-build.ts) starts in
 * the background while the other files run, unless the run is limited to files that do not need it.
 */
import { skipDeployBuild, startDeployBuild } from '../helpers/deploy-build.ts';

/** Test files named on the command line (`vitest run --project site tests/browser/axe.test.ts`), if any. */
const named = process.argv.slice(2).filter((arg) => arg.includes('.test.'));
/** Anything else named (a folder, a part of a name) may select the address test. */
const other = process.argv.slice(2).filter((arg) => !arg.startsWith('-') && !arg.includes('.test.') && !['run', 'site', 'unit'].includes(arg));

export default function setup(): (() => void) | undefined {
  if (named.length > 0 && other.length === 0 && !named.some((arg) => arg.includes('address'))) {
    skipDeployBuild('only other test files were named on the command line');
    return undefined;
  }
  return startDeployBuild();
}
