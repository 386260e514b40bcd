// Size floor of <carepath-quiz> alone (scripts/size.mjs): its UI strings and the shared ones in both languages,
// the instrument text, Lit and a minimal zod/mini — no template, style, flow or scoring.
import { LitElement, css, html } from 'lit';
import { INSTRUMENT_IDS, getInstrument } from '../../src/core/instruments.js';
import { enCommon, enQuiz } from '../../src/translations/en.js';
import { esCommon, esQuiz } from '../../src/translations/es.js';
import { zodMinimum } from './shared.js';

export const floor: unknown[] = [enCommon, enQuiz, esCommon, esQuiz, INSTRUMENT_IDS.map(getInstrument), LitElement, css, html, zodMinimum];
