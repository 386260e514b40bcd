// Size floor of dist/cdn/carepath.js (scripts/size.mjs): only the content the product requires to
// ship — both languages' UI strings, the instrument and level text — with Lit and a minimal zod/mini. No widget
// logic, template, style or core algorithm is in it, so the real bundle can never be smaller than this.
import { LitElement, css, html } from 'lit';
import { careLevels } from '../../src/core/levels.js';
import { INSTRUMENT_IDS, getInstrument } from '../../src/core/instruments.js';
import * as en from '../../src/translations/en.js';
import * as es from '../../src/translations/es.js';
import { zodMinimum } from './shared.js';

export const floor: unknown[] = [en, es, INSTRUMENT_IDS.map(getInstrument), careLevels, LitElement, css, html, zodMinimum];
