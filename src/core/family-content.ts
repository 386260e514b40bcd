/**
 * The long-form text of the path for family and friends: the unscored checklist of what they have seen, what to
 * know about what was checked, what tends to help (CRAFT) and what backfires, how to start the talk, support for
 * the family member, the teen note and the levels of care to read about. A widget may load this module lazily
 * once the visitor has chosen the path; the safety question and the crisis and overdose screens live in
 * `family.ts`, which ships in the main bundle.
 *
 * Nothing here is scored: checked items only choose which plain notes to show.
 * Links are marked `<name>words</name>`; their targets are `FAMILY_LINKS` in `family.ts`.
 */
import type { FamilyCheckGroupId, FamilyText } from './family.js';

// This module imports nothing at run time (types only), so a bundler that splits it off for lazy loading makes
// one self-contained chunk, and the main file that loads it never needs a shared chunk of its own.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export interface FamilyCheckItem {
  /** `<group>.<item>`. */
  readonly id: string;
  readonly label: FamilyText;
}

export interface FamilyCheckGroup {
  readonly id: FamilyCheckGroupId;
  /** The screen's question (the legend). */
  readonly question: FamilyText;
  readonly hint: FamilyText;
  readonly items: readonly FamilyCheckItem[];
}

const CHECK_HINT = { en: 'Check any that you have seen. This is not scored.', es: 'Marque lo que haya visto. Esto no da un puntaje.' };

/**
 * What they have seen, in the spirit of NIDA's former "Does the person…" family checklist, with signs from:
 * NIAAA "Understanding Alcohol Use Disorder" (drinking more or longer than meant, could not cut down, a lot of
 * time spent, cravings, kept on despite trouble with family or friends); NIDA and SAMHSA family guides (hiding
 * use, money problems); NIMH "Depression" and "Anxiety Disorders" (sad or hopeless, lost interest, sleep change,
 * worry); 988 Lifeline warning signs (withdrawing, mood swings, talking about wanting to die or being a burden);
 * NIAAA and MedlinePlus "Alcohol withdrawal" (shaky, sweaty, sick, anxious, poor sleep, morning drinking; seizures,
 * hallucinations and confusion are severe); CDC "Preventing Opioid Overdose" (will not wake, slow or stopped
 * breathing, snoring or gurgling, blue or grey lips or nails); NHTSA (impaired driving); NIAAA "Harmful
 * Interactions" and CDC (mixing alcohol with drugs); SAMHSA Overdose Prevention Toolkit (using alone); Strang, BMJ
 * 2003 and Binswanger, NEJM 2007 (overdose after release, lost tolerance); Harvard "Means Matter" (guns at home);
 * National Domestic Violence Hotline (an unsafe home).
 */
export const FAMILY_CHECKLIST: readonly FamilyCheckGroup[] = /* @__PURE__ */ deepFreeze([
  {
    id: 'use',
    question: { en: 'What have you seen about their drinking or drug use?', es: '¿Qué ha visto sobre su forma de beber o de usar drogas?' },
    hint: CHECK_HINT,
    items: [
      { id: 'use.more', label: { en: 'They drink or use more, or for longer, than they meant to.', es: 'Bebe o usa más, o por más tiempo, de lo que quería.' } },
      { id: 'use.cut-down', label: { en: 'They tried to cut down or stop, but could not.', es: 'Trató de reducir o dejar, pero no pudo.' } },
      { id: 'use.time', label: { en: 'They spend a lot of time drinking or using, or getting over it.', es: 'Pasa mucho tiempo bebiendo o usando, o recuperándose.' } },
      { id: 'use.craving', label: { en: 'They have strong urges to drink or use.', es: 'Tiene fuertes ganas de beber o usar.' } },
      { id: 'use.trouble', label: { en: 'They keep going even when it causes trouble with family or friends.', es: 'Sigue haciéndolo aunque le cause problemas con la familia o los amigos.' } },
      { id: 'use.hiding', label: { en: 'They hide it or lie about it.', es: 'Lo esconde o miente sobre eso.' } },
      { id: 'use.money', label: { en: 'They need money for no clear reason, or money goes missing.', es: 'Necesita dinero sin una razón clara, o falta dinero.' } },
    ],
  },
  {
    id: 'mood',
    question: { en: 'What have you seen about their mood?', es: '¿Qué ha visto sobre su estado de ánimo?' },
    hint: CHECK_HINT,
    items: [
      { id: 'mood.sad', label: { en: 'They seem sad, empty or hopeless most days.', es: 'Parece triste, vacío(a) o sin esperanza casi todos los días.' } },
      { id: 'mood.interest', label: { en: 'They lost interest in things they used to enjoy.', es: 'Perdió el interés en cosas que antes disfrutaba.' } },
      { id: 'mood.sleep', label: { en: 'They sleep much more or much less than before.', es: 'Duerme mucho más o mucho menos que antes.' } },
      { id: 'mood.worry', label: { en: 'They seem very worried, tense or on edge.', es: 'Parece muy preocupado(a), tenso(a) o nervioso(a).' } },
      { id: 'mood.withdrawn', label: { en: 'They pull away from family and friends.', es: 'Se aleja de la familia y los amigos.' } },
      { id: 'mood.swings', label: { en: 'They have big mood swings or fits of anger.', es: 'Tiene cambios fuertes de humor o ataques de ira.' } },
      {
        id: 'mood.suicide',
        label: {
          en: 'They talk about wanting to die, being a burden, or having no reason to live.',
          es: 'Habla de querer morir, de ser una carga o de no tener razón para vivir.',
        },
      },
    ],
  },
  {
    id: 'withdrawal',
    question: { en: 'What have you seen when they stop or cut down?', es: '¿Qué ha visto cuando deja de beber o usar, o lo reduce?' },
    hint: { en: 'These can be signs of withdrawal. Check any that you have seen.', es: 'Pueden ser señales de abstinencia. Marque lo que haya visto.' },
    items: [
      { id: 'withdrawal.sick', label: { en: 'They get shaky, sweaty, sick to their stomach or anxious.', es: 'Tiembla, suda, tiene náuseas o se pone ansioso(a).' } },
      { id: 'withdrawal.sleep', label: { en: 'They cannot sleep, or they feel restless.', es: 'No puede dormir o está inquieto(a).' } },
      { id: 'withdrawal.morning', label: { en: 'They drink or use in the morning to feel better.', es: 'Bebe o usa por la mañana para sentirse mejor.' } },
      {
        id: 'withdrawal.severe',
        label: {
          en: 'They had a seizure, saw or heard things that were not there, or got very confused.',
          es: 'Tuvo una convulsión, vio u oyó cosas que no estaban ahí, o se confundió mucho.',
        },
      },
    ],
  },
  {
    id: 'overdose',
    question: { en: 'Have you ever seen any of these signs of an overdose?', es: '¿Alguna vez ha visto alguna de estas señales de sobredosis?' },
    hint: { en: 'Check any you have seen, even once.', es: 'Marque las que haya visto, aunque sea una vez.' },
    items: [
      { id: 'overdose.wake', label: { en: 'They would not wake up, or were very hard to wake.', es: 'No se despertaba, o era muy difícil despertarla.' } },
      { id: 'overdose.breathing', label: { en: 'Their breathing was very slow, or it stopped.', es: 'Respiraba muy despacio, o dejó de respirar.' } },
      { id: 'overdose.sounds', label: { en: 'They made snoring or rattling sounds and could not be woken.', es: 'Hacía ruidos como ronquidos o gorgoteos y no se despertaba.' } },
      { id: 'overdose.color', label: { en: 'Their lips or nails turned blue or grey.', es: 'Sus labios o uñas se pusieron azules o grises.' } },
    ],
  },
  {
    id: 'risk',
    question: { en: 'Have you seen any of these risks?', es: '¿Ha visto alguno de estos riesgos?' },
    hint: CHECK_HINT,
    items: [
      { id: 'risk.driving', label: { en: 'They drive after drinking or using.', es: 'Maneja después de beber o usar.' } },
      { id: 'risk.mixing', label: { en: 'They mix alcohol with pills or other drugs.', es: 'Mezcla el alcohol con pastillas u otras drogas.' } },
      { id: 'risk.alone', label: { en: 'They drink or use alone.', es: 'Bebe o usa a solas.' } },
      {
        id: 'risk.time-away',
        label: { en: 'They just came back from rehab, a hospital stay or jail.', es: 'Acaba de volver de un centro de rehabilitación, del hospital o de la cárcel.' },
      },
      { id: 'risk.guns', label: { en: 'There are guns in their home.', es: 'Hay armas de fuego en su casa.' } },
      { id: 'risk.violence', label: { en: 'There is violence at home, or someone there is not safe.', es: 'Hay violencia en casa, o alguien ahí no está a salvo.' } },
    ],
  },
]);

/** The notes "What you checked" may show, in this order. */
export const FAMILY_FOLLOW_UPS = ['suicide', 'withdrawal-severe', 'withdrawal', 'overdose', 'time-away', 'naloxone', 'driving', 'guns', 'violence', 'general'] as const;
export type FamilyFollowUpId = (typeof FAMILY_FOLLOW_UPS)[number];

export interface FamilyNote {
  readonly heading: FamilyText;
  readonly text: readonly FamilyText[];
}

/**
 * Which notes apply to what was checked, in a fixed order. This is not a score: a checked item only picks the
 * plain facts that go with it. `general` is always there once anything is checked.
 */
export function familyFollowUps(checked: Iterable<string>): FamilyFollowUpId[] {
  const seen = new Set(checked);
  if (seen.size === 0) return [];
  const has = (id: string) => seen.has(id);
  const any = (group: string) => [...seen].some((id) => id.startsWith(`${group}.`));
  const notes = new Set<FamilyFollowUpId>();
  if (has('mood.suicide')) notes.add('suicide');
  if (has('withdrawal.severe')) notes.add('withdrawal-severe');
  if (any('withdrawal')) notes.add('withdrawal');
  if (any('overdose')) notes.add('overdose');
  if (has('risk.time-away')) notes.add('time-away');
  if (any('overdose') || has('risk.time-away') || has('risk.mixing') || has('risk.alone')) notes.add('naloxone');
  if (has('risk.driving')) notes.add('driving');
  if (has('risk.guns')) notes.add('guns');
  if (has('risk.violence')) notes.add('violence');
  notes.add('general');
  return FAMILY_FOLLOW_UPS.filter((id) => notes.has(id));
}

/** The notes themselves. */
export const FAMILY_NOTES: Readonly<Record<FamilyFollowUpId, FamilyNote>> = /* @__PURE__ */ deepFreeze({
  // 988 Lifeline warning signs; #BeThe1To (bethe1to.com).
  suicide: {
    heading: { en: 'Talk of wanting to die', es: 'Si habla de querer morir' },
    text: [
      { en: 'Take it seriously, even if they say it as a joke.', es: 'Tómelo en serio, aunque lo diga en broma.' },
      {
        en: 'You can <tel988>call</tel988> or <sms988>text</sms988> 988 to talk about how to help them. If they might act on it now, <tel911>call 911</tel911>.',
        es: 'Puede <tel988>llamar al 988 y marcar 2</tel988>, o <sms988>enviar AYUDA al 988</sms988>, para hablar de cómo ayudarle. Si podría hacerse daño ahora, <tel911>llame al 911</tel911>.',
      },
    ],
  },
  // MedlinePlus "Alcohol withdrawal" (delirium tremens is a medical emergency).
  'withdrawal-severe': {
    heading: { en: 'Seizures or seeing things', es: 'Convulsiones o ver cosas' },
    text: [
      {
        en: 'A seizure is an emergency. So is seeing or hearing things that are not there, or deep confusion. If it happens when they stop drinking, <tel911>call 911</tel911>.',
        es: 'Una convulsión es una emergencia. También lo es ver u oír cosas que no están ahí, o una confusión fuerte. Si pasa al dejar de beber, <tel911>llame al 911</tel911>.',
      },
    ],
  },
  // NIAAA and SAMHSA: stopping alcohol, benzodiazepines or other sedatives suddenly after heavy daily use can be
  // dangerous; talk to a medical provider first.
  withdrawal: {
    heading: { en: 'Stopping can be risky', es: 'Dejarlo de golpe puede ser peligroso' },
    text: [
      {
        en: 'After heavy daily use, stopping alcohol all at once can be risky. The same goes for some pills for sleep or worry. A doctor can help them stop safely.',
        es: 'Después de un uso fuerte y diario, dejar el alcohol de golpe puede ser peligroso. Lo mismo pasa con algunas pastillas para dormir o para los nervios. Un médico puede ayudarle a dejarlo sin riesgo.',
      },
    ],
  },
  // CDC "Preventing Opioid Overdose"; FDA, March 29, 2023.
  overdose: {
    heading: { en: 'Overdose', es: 'Sobredosis' },
    text: [
      {
        en: 'If it happens again: <tel911>call 911</tel911>, give naloxone (Narcan), and stay with them.',
        es: 'Si vuelve a pasar: <tel911>llame al 911</tel911>, dele naloxona (Narcan) y quédese con esa persona.',
      },
    ],
  },
  // Strang et al., BMJ 2003; Binswanger et al., NEJM 2007: lost tolerance after time away.
  'time-away': {
    heading: { en: 'After time away', es: 'Después de un tiempo sin usar' },
    text: [
      {
        en: "After time away from drugs, the body can't handle the old amount. This is true after rehab, a hospital stay or jail. The old amount can kill.",
        es: 'Después de un tiempo sin drogas, el cuerpo no aguanta la cantidad de antes. Pasa después de rehabilitación, del hospital o de la cárcel. La cantidad de antes puede matar.',
      },
    ],
  },
  // FDA, March 29, 2023: naloxone nasal spray over the counter.
  naloxone: {
    heading: { en: 'Keep naloxone close', es: 'Tenga naloxona a mano' },
    text: [
      {
        en: 'Naloxone (Narcan) can save someone who took too much heroin, fentanyl or pain pills. You can buy it at drug stores without a prescription.',
        es: 'La naloxona (Narcan) puede salvar a alguien que tomó demasiada heroína, fentanilo o pastillas para el dolor. Puede comprarla en las farmacias sin receta médica.',
      },
    ],
  },
  // NHTSA, "Drunk Driving" and "Drug-Impaired Driving".
  driving: {
    heading: { en: 'Driving', es: 'Manejar' },
    text: [
      {
        en: 'Driving after drinking or using can kill them or others. Offer a ride, or take the keys if it is safe to.',
        es: 'Manejar después de beber o usar puede matar a esa persona o a otros. Ofrézcase a llevarla, o quítele las llaves si es seguro hacerlo.',
      },
    ],
  },
  // Harvard T.H. Chan School of Public Health, "Means Matter"; Anglemyer et al., Ann Intern Med 2014.
  guns: {
    heading: { en: 'Guns at home', es: 'Armas en casa' },
    text: [
      {
        en: 'A gun at home makes a suicide attempt more likely to end in death. Lock guns up, or store them away from home for a while.',
        es: 'Un arma en casa hace más probable que un intento de suicidio termine en muerte. Guarde las armas bajo llave, o fuera de casa por un tiempo.',
      },
    ],
  },
  // National Domestic Violence Hotline (thehotline.org): call 1-800-799-7233, or text START to 88788.
  violence: {
    heading: { en: 'Violence at home', es: 'Violencia en casa' },
    text: [
      {
        en: 'The National Domestic Violence Hotline can help: <dvTel>call 1-800-799-7233</dvTel>, or <dvSms>text START to 88788</dvSms>. If anyone is in danger now, <tel911>call 911</tel911>.',
        es: 'La Línea Nacional sobre la Violencia Doméstica puede ayudar: <dvTel>llame al 1-800-799-7233</dvTel> o <dvSms>envíe START al 88788</dvSms>. Si alguien está en peligro ahora, <tel911>llame al 911</tel911>.',
      },
    ],
  },
  general: {
    heading: { en: 'What this means', es: 'Qué significa' },
    text: [
      {
        en: 'What you checked can help a doctor or counselor understand what is going on. Only they can tell what kind of care would help, after they talk with your loved one.',
        es: 'Lo que marcó puede ayudar a un médico o consejero a entender lo que pasa. Solo ellos pueden decir qué tipo de atención ayudaría, después de hablar con su ser querido.',
      },
    ],
  },
});

/** The "What you checked" screen's heading. */
export const FAMILY_SEEN_HEADING: FamilyText = { en: 'About what you checked', es: 'Sobre lo que marcó' };

/**
 * CRAFT (Community Reinforcement and Family Training): 64% of loved ones entered treatment, against 13% with
 * Al-Anon coaching and 30% with a confrontational "intervention" (Miller, Meyers & Tonigan, JCCP 1999); about 2 in
 * 3 across trials (Roozen et al., Addiction 2010). It teaches: stay safe, give calm feedback without judging,
 * reward sober times, let natural consequences happen, look after yourself. Avoid threats, punishment, preaching,
 * covering up, arguing while they are high, surprise group confrontations.
 */
export const FAMILY_HELP = /* @__PURE__ */ deepFreeze({
  heading: { en: 'What tends to help', es: 'Lo que suele ayudar' },
  lead: {
    en: 'Families can help a loved one get care. In studies, a way of helping called CRAFT got about 2 in 3 loved ones into care.',
    es: 'La familia puede ayudar a un ser querido a recibir atención. En estudios, un método llamado CRAFT logró que cerca de 2 de cada 3 personas empezaran un tratamiento.',
  },
  helps: [
    { en: 'Keep yourself and others safe first.', es: 'Primero, manténgase a salvo usted y los demás.' },
    { en: 'Stay calm. Tell them what you saw, without blame.', es: 'Mantenga la calma. Dígale lo que vio, sin culpar.' },
    { en: 'Praise the days they stay sober, and spend good time with them then.', es: 'Reconozca los días en que no bebe ni usa, y pase buenos ratos con esa persona esos días.' },
    { en: "Let them face the natural results of their use. Don't cover for them.", es: 'Deje que enfrente las consecuencias naturales de su consumo. No la encubra.' },
    { en: 'Take care of yourself too.', es: 'Cuide de usted también.' },
  ],
  backfiresHeading: { en: 'What tends to backfire', es: 'Lo que suele empeorar las cosas' },
  backfires: [
    { en: 'Yelling, threats or punishment', es: 'Gritar, amenazar o castigar' },
    { en: 'Preaching or lecturing', es: 'Sermonear o dar lecciones' },
    { en: 'Covering up for them or making excuses', es: 'Encubrir a esa persona o inventar excusas por ella' },
    { en: 'Arguing while they are drunk or high', es: 'Discutir cuando está borracho(a) o drogado(a)' },
    { en: 'Surprise group "interventions"', es: 'Las "intervenciones" sorpresa en grupo' },
  ],
  summary: {
    en: 'In one study, CRAFT got 64 in 100 loved ones into treatment. With a surprise group "intervention", it was 30 in 100.',
    es: 'En un estudio, CRAFT logró que 64 de cada 100 personas empezaran un tratamiento. Con una "intervención" sorpresa en grupo, fueron 30 de cada 100.',
  },
} satisfies Record<string, FamilyText | readonly FamilyText[]>);

/**
 * How to start the talk: CRAFT's positive communication (Smith & Meyers, "Motivating Substance Abusers to Enter
 * Treatment", 2004: pick a calm, sober time; say what you saw; "I" statements; offer help) and SAMHSA's family
 * guidance. The quoted lines are what a family member says to a loved one, so the Spanish quotes use "tú".
 */
export const FAMILY_TALK = /* @__PURE__ */ deepFreeze({
  heading: { en: 'How to start the talk', es: 'Cómo empezar la conversación' },
  steps: [
    { en: "Pick a calm time when they're sober.", es: 'Elija un momento tranquilo, cuando no haya bebido ni usado.' },
    { en: 'Say what you saw, not what you think they are.', es: 'Diga lo que vio, no lo que cree que esa persona es.' },
    { en: 'Say you care: "I love you, and I\'m worried about you."', es: 'Diga que le importa: "Te quiero y me preocupas".' },
    { en: 'Talk about how you feel: "I get scared when you drive home late."', es: 'Hable de cómo se siente usted: "Me da miedo cuando manejas tarde de regreso a casa".' },
    { en: 'Offer to help them find care, and ask what would help.', es: 'Ofrézcale ayuda para buscar atención, y pregúntele qué le ayudaría.' },
    { en: 'If they say no, stay calm. You can try again another day.', es: 'Si dice que no, mantenga la calma. Puede intentarlo otro día.' },
  ],
} satisfies Record<string, FamilyText | readonly FamilyText[]>);

export interface FamilyResource {
  readonly name: string;
  readonly text: FamilyText;
}

/**
 * Support for the family member (verified contacts only): Al-Anon (al-anon.org; no phone number is printed, none
 * verified), Nar-Anon (nar-anon.org), SMART Recovery Family & Friends (smartrecovery.org, CRAFT-based), the NAMI
 * HelpLine (800-950-6264, or text "helpline" to 62640, Mon–Fri 10 a.m.–10 p.m. ET; nami.org) and the SAMHSA
 * National Helpline (1-800-662-4357, 24/7, free, English and Spanish, also for family members; samhsa.gov).
 */
export const FAMILY_SUPPORT = /* @__PURE__ */ deepFreeze({
  heading: { en: 'Support for you', es: 'Apoyo para usted' },
  lead: {
    en: 'Take care of yourself too. These groups and lines help family and friends.',
    es: 'Cuide de usted también. Estos grupos y líneas ayudan a familiares y amigos.',
  },
  resources: [
    {
      name: 'Al-Anon',
      text: {
        en: 'Groups for family and friends of people who drink. Find one at <alAnon>al-anon.org</alAnon>.',
        es: 'Grupos para familiares y amigos de personas que beben. Busque uno en <alAnon>al-anon.org</alAnon>.',
      },
    },
    {
      name: 'Nar-Anon',
      text: {
        en: 'Groups for family and friends of people who use drugs. Find one at <narAnon>nar-anon.org</narAnon>.',
        es: 'Grupos para familiares y amigos de personas que usan drogas. Busque uno en <narAnon>nar-anon.org</narAnon>.',
      },
    },
    {
      name: 'SMART Recovery Family & Friends',
      text: {
        en: 'Meetings that teach CRAFT, the way of helping you read about. Find one at <smart>smartrecovery.org</smart>.',
        es: 'Reuniones que enseñan CRAFT, el método que leyó antes. Busque una en <smart>smartrecovery.org</smart>.',
      },
    },
    {
      name: 'NAMI HelpLine',
      text: {
        en: '<nami>Call 800-950-6264</nami>, or <namiText>text "helpline" to 62640</namiText>. Open Monday to Friday, from 10 in the morning to 10 at night, Eastern time.',
        es: '<nami>Llame al 800-950-6264</nami> o <namiText>envíe "helpline" al 62640</namiText>. Abierto de lunes a viernes, de 10 de la mañana a 10 de la noche, hora del Este.',
      },
    },
    {
      name: 'SAMHSA National Helpline',
      text: {
        en: '<samhsa>Call 1-800-662-4357</samhsa>, day or night. It is free, in English and Spanish, and it helps families find care and support.',
        es: '<samhsa>Llame al 1-800-662-4357</samhsa>, de día o de noche. Es gratis, en inglés y en español, y ayuda a las familias a encontrar atención y apoyo.',
      },
    },
  ],
} satisfies Record<string, FamilyText | readonly FamilyResource[]>);

/**
 * A teen: the validated teen screen (CRAFFT 2.1) is answered by the teen in private and needs written permission
 * to re-publish, so none is embedded. The American Academy of Pediatrics advises that doctors screen every teen
 * for substance use, with time alone with the teen (AAP, "Substance Use Screening, Brief Intervention, and
 * Referral to Treatment", Pediatrics 2016).
 */
export const FAMILY_TEEN = /* @__PURE__ */ deepFreeze({
  heading: { en: 'Worried about a teen?', es: '¿Le preocupa un adolescente?' },
  text: [
    { en: 'Ask their doctor for a private check-up.', es: 'Pida a su médico una consulta en privado.' },
    {
      en: 'Doctors can ask teens about alcohol, drugs and mood while you wait outside. Teens often say more when a parent is not in the room.',
      es: 'El médico puede preguntarle sobre alcohol, drogas y estado de ánimo mientras usted espera afuera. Los adolescentes suelen contar más cuando no está uno de sus padres.',
    },
    {
      en: 'We do not ask teen questions here. Teens should answer them in private, with a doctor.',
      es: 'Aquí no hacemos preguntas para adolescentes. Los adolescentes deben contestarlas en privado, con un médico.',
    },
  ],
} satisfies Record<string, FamilyText | readonly FamilyText[]>);

/** The levels of care to read about: all five, none suggested (the table's own facts come from the core). */
export const FAMILY_LEVELS = /* @__PURE__ */ deepFreeze({
  heading: { en: 'Levels of care to read about', es: 'Niveles de atención para conocer' },
  lead: {
    en: 'Care comes in levels, from a weekly visit to care day and night. Only a doctor or counselor can say which one fits, after they talk with your loved one.',
    es: 'La atención tiene niveles, desde una visita por semana hasta atención día y noche. Solo un médico o consejero puede decir cuál conviene, después de hablar con su ser querido.',
  },
  nextSteps: { en: 'Next steps', es: 'Próximos pasos' },
} satisfies Record<string, FamilyText>);

/** Every checklist group, by id. */
export function familyCheckGroup(id: FamilyCheckGroupId): FamilyCheckGroup {
  const group = FAMILY_CHECKLIST.find((entry) => entry.id === id);
  if (!group) throw new Error(`no family checklist group ${id}`);
  return group;
}

