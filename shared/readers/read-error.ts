/**
 * A document that cannot be read (wrong format, damaged, encrypted, too large). The
 * message is one line of Swedish describing the problem, without the file name: the
 * command line puts the file name in front, a front end shows it as it is.
 */
export class ReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReadError';
  }
}
