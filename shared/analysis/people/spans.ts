/**
 * Finding the sentence (or any span) an offset falls in, by binary search: the group
 * reader and the gender rules ask it for every count near a full stop.
 */
import type { Span } from '../../text/sentences';

/** The span (of sorted, disjoint spans) containing an offset, by binary search. */
export function spanAt(spans: readonly Span[], offset: number): Span | undefined {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle]!;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return span;
  }
  return undefined;
}
