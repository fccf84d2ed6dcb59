/** The command line's bundle as a file URL, or null when it is absent or older than the source. */
export function freshBundle(): string | null;
