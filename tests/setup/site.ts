/**
 * Global set-up of the site project: the deployment build (tests/helpers/deploy-build.ts) starts in
 * the background while the other files run, unless the run is limited to files that do not need it.
 */
import { startDeployBuild } from '../helpers/deploy-build.ts';

/** Files named on the command line (`vitest run --project site tests/browser/axe.test.ts`), if any. */
const named = process.argv.slice(2).filter((arg) => arg.includes('.test.') || arg.includes('/'));

export default function setup(): (() => void) | undefined {
  if (named.length > 0 && !named.some((arg) => arg.includes('address'))) return undefined;
  return startDeployBuild();
}
