/**
 * The five levels of care as the comparison table shows them. Generic labels only: no ASAM
 * level numbers and no claim of an "ASAM placement" (ASAM's fair-use terms). Where the reference gives no
 * sourced figure, the text says "varies — ask the center": nothing is invented.
 */
import { CarepathInputError } from './errors.js';
import { deepFreeze } from './freeze.js';
import type { LocalizedText } from './text.js';

export const CARE_LEVEL_IDS = ['inpatient', 'residential', 'php', 'iop', 'outpatient'] as const;
export type CareLevelId = (typeof CARE_LEVEL_IDS)[number];

/** One five-step scale for relative cost and autonomy, so a widget can draw it as words plus a meter. */
export const RELATIVE_SCALE = ['lowest', 'low', 'moderate', 'high', 'highest'] as const;
export type Relative = (typeof RELATIVE_SCALE)[number];

/** Weekly program hours: `min` inclusive, `below` exclusive (null: no upper bound). */
export interface HoursRange {
  readonly min: number;
  readonly below: number | null;
}

export interface DailyRate {
  /** Sourced range of the per-day price in dollars. */
  readonly low: number;
  readonly high: number;
  /** Default for the estimator: the midpoint of the sourced range (a product convention). */
  readonly typical: number;
  readonly source: string;
}

export interface CareLevel {
  readonly id: CareLevelId;
  readonly label: LocalizedText;
  /** The abbreviation visitors meet on center sites, where there is one. */
  readonly abbreviation?: LocalizedText;
  readonly setting: LocalizedText;
  readonly livesAtHome: boolean;
  readonly hours: LocalizedText;
  /** null for the 24-hour levels. */
  readonly weeklyHours: { readonly adult: HoursRange; readonly adolescent: HoursRange } | null;
  readonly supervision: LocalizedText;
  readonly length: LocalizedText;
  readonly relativeCost: Relative;
  readonly autonomy: Relative;
  /** "Often a fit when…" */
  readonly fit: LocalizedText;
  /** Per-day price, where a source gives one; absent means "ask the center". */
  readonly dailyRate?: DailyRate;
  /**
   * The sources of what the table shows, in both languages, each naming what it supports: ASAM and TIP 47 back
   * the hours and services only; lengths and prices come from secondary sources and say so.
   */
  readonly sources: readonly LocalizedText[];
}

const VARIES: LocalizedText = { en: 'Varies — ask the center', es: 'Varía — pregunte al centro' };

// Each source names what it supports, so a length or a price is never credited to ASAM or TIP 47.
const ASAM_VIA_AETNA: LocalizedText = {
  en: 'Levels and hours a week: The ASAM Criteria, 3rd ed., as quoted by Aetna; 77 Ill. Adm. Code 2060.410.',
  es: 'Niveles y horas por semana: The ASAM Criteria, 3.ª ed., según la cita de Aetna; 77 Ill. Adm. Code 2060.410.',
};
const SAMHSA_TIP47: LocalizedText = {
  en: 'IOP services: SAMHSA Advisory (2021), from TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment.',
  es: 'Servicios de IOP: SAMHSA Advisory (2021), basado en TIP 47: Substance Abuse: Clinical Issues in Intensive Outpatient Treatment.',
};
const H0015: LocalizedText = {
  en: 'IOP days: billing code H0015, at least 3 hours a day and at least 3 days a week.',
  es: 'Días de IOP: código de facturación H0015, al menos 3 horas al día y al menos 3 días por semana.',
};
const LENGTH_AND_COST: LocalizedText = {
  en: 'How long programs last and what they cost: treatment centers and billing guides (secondary sources).',
  es: 'Cuánto duran los programas y cuánto cuestan: centros de tratamiento y guías de facturación (fuentes secundarias).',
};

export const careLevels: readonly CareLevel[] = deepFreeze([
  {
    id: 'inpatient',
    label: { en: 'Inpatient (hospital)', es: 'Hospitalización' },
    setting: { en: 'Stay at a hospital or medical unit, day and night', es: 'Se queda en un hospital o unidad médica, día y noche' },
    livesAtHome: false,
    hours: { en: 'Care around the clock', es: 'Atención las 24 horas' },
    weeklyHours: null,
    supervision: { en: 'Medical care 24 hours a day, led by doctors', es: 'Atención médica las 24 horas, dirigida por médicos' },
    length: VARIES,
    relativeCost: 'highest',
    autonomy: 'lowest',
    fit: {
      en: 'Stopping alcohol or drugs could be dangerous. Or a health problem needs medical care day and night.',
      es: 'Dejar el alcohol o las drogas podría ser peligroso. O un problema de salud necesita atención médica día y noche.',
    },
    sources: [ASAM_VIA_AETNA],
  },
  {
    id: 'residential',
    label: { en: 'Residential', es: 'Residencial' },
    setting: { en: 'Live at the treatment center, day and night', es: 'Vive en el centro de tratamiento, día y noche' },
    livesAtHome: false,
    hours: { en: 'Structure around the clock', es: 'Atención estructurada las 24 horas' },
    weeklyHours: null,
    supervision: { en: 'Clinical staff 24 hours a day', es: 'Personal clínico las 24 horas' },
    length: VARIES,
    relativeCost: 'high',
    autonomy: 'low',
    fit: {
      en: 'Home is not safe or does not support recovery, and a structured place to live would help.',
      es: 'El hogar no es seguro o no apoya la recuperación, y un lugar estructurado para vivir ayudaría.',
    },
    sources: [ASAM_VIA_AETNA],
  },
  {
    id: 'php',
    label: { en: 'Partial hospitalization', es: 'Hospitalización parcial' },
    abbreviation: { en: 'PHP' },
    setting: { en: 'Live at home, go to the program most days', es: 'Vive en casa y va al programa casi todos los días' },
    livesAtHome: true,
    hours: {
      en: '20 or more hours a week (often 5–6 hours a day, 4–5 days a week)',
      es: '20 horas o más por semana (a menudo 5–6 horas al día, 4–5 días por semana)',
    },
    weeklyHours: { adult: { min: 20, below: null }, adolescent: { min: 20, below: null } },
    supervision: { en: 'Care from clinical staff every program day', es: 'Atención del personal clínico cada día del programa' },
    length: { en: 'Often 2–4 weeks', es: 'A menudo 2–4 semanas' },
    relativeCost: 'high',
    autonomy: 'moderate',
    fit: {
      en: 'Symptoms are serious and daily life is hard. But your health is stable and you can sleep at home.',
      es: 'Los síntomas son serios y la vida diaria es difícil. Pero su salud es estable y puede dormir en casa.',
    },
    dailyRate: { low: 450, high: 1200, typical: 825, source: 'PHP per diem $450–$1,200 a day (secondary source).' },
    sources: [ASAM_VIA_AETNA, LENGTH_AND_COST],
  },
  {
    id: 'iop',
    label: { en: 'Intensive outpatient', es: 'Tratamiento ambulatorio intensivo' },
    abbreviation: { en: 'IOP' },
    setting: { en: 'Live at home, go to the program a few days a week', es: 'Vive en casa y va al programa unos días por semana' },
    livesAtHome: true,
    hours: {
      en: '9–19 hours a week for adults, 6–19 for teens (often 3 hours a day, 3–5 days a week)',
      es: '9–19 horas por semana para adultos, 6–19 para adolescentes (a menudo 3 horas al día, 3–5 días por semana)',
    },
    weeklyHours: { adult: { min: 9, below: 20 }, adolescent: { min: 6, below: 20 } },
    supervision: { en: 'Group sessions, plus one-on-one sessions about once a week', es: 'Sesiones en grupo, y sesiones individuales más o menos una vez por semana' },
    length: {
      en: 'Often 8 to 12 weeks; some programs are shorter or longer',
      es: 'A menudo de 8 a 12 semanas; algunos programas son más cortos o más largos',
    },
    relativeCost: 'moderate',
    autonomy: 'high',
    fit: {
      // Both conditions are needed (safe enough at home AND a low withdrawal risk); the reasons to step up or
      // down are the alternatives (TIP 47: comparable outcomes "for clients with minimal risk of acute
      // intoxication/withdrawal").
      en: 'You need more than weekly therapy. Or you just left a hospital or a residential program. In both cases, home must be safe enough. And stopping alcohol or drugs must be safe without medical care.',
      es: 'Necesita más que terapia semanal. O acaba de salir de un hospital o de un programa residencial. En los dos casos, su hogar debe ser lo bastante seguro. Y dejar el alcohol o las drogas debe ser seguro sin atención médica.',
    },
    dailyRate: { low: 250, high: 350, typical: 300, source: 'IOP per diem $250–$350 a day (American Addiction Centers, a secondary source).' },
    sources: [ASAM_VIA_AETNA, SAMHSA_TIP47, H0015, LENGTH_AND_COST],
  },
  {
    id: 'outpatient',
    label: { en: 'Outpatient', es: 'Tratamiento ambulatorio' },
    setting: { en: 'Live at home, visit for sessions', es: 'Vive en casa y va a sus sesiones' },
    livesAtHome: true,
    hours: {
      en: 'Under 9 hours a week for adults, under 6 for teens (often 1–8)',
      es: 'Menos de 9 horas por semana para adultos, menos de 6 para adolescentes (a menudo 1–8)',
    },
    weeklyHours: { adult: { min: 0, below: 9 }, adolescent: { min: 0, below: 6 } },
    supervision: { en: 'Sessions about once a week', es: 'Sesiones más o menos una vez por semana' },
    length: VARIES,
    relativeCost: 'lowest',
    autonomy: 'highest',
    fit: {
      en: 'Symptoms are milder and you are keeping up with work, school or family.',
      es: 'Los síntomas son más leves y puede cumplir con el trabajo, la escuela o la familia.',
    },
    sources: [ASAM_VIA_AETNA],
  },
] satisfies CareLevel[]);

/** The catalog entry for a level. */
export function getCareLevel(id: CareLevelId): CareLevel {
  const level = careLevels.find((candidate) => candidate.id === id);
  if (!level) {
    throw new CarepathInputError([{ field: 'id', value: id, message: `must be one of ${CARE_LEVEL_IDS.map((l) => `"${l}"`).join(', ')}` }], 'getCareLevel');
  }
  return level;
}
