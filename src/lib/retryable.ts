/**
 * A loader that runs once and keeps its result, but forgets a failure: a download that failed
 * (a chunk missing after an update, a flaky first visit) is tried again at the next call.
 */
export function retryable<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () =>
    (promise ??= load().catch((error: unknown) => {
      promise = undefined;
      throw error;
    }));
}
