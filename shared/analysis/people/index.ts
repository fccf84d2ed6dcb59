/**
 * Counts of people in Swedish prose and how they are split by gender:
 * "42 elever varav 23 flickor och 19 pojkar", "65 ungdomar (28 flickor och 37 pojkar)",
 * "348 besökare 263 flickor/kvinnor, 75 pojkar/män samt 10 individer som definierade sig
 * som annat", "åtta pojkar och fem flickor", "28 % av medarbetarna är män".
 * FTE ("46,0 tjänster"), ages ("0-18 år"), dates and phone numbers are not headcounts.
 *
 * words.ts (the word look-ups), quantities.ts (numbers tied to people or a gender),
 * groups.ts (a total and its parts), ages.ts (children and youth, or adults), windows.ts (the windows around numbers), spans.ts.
 */
export { isYoungCount } from './ages';
export type { GenderGroup } from './groups';
export type { Quantity } from './quantities';
export { spanAt } from './spans';
export { analysePeople, analysePeopleInText, type PeopleFacts } from './windows';
export { categoryOf, genderOf, isYoungNoun, sameNoun, type Gender } from './words';
