/**
 * The report's time stamp, in local time: the only input that is not the documents, so
 * it is passed in (no clock here) and the same input renders the same bytes.
 */
function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Local time, Swedish style: "2026-11-24 21:30". */
export function formatDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'okänd tid';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** Local time with offset, for <time datetime>. */
export function isoDateTime(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  const hours = pad(Math.floor(Math.abs(offset) / 60));
  const minutes = pad(Math.abs(offset) % 60);
  return `${formatDateTime(date).replace(' ', 'T')}${sign}${hours}:${minutes}`;
}
