/**
 * A problem with the user's input file (unreadable, wrong format, encrypted, too large).
 * The message is one line of Swedish describing the problem, without the file name;
 * the CLI prefixes the file name and prints it without a stack trace.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
