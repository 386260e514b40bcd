/**
 * The seven built-in screening instruments, as data. Wording, order and points are verbatim from
 * the sources cited on each definition; never edit them. Spanish text exists only where a source
 * gives it, and is marked for checking against the official PDFs before release (release gate 2).
 *
 * Licensing: AUDIT and AUDIT-C are WHO public domain; CAGE-AID is not copyrighted (Brown &
 * Rounds 1995); PHQ and GAD forms are © Pfizer with "no permission required to reproduce, translate,
 * display or distribute", shown with their attribution line. DAST-10 is non-commercial only: not built in.
 */
import { CarepathInputError } from './errors.js';
import { deepFreeze } from './freeze.js';
import type { InstrumentDefinition, InstrumentItem, InstrumentOption } from './instrument-definition.js';
import type { LocalizedText } from './text.js';

export const INSTRUMENT_IDS = ['audit-c', 'audit', 'cage-aid', 'phq-9', 'phq-2', 'gad-7', 'gad-2'] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** Options whose index equals their points, from label pairs. */
function scale(labels: readonly LocalizedText[], points: readonly number[] = labels.map((_, i) => i)): InstrumentOption[] {
  return labels.map((label, i) => ({ label, points: points[i] ?? i }));
}

// ---------------------------------------------------------------------------------------------------------
// PHQ and GAD forms (Kroenke, Spitzer, Williams 2001; Spitzer et al. 2006; Kroenke et al. 2003, 2007).
// Spanish: "Spanish for the USA" (Pfizer/phqscreeners.com) as reproduced word for word by several sources —
// verify against the official PDF before release.

const PHQ_GAD_OPTIONS = scale([
  { en: 'Not at all', es: 'Ningún día' },
  { en: 'Several days', es: 'Varios días' },
  { en: 'More than half the days', es: 'Más de la mitad de los días' },
  { en: 'Nearly every day', es: 'Casi todos los días' },
]);

const PFIZER_ATTRIBUTION: LocalizedText = {
  en: 'Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc.',
  es: 'Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, presentar o distribuir.',
};

const SPANISH_STEM = 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?';

const PHQ_STEM: LocalizedText = {
  en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  es: SPANISH_STEM,
};

const GAD_STEM: LocalizedText = {
  en: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  es: SPANISH_STEM,
};

const PHQ9_ITEMS: InstrumentItem[] = [
  { en: 'Little interest or pleasure in doing things', es: 'Poco interés o placer en hacer cosas' },
  { en: 'Feeling down, depressed, or hopeless', es: 'Se ha sentido decaído(a), deprimido(a) o sin esperanzas' },
  {
    en: 'Trouble falling or staying asleep, or sleeping too much',
    es: 'Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado',
  },
  { en: 'Feeling tired or having little energy', es: 'Se ha sentido cansado(a) o con poca energía' },
  { en: 'Poor appetite or overeating', es: 'Sin apetito o ha comido en exceso' },
  {
    en: 'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    es: 'Se ha sentido mal con usted mismo(a) – o que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
  },
  {
    en: 'Trouble concentrating on things, such as reading the newspaper or watching television',
    es: 'Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la televisión',
  },
  {
    en: 'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    es: '¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario – muy inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal',
  },
  {
    en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
    es: 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera',
  },
].map((text) => ({ text, options: PHQ_GAD_OPTIONS }));

const GAD7_ITEMS: InstrumentItem[] = [
  { en: 'Feeling nervous, anxious, or on edge', es: 'Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta' },
  { en: 'Not being able to stop or control worrying', es: 'No ha sido capaz de parar o controlar su preocupación' },
  { en: 'Worrying too much about different things', es: 'Se ha preocupado demasiado por motivos diferentes' },
  { en: 'Trouble relaxing', es: 'Ha tenido dificultad para relajarse' },
  { en: 'Being so restless that it is hard to sit still', es: 'Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)' },
  { en: 'Becoming easily annoyed or irritable', es: 'Se ha molestado o irritado fácilmente' },
  { en: 'Feeling afraid, as if something awful might happen', es: 'Ha tenido miedo de que algo terrible fuera a pasar' },
].map((text) => ({ text, options: PHQ_GAD_OPTIONS }));

/** The item that raises `self-harm` at any nonzero answer, whatever the total (PHQ-9, Kroenke et al. 2001). */
export const PHQ9_SELF_HARM_ITEM = 8;

const PHQ9: InstrumentDefinition = {
  id: 'phq-9',
  name: { en: 'PHQ-9' },
  title: { en: 'Patient Health Questionnaire-9 (depression)', es: 'Cuestionario sobre la salud del paciente-9 (depresión)' },
  stem: PHQ_STEM,
  topic: 'depression',
  source: 'Kroenke K, Spitzer RL, Williams JBW. J Gen Intern Med 2001;16:606-613.',
  attribution: PFIZER_ATTRIBUTION,
  items: PHQ9_ITEMS,
  cutoff: { default: 10 },
  bands: [
    { id: 'minimal', min: 0, severity: 0 },
    { id: 'mild', min: 5, severity: 1 },
    { id: 'moderate', min: 10, severity: 2 },
    { id: 'moderately-severe', min: 15, severity: 3 },
    { id: 'severe', min: 20, severity: 3 },
  ],
  flags: [{ id: 'self-harm', anyOf: [{ item: PHQ9_SELF_HARM_ITEM, minPoints: 1 }] }],
};

const PHQ2: InstrumentDefinition = {
  id: 'phq-2',
  name: { en: 'PHQ-2' },
  title: { en: 'Patient Health Questionnaire-2 (depression)', es: 'Cuestionario sobre la salud del paciente-2 (depresión)' },
  stem: PHQ_STEM,
  topic: 'depression',
  source: 'Kroenke K, Spitzer RL, Williams JBW. Med Care 2003;41:1284-1292.',
  attribution: PFIZER_ATTRIBUTION,
  items: PHQ9_ITEMS.slice(0, 2),
  cutoff: { default: 3 },
  // The standard two-stage screen: a positive PHQ-2 continues with PHQ-9 items 3–9, scored as a PHQ-9.
  expandsTo: { to: 'phq-9', items: [0, 1] },
};

const GAD7: InstrumentDefinition = {
  id: 'gad-7',
  name: { en: 'GAD-7' },
  title: { en: 'Generalized Anxiety Disorder-7 (anxiety)', es: 'Trastorno de ansiedad generalizada-7 (ansiedad)' },
  stem: GAD_STEM,
  topic: 'anxiety',
  source: 'Spitzer RL, Kroenke K, Williams JBW, Löwe B. Arch Intern Med 2006;166:1092-1097.',
  attribution: PFIZER_ATTRIBUTION,
  items: GAD7_ITEMS,
  cutoff: { default: 10 },
  bands: [
    { id: 'minimal', min: 0, severity: 0 },
    { id: 'mild', min: 5, severity: 1 },
    { id: 'moderate', min: 10, severity: 2 },
    { id: 'severe', min: 15, severity: 3 },
  ],
};

const GAD2: InstrumentDefinition = {
  id: 'gad-2',
  name: { en: 'GAD-2' },
  title: { en: 'Generalized Anxiety Disorder-2 (anxiety)', es: 'Trastorno de ansiedad generalizada-2 (ansiedad)' },
  stem: GAD_STEM,
  topic: 'anxiety',
  source: 'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Ann Intern Med 2007;146:317-325.',
  attribution: PFIZER_ATTRIBUTION,
  items: GAD7_ITEMS.slice(0, 2),
  cutoff: { default: 3 },
  expandsTo: { to: 'gad-7', items: [0, 1] },
};

// ---------------------------------------------------------------------------------------------------------
// AUDIT (Babor et al., WHO 2001, WHO/MSD/MSB/01.6a) and AUDIT-C (Bush et al. 1998; Bradley et al. 2007).
// Spanish: WHO Spanish manual (2001), majority reading of its reproductions — verify against the official
// PDF before release; it is Spain's Spanish, to be reviewed by a US Spanish-speaking clinician (gate 2).

const HOW_OFTEN_OPTIONS = scale([
  { en: 'Never', es: 'Nunca' },
  { en: 'Less than monthly', es: 'Menos de una vez al mes' },
  { en: 'Monthly', es: 'Mensualmente' },
  { en: 'Weekly', es: 'Semanalmente' },
  { en: 'Daily or almost daily', es: 'A diario o casi a diario' },
]);

// Items 9–10 have three options worth 0, 2 and 4 points: there is no 1 or 3.
const INJURY_OPTIONS = scale(
  [
    { en: 'No', es: 'No' },
    { en: 'Yes, but not in the last year', es: 'Sí, pero no en el curso del último año' },
    { en: 'Yes, during the last year', es: 'Sí, el último año' },
  ],
  [0, 2, 4],
);

const AUDIT_ITEMS: InstrumentItem[] = [
  {
    text: { en: 'How often do you have a drink containing alcohol?', es: '¿Con qué frecuencia consume alguna bebida alcohólica?' },
    options: scale([
      { en: 'Never', es: 'Nunca' },
      { en: 'Monthly or less', es: 'Una o menos veces al mes' },
      { en: '2–4 times a month', es: 'De 2 a 4 veces al mes' },
      { en: '2–3 times a week', es: 'De 2 a 3 veces a la semana' },
      { en: '4 or more times a week', es: '4 o más veces a la semana' },
    ]),
  },
  {
    text: {
      en: 'How many drinks containing alcohol do you have on a typical day when you are drinking?',
      es: '¿Cuántas consumiciones de bebidas alcohólicas suele realizar en un día de consumo normal?',
    },
    options: scale([
      { en: '1 or 2', es: '1 o 2' },
      { en: '3 or 4', es: '3 o 4' },
      { en: '5 or 6', es: '5 o 6' },
      { en: '7 to 9', es: '7, 8, o 9' },
      { en: '10 or more', es: '10 o más' },
    ]),
  },
  {
    text: {
      en: 'How often do you have six or more drinks on one occasion?',
      es: '¿Con qué frecuencia toma 6 o más bebidas alcohólicas en un solo día?',
    },
    options: HOW_OFTEN_OPTIONS,
  },
  ...[
    {
      en: 'How often during the last year have you found that you were not able to stop drinking once you had started?',
      es: '¿Con qué frecuencia en el curso del último año ha sido incapaz de parar de beber una vez había empezado?',
    },
    {
      en: 'How often during the last year have you failed to do what was normally expected from you because of drinking?',
      es: '¿Con qué frecuencia en el curso del último año no pudo hacer lo que se esperaba de usted porque había bebido?',
    },
    {
      en: 'How often during the last year have you needed a first drink in the morning to get yourself going after a heavy drinking session?',
      es: '¿Con qué frecuencia en el curso del último año ha necesitado beber en ayunas para recuperarse después de haber bebido mucho el día anterior?',
    },
    {
      en: 'How often during the last year have you had a feeling of guilt or remorse after drinking?',
      es: '¿Con qué frecuencia en el curso del último año ha tenido remordimientos o sentimientos de culpa después de haber bebido?',
    },
    {
      en: 'How often during the last year have you been unable to remember what happened the night before because you had been drinking?',
      es: '¿Con qué frecuencia en el curso del último año no ha podido recordar lo que sucedió la noche anterior porque había estado bebiendo?',
    },
  ].map((text) => ({ text, options: HOW_OFTEN_OPTIONS })),
  {
    text: {
      en: 'Have you or someone else been injured as a result of your drinking?',
      es: '¿Usted o alguna otra persona ha resultado herido porque usted había bebido?',
    },
    options: INJURY_OPTIONS,
  },
  {
    text: {
      en: 'Has a relative or friend or a doctor or another health worker been concerned about your drinking or suggested you cut down?',
      es: '¿Algún familiar, amigo, médico o profesional sanitario ha mostrado preocupación por su consumo de bebidas alcohólicas o le han sugerido que deje de beber?',
    },
    options: INJURY_OPTIONS,
  },
];

const AUDIT: InstrumentDefinition = {
  id: 'audit',
  name: { en: 'AUDIT' },
  title: { en: 'Alcohol Use Disorders Identification Test', es: 'Cuestionario de Identificación de los Trastornos debidos al Consumo de Alcohol' },
  topic: 'alcohol',
  source: 'Babor TF, Higgins-Biddle JC, Saunders JB, Monteiro MG. The AUDIT, 2nd ed. WHO 2001 (WHO/MSD/MSB/01.6a).',
  items: AUDIT_ITEMS,
  cutoff: { default: 8 },
  bands: [
    { id: 'zone-1', min: 0, severity: 0 },
    { id: 'zone-2', min: 8, severity: 1 },
    { id: 'zone-3', min: 16, severity: 2 },
    { id: 'zone-4', min: 20, severity: 3 },
  ],
  // WHO: the next level of intervention when Q4, Q5 or Q6 ≥ 2, or Q9 or Q10 = 4. Informational only.
  flags: [
    {
      id: 'next-level',
      anyOf: [
        { item: 3, minPoints: 2 },
        { item: 4, minPoints: 2 },
        { item: 5, minPoints: 2 },
        { item: 8, minPoints: 4 },
        { item: 9, minPoints: 4 },
      ],
    },
  ],
  // Item 1 = Never, or items 2 + 3 = 0: go to items 9–10 (never end at item 1: they ask about lifetime harm).
  skips: [
    { when: { items: [0], maxPoints: 0 }, skip: [1, 2, 3, 4, 5, 6, 7] },
    { when: { items: [1, 2], maxPoints: 0 }, skip: [3, 4, 5, 6, 7] },
  ],
};

const AUDIT_C: InstrumentDefinition = {
  id: 'audit-c',
  name: { en: 'AUDIT-C' },
  title: { en: 'AUDIT-Consumption (alcohol use)', es: 'AUDIT-C (consumo de alcohol)' },
  topic: 'alcohol',
  source: 'Bush K et al. Arch Intern Med 1998;158:1789-1795; Bradley KA et al. Alcohol Clin Exp Res 2007;31:1208-1217.',
  // On its own the AUDIT-C asks all three items: no skips.
  items: AUDIT_ITEMS.slice(0, 3),
  // ≥ 4 for men, ≥ 3 for women; product convention: ≥ 3 when sex is not given, so nobody screens negative
  // because a field was left blank.
  cutoff: { default: 3, male: 4, female: 3 },
};

// ---------------------------------------------------------------------------------------------------------
// CAGE-AID (Brown RL, Rounds LA. Wis Med J 1995;94:135-140). No published Spanish version exists.

const YES_NO = scale([{ en: 'No' }, { en: 'Yes' }]);

const CAGE_AID: InstrumentDefinition = {
  id: 'cage-aid',
  name: { en: 'CAGE-AID' },
  title: { en: 'CAGE Adapted to Include Drugs', es: 'CAGE adaptado para incluir drogas' },
  topic: 'substance',
  source: 'Brown RL, Rounds LA. Wis Med J 1995;94(3):135-140.',
  attribution: { en: 'CAGE-AID: Brown RL, Rounds LA, 1995. Not copyrighted.', es: 'CAGE-AID: Brown RL, Rounds LA, 1995. Sin derechos de autor.' },
  items: [
    { en: 'Have you ever felt you ought to cut down on your drinking or drug use?' },
    { en: 'Have people annoyed you by criticizing your drinking or drug use?' },
    { en: 'Have you felt bad or guilty about your drinking or drug use?' },
    { en: 'Have you ever had a drink or used drugs first thing in the morning to steady your nerves or to get rid of a hangover (eye-opener)?' },
  ].map((text) => ({ text, options: YES_NO })),
  // Sources disagree (≥ 1 vs ≥ 2); default ≥ 1, "worth discussing with a professional"; partners may set 2.
  cutoff: { default: 1, configurable: true },
};

const BUILT_IN: Readonly<Record<InstrumentId, InstrumentDefinition>> = deepFreeze({
  'audit-c': AUDIT_C,
  audit: AUDIT,
  'cage-aid': CAGE_AID,
  'phq-9': PHQ9,
  'phq-2': PHQ2,
  'gad-7': GAD7,
  'gad-2': GAD2,
});

export function isInstrumentId(id: unknown): id is InstrumentId {
  return typeof id === 'string' && (INSTRUMENT_IDS as readonly string[]).includes(id);
}

/** Whether `def` is one of the built-in definition objects themselves (already validated). */
export function isBuiltInDefinition(def: unknown): def is InstrumentDefinition {
  return Object.values(BUILT_IN).includes(def as InstrumentDefinition);
}

/** A built-in instrument's definition; throws `CarepathInputError` for an unknown id. */
export function getInstrument(id: InstrumentId): InstrumentDefinition {
  if (!isInstrumentId(id)) {
    throw new CarepathInputError([{ field: 'id', value: id, message: `must be one of ${INSTRUMENT_IDS.map((i) => `"${i}"`).join(', ')}` }], 'getInstrument');
  }
  return BUILT_IN[id];
}
