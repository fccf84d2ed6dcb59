/**
 * Storage failures as Swedish sentences for the writer. A failed save is always reported:
 * a draft that silently failed to save is exactly the loss the extension exists to prevent.
 */

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
}

/** The error names in an error and the errors it wraps (Dexie wraps IndexedDB's, a bulk write lists each failure). */
function errorNames(error: unknown, depth = 0): string[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const { name, inner, failures } = error as ErrorLike;
  const nested = [inner, ...(Array.isArray(failures) ? failures : [])].flatMap((each) => errorNames(each, depth + 1));
  return [...(typeof name === 'string' ? [name] : []), ...nested];
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

/** The connection was closed under us (the worker slept, another page upgraded the schema, db.close()). */
export function isClosedError(error: unknown): boolean {
  return errorNames(error).includes('DatabaseClosedError');
}

function detail(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { name, message } = error as ErrorLike;
    const text = [name, message].filter((part) => typeof part === 'string' && part !== '').join(': ');
    if (text) return text;
  }
  return String(error);
}

/**
 * "Lagringen är full: kunde inte spara utkastet. …". `action` says what failed, as a verb
 * phrase ("spara utkastet", "läsa utkasten").
 */
export function storageErrorMessage(action: string, error: unknown): string {
  if (isQuotaError(error)) {
    return `Lagringen är full: kunde inte ${action}. Frigör diskutrymme på datorn, eller exportera de lokala data under Inställningar och ta bort det som inte behövs.`;
  }
  if (isClosedError(error)) return `Databasen stängdes: kunde inte ${action}. Försök igen.`;
  if (errorNames(error).some((name) => name === 'OpenFailedError' || name === 'VersionError' || name === 'UpgradeError')) {
    return `Databasen kunde inte öppnas: kunde inte ${action} (${detail(error)}).`;
  }
  return `Lagringsfel: kunde inte ${action} (${detail(error)}).`;
}
