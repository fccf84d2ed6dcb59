/**
 * Errors shaped like Office.js's: `name` "RichApi.Error", a `code` from Word's error codes
 * and `debugInfo` naming where it happened, so code under test can branch on `code` as it
 * must in Word.
 */

export type FakeErrorCode =
  | 'PropertyNotLoaded'
  | 'ValueNotLoaded'
  | 'ItemNotFound'
  | 'InvalidArgument'
  | 'InvalidObjectPath'
  | 'ApiNotFound'
  | 'NotImplemented'
  | 'SearchStringInvalidOrTooLong'
  | 'RunMustReturnPromise'
  | 'GeneralException';

export class FakeOfficeError extends Error {
  readonly code: FakeErrorCode;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  readonly traceMessages: string[] = [];
  readonly innerError: null = null;

  constructor(code: FakeErrorCode, message: string, errorLocation?: string) {
    super(message);
    this.name = code === 'PropertyNotLoaded' || code === 'ValueNotLoaded' || code === 'RunMustReturnPromise' ? 'OfficeExtension.Error' : 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

/** What Office.js throws when a property is read before `load()` and `context.sync()`. */
export function propertyNotLoaded(typeName: string, property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${typeName}.${property}`,
  );
}

export function itemNotFound(location: string): FakeOfficeError {
  return new FakeOfficeError('ItemNotFound', 'The requested resource doesn\u2019t exist.', location);
}

export function invalidArgument(location: string, detail = 'The argument is invalid or missing or has an incorrect format.'): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', detail, location);
}

export function apiNotFound(location: string, set: string): FakeOfficeError {
  return new FakeOfficeError(
    'ApiNotFound',
    `The API you are trying to use could not be found. It may be available in a newer version of Word (requires ${set}).`,
    location,
  );
}
