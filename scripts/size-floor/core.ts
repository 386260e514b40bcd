// Size floor of carepath/core (scripts/size.mjs): the instrument and level text in both languages with a minimal
// zod/mini, and none of the core's algorithms (flow, scoring, recommendation, cost, schedule, calendar).
import { careLevels } from '../../src/core/levels.js';
import { INSTRUMENT_IDS, getInstrument } from '../../src/core/instruments.js';
import { zodMinimum } from './shared.js';

export const floor: unknown[] = [INSTRUMENT_IDS.map(getInstrument), careLevels, zodMinimum];
