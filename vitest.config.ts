import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Vitest's order (slowest and largest first), with the files that wait for the deployment build last. */
class DeployBuildLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const waits = (f: TestSpecification) => /\/tests\/(site\/address|browser\/citation-address)\.test\.ts$/.test(f.moduleId);
    return [...sorted.filter((f) => !waits(f)), ...sorted.filter(waits)];
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: DeployBuildLast },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          // The unit tests share no state (no globals, mocks or timers are changed), so one module
          // graph serves every file: most of their time was importing the same modules again.
          isolate: false,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 120_000,
          // The deployment build runs in the background from the start (tests/setup/site.ts).
          globalSetup: ['tests/setup/site.ts'],
          // One test file at a time; within a file, tests marked concurrent run this many at once
          // (pages waiting on Chromium leave the two cores idle most of the time).
          fileParallelism: false,
          maxConcurrency: 3,
        },
      },
    ],
  },
});
