/**
 * The test build (`npm run build:extension:test`, UTKASTKOLL_TEST=1): the origins it may
 * run on without asking, and a fixed public key, so the unpacked extension always gets the
 * same id and a managed-storage policy file can name it before the browser starts. The key
 * pins nothing in production builds; its private half was never kept (an unpacked
 * extension needs none).
 */

export const TEST_HOST_PERMISSIONS = ['http://127.0.0.1/*', 'http://localhost/*'];

export const TEST_EXTENSION_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAw8FcWLUROnCNZiQT1QHh//EIQYzyVoDV98aHRnKPYf0OfXh009Tv/+5lcdAPOjovi6NGdzlcjl3YZsLMoezPn4H3HndFSXgx2NCu+ZARIC9r9sSw1o2kfz39xJYWjUMjEQa6b6uhj8hJmxUAvY5BFOPq4CxjpAtxI3maPDHyfM+wYseAlQLfe9p+GzRkUsY2t425Pp0ibhehy891S1zzGfQJiPlP6Yxnep8UkOnjpIs+oxGFnkr5AKJmLDA6kTLZlRjTbN45CehJXtdYyjVyVlD5Cabq1nmXWi0oY3bMfmGMehJTcB2t8OQOKXrzbZAkrUqa7xWh4xvB+MDlGHuHcwIDAQAB';

/** Chromium's id for TEST_EXTENSION_KEY: the first 32 hex digits of its SHA-256, written a–p. */
export const TEST_EXTENSION_ID = 'pgkcfnmbpkhkoldepifohlddpdbmfbnf';
