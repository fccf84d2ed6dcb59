/**
 * Runs an action from a click. The controller reports failures itself (as a notice or
 * the error state); what still escapes is logged, not left as an unhandled rejection.
 */
export function fire(action: () => Promise<unknown> | unknown): void {
  try {
    const result = action();
    if (result instanceof Promise) result.catch(logFailure);
  } catch (error) {
    logFailure(error);
  }
}

function logFailure(error: unknown): void {
  console.error('utkastkoll:', error);
}
