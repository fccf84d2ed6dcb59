/**
 * What the host can do beyond WordApi 1.3 and the Common API. Office 2019/2021 volume
 * licences have WordApi 1.3 only (FRONTEND-FACTS, "The version floor"): no comments API
 * (1.4), no paragraph events (1.6), no annotations (1.7). Each feature is switched on only
 * when `isSetSupported` says so, and each has a fallback.
 */
import type { Capabilities } from '../gateway';

export function isWordApiSupported(version: string): boolean {
  try {
    return Office.context.requirements.isSetSupported('WordApi', version);
  } catch {
    // Very old hosts have no `requirements`: treat them as the baseline.
    return false;
  }
}

export function detectCapabilities(): Capabilities {
  return { comments: isWordApiSupported('1.4'), paragraphEvents: isWordApiSupported('1.6'), annotations: isWordApiSupported('1.7') };
}
