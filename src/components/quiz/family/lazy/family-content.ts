/**
 * The lazily loaded part of the path for family and friends (`carepath-family-content.js` on the CDN): its
 * long-form text and the screens that show it — the checklist, "About what you checked", what helps, how to talk,
 * support, the teen note and the levels to read about. The safety question, the crisis screens, the overdose steps,
 * "Who is this for?" and the path's intro ship in the main file, so help never waits for a download.
 *
 * Nothing here is imported at run time from the main file: the quiz hands these screens Lit's template tag and the
 * shared pieces (../kit.ts), so the chunk is one self-contained file that every main CDN file can load.
 */
export { FAMILY_HELP, FAMILY_LEVELS, FAMILY_NOTES, FAMILY_SEEN_HEADING, FAMILY_SUPPORT, FAMILY_TALK, FAMILY_TEEN, familyCheckGroup, familyFollowUps } from '../../../../core/family-content.js';
export { renderChecklist } from './checklist.js';
export { renderLevels } from './levels.js';
export { renderHelp, renderSeen, renderSupport, renderTalk, renderTeen } from './reading.js';
