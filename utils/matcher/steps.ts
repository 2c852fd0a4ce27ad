// Builds written as resumable steps (generators that pause between slices of work) run at once
// where nothing needs the page to have its turn: tests, and lists short enough not to need it.

/** Runs `steps` to the end and gives what they built. */
export function completeSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
