/**
 * Loads the lazily loaded part of the path for family and friends (lazy/family-content.ts): in the module files,
 * the bundler's chunk `carepath-family-content.js`. The classic-script CDN file puts family-load-iife.ts in place of
 * this file and loads that same chunk by URL.
 */
import type * as Content from './lazy/family-content.js';

export type FamilyContent = typeof Content;

export function importFamilyContent(): Promise<FamilyContent> {
  return import('./lazy/family-content.js');
}
