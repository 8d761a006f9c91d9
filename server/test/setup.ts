import { afterEach, beforeEach, vi, type MockInstance } from 'vitest';

// A test that makes the code log an unexpected console.error fails (Epic Stack habit).
let errorSpy: MockInstance<typeof console.error> | undefined;
beforeEach(() => {
  errorSpy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error called: ${args.map(String).join(' ')}`);
  });
});
afterEach(() => {
  errorSpy?.mockRestore();
});
