/**
 * The background's answer when a request could not be served at all (a read whose answer
 * has no error form in protocol.ts). Apart from router.ts so the clients in the content
 * script and the extension pages do not bundle the router.
 */
export interface BackgroundFailure {
  error: string;
}

export function isBackgroundFailure(response: unknown): response is BackgroundFailure {
  return (
    typeof response === 'object' &&
    response !== null &&
    'error' in response &&
    typeof response.error === 'string' &&
    !('ok' in response) &&
    !('saved' in response)
  );
}
