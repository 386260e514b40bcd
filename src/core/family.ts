/**
 * The quiz's path for family and friends ("I'm worried about someone"): its structure, and the part of its text
 * that must be on screen at once — the "Who is this for?" question, the path's intro, the safety question, the
 * two crisis screens and the overdose steps. This file ships in the main bundle. The long-form text (the
 * checklist, what helps, how to talk, support, the teen note, the levels to read about) is in
 * `family-content.ts`, which a widget may load lazily once the visitor has chosen this path.
 *
 * Why nothing here is scored: the screening questionnaires are validated as self-report only. Answered about
 * someone else they disagree most where it matters (proxy PHQ-9 totals differed by 3 points or more in 63% of
 * pairs, J Neuro-Oncol 2013; agreement is lowest on mood items; family AUDIT answers agreed on "problem or not" in
 * 77.5%, Donovan 2004). So this path has an unscored checklist, no score, no band and no suggested level.
 *
 * Text with links marks them `<name>words</name>`; the target of each name is in `FAMILY_LINKS` (fixed here,
 * never a partner's). Pure data and functions: no Lit, no DOM.
 */
import { deepFreeze } from './freeze.js';

/** Text in both languages the widgets speak: English, and Spanish for US visitors (usted). */
export interface FamilyText {
  readonly en: string;
  readonly es: string;
}

/** Who the visitor is answering for: `ask` shows "Who is this for?" first. */
export const ANSWERING_FOR = ['ask', 'self', 'someone-else'] as const;
export type AnsweringFor = (typeof ANSWERING_FOR)[number];

/** The answers to "Who is this for?". */
export const WHO_ANSWERS = ['self', 'someone-else'] as const;
export type WhoAnswer = (typeof WHO_ANSWERS)[number];

/** The answers to the family safety question, in the order shown. */
export const FAMILY_SAFETY_ANSWERS = ['yes', 'unsure', 'no'] as const;
export type FamilySafetyAnswer = (typeof FAMILY_SAFETY_ANSWERS)[number];

/**
 * Whether a family safety answer is a crisis answer: "Yes" and "I'm not sure" both are. An unsure answer about
 * someone's safety gets the same help as a yes (the safer choice; a wrong guess costs only a panel of help).
 */
export function isFamilyCrisis(answer: FamilySafetyAnswer | null | undefined): boolean {
  return answer === 'yes' || answer === 'unsure';
}

/** The checklist's groups, in the order shown (what they have seen). */
export const FAMILY_CHECK_GROUPS = ['use', 'mood', 'withdrawal', 'overdose', 'risk'] as const;
export type FamilyCheckGroupId = (typeof FAMILY_CHECK_GROUPS)[number];

/** A checked item is `<group>.<item>`, e.g. `overdose.breathing`. */
export type FamilyCheckId = `${FamilyCheckGroupId}.${string}`;

/** Any overdose sign checked: the path goes straight to the overdose steps. */
export function sawOverdoseSigns(checked: Iterable<string>): boolean {
  for (const id of checked) if (id.startsWith('overdose.')) return true;
  return false;
}

/** The path's screens. `crisis` follows a crisis safety answer; `overdose` follows any overdose sign. */
export const FAMILY_SCREENS = [
  'intro',
  'safety',
  'crisis',
  'check-use',
  'check-mood',
  'check-withdrawal',
  'check-overdose',
  'overdose',
  'check-risk',
  'seen',
  'help',
  'talk',
  'support',
  'teen',
  'levels',
] as const;
export type FamilyScreen = (typeof FAMILY_SCREENS)[number];

/** The screens that ask something (the step events count these, always six: no answer changes the count). */
export const FAMILY_QUESTION_SCREENS: readonly FamilyScreen[] = ['safety', 'check-use', 'check-mood', 'check-withdrawal', 'check-overdose', 'check-risk'];

export interface FamilyProgress {
  readonly safety?: FamilySafetyAnswer | null;
  readonly checked: readonly string[];
}

/** The checklist screen for a group. */
export function checkScreen(group: FamilyCheckGroupId): FamilyScreen {
  return `check-${group}`;
}

/** The group a checklist screen asks about, or null for any other screen. */
export function screenGroup(screen: FamilyScreen): FamilyCheckGroupId | null {
  return screen.startsWith('check-') ? (screen.slice('check-'.length) as FamilyCheckGroupId) : null;
}

/**
 * The screen after `from`, or null after the last one. A crisis answer goes to the crisis screen at once; an
 * overdose sign goes straight to the overdose steps; "What you checked" shows only when something was checked.
 */
export function nextFamilyScreen(from: FamilyScreen, progress: FamilyProgress): FamilyScreen | null {
  switch (from) {
    case 'intro':
      return 'safety';
    case 'safety':
      return isFamilyCrisis(progress.safety) ? 'crisis' : 'check-use';
    case 'crisis':
      return 'check-use';
    case 'check-overdose':
      return sawOverdoseSigns(progress.checked) ? 'overdose' : 'check-risk';
    case 'overdose':
      return 'check-risk';
    case 'check-risk':
      return progress.checked.length > 0 ? 'seen' : 'help';
    case 'levels':
      return null;
    default: {
      const order: readonly FamilyScreen[] = ['check-use', 'check-mood', 'check-withdrawal', 'check-overdose', 'seen', 'help', 'talk', 'support', 'teen', 'levels'];
      return order[order.indexOf(from) + 1] ?? null;
    }
  }
}

/** Fixed targets of the `<name>…</name>` links in this path's text. */
export const FAMILY_LINKS: Readonly<Record<string, string>> = /* @__PURE__ */ deepFreeze({
  tel911: 'tel:911',
  tel988: 'tel:988',
  sms988: 'sms:988',
  chat988: 'https://988lifeline.org',
  samhsa: 'tel:18006624357',
  nami: 'tel:18009506264',
  namiText: 'sms:62640',
  alAnon: 'https://al-anon.org',
  narAnon: 'https://nar-anon.org',
  smart: 'https://smartrecovery.org',
  dvTel: 'tel:18007997233',
  dvSms: 'sms:88788',
});

/** One way to reach help: the number or keyword is written out in the label (links do nothing on many desktops). */
export interface FamilyAction {
  readonly href: string;
  readonly label: FamilyText;
  readonly detail?: FamilyText;
}

export interface FamilyChoice<A extends string> {
  readonly value: A;
  readonly label: FamilyText;
}

export interface FamilyQuestion<A extends string> {
  readonly question: FamilyText;
  readonly hint?: FamilyText;
  readonly options: readonly FamilyChoice<A>[];
  /** What to do when Continue is pressed with no answer (GOV.UK: say what to do). */
  readonly error: FamilyText;
}

export interface FamilyCrisisScreen {
  readonly heading: FamilyText;
  /** Shown before the ways to reach help, which follow at once (so they sit high on a phone's screen). */
  readonly lead: readonly FamilyText[];
  /** The ways to reach help, the most urgent first. */
  readonly actions: readonly FamilyAction[];
  /** Shown after the ways to reach help. */
  readonly after: readonly FamilyText[];
  /** The #BeThe1To steps, where the screen has them. */
  readonly steps?: { readonly heading: FamilyText; readonly items: readonly { readonly name: FamilyText; readonly text: FamilyText }[] };
  readonly goOn: FamilyText;
  readonly continue: FamilyText;
}

/** The path's fixed words: buttons, progress and the "who sees this" line. */
export const FAMILY_UI = /* @__PURE__ */ deepFreeze({
  start: { en: 'Start', es: 'Empezar' },
  continue: { en: 'Continue', es: 'Continuar' },
  back: { en: 'Back', es: 'Atrás' },
  startOver: { en: 'Start over', es: 'Volver a empezar' },
  startOverHint: { en: 'This clears what you checked.', es: 'Esto borra lo que marcó.' },
  errorTitle: { en: 'There is a problem', es: 'Hay un problema' },
  errorPrefix: { en: 'Error:', es: 'Error:' },
  /** "Question 2 of 6" on the screens that ask something. */
  progress: { en: 'Question {number} of {total}', es: 'Pregunta {number} de {total}' },
  // Crisis screens say who is (not) watching, then the numbers.
  notWatching: {
    en: 'No one at this center sees these answers or will contact you because of them. Please reach out yourself:',
    es: 'Nadie en este centro ve estas respuestas ni se comunicará con usted por ellas. Por favor, busque ayuda usted mismo(a):',
  },
  loading: { en: 'Loading the next part…', es: 'Cargando la siguiente parte…' },
  loadFailed: {
    en: 'The next part did not load. Check your connection and try again. You can still call or text 988 at any time.',
    es: 'La siguiente parte no se cargó. Revise su conexión e inténtelo de nuevo. Igual puede llamar al 988 y marcar 2 en cualquier momento.',
  },
  retry: { en: 'Try again', es: 'Intentar de nuevo' },
} satisfies Record<string, FamilyText>);

/** "Who is this for?" — shown after Start when `answering-for="ask"` (the default). */
export const WHO_QUESTION: FamilyQuestion<WhoAnswer> = /* @__PURE__ */ deepFreeze({
  question: { en: 'Who is this for?', es: '¿Para quién es?' },
  hint: {
    en: 'The questions are made for people to answer about themselves. If you are worried about someone else, we have other steps for you.',
    es: 'Las preguntas son para que cada persona responda sobre sí misma. Si le preocupa otra persona, tenemos otros pasos para usted.',
  },
  options: [
    { value: 'self', label: { en: 'Me', es: 'Para mí' } },
    { value: 'someone-else', label: { en: 'Someone I care about', es: 'Para alguien que me importa' } },
  ],
  error: { en: 'Choose who this is for.', es: 'Elija para quién es.' },
});

/** The path's first screen (the widget's intro with `answering-for="someone-else"`). */
export const FAMILY_INTRO = /* @__PURE__ */ deepFreeze({
  heading: { en: 'Worried about someone?', es: '¿Le preocupa alguien?' },
  // Suggested visitor wording for family members (synthesis of NIDA and SAMHSA family guidance).
  lead: { en: "You're worried about someone you love. That's hard, and you're not alone.", es: 'Le preocupa un ser querido. Eso es difícil, y usted no está solo(a).' },
  facts: [
    {
      en: "These quizzes are made for people to answer about themselves, so we won't score them for someone else. You can check off what you've seen instead.",
      es: 'Estos cuestionarios son para que cada persona responda sobre sí misma, así que no daremos un puntaje por otra persona. En su lugar, puede marcar lo que ha visto.',
    },
    {
      en: 'Then you will find what tends to help, how to start a talk, and support for you.',
      es: 'Después encontrará qué suele ayudar, cómo empezar una conversación y apoyo para usted.',
    },
    { en: 'Only the first question needs an answer.', es: 'Solo la primera pregunta necesita una respuesta.' },
    {
      en: 'This tool does not send your answers anywhere, and it does not save what you check.',
      es: 'Esta herramienta no envía sus respuestas a ningún lugar y no guarda lo que marque.',
    },
  ],
} satisfies Record<string, FamilyText | readonly FamilyText[]>);

/**
 * Safety first (asked directly, in the spirit of NIMH's Ask Suicide-Screening Questions). "Yes" and "I'm not
 * sure" are crisis answers: the crisis screen shows at once and the crisis state sticks until Start over.
 */
export const FAMILY_SAFETY_QUESTION: FamilyQuestion<FamilySafetyAnswer> = /* @__PURE__ */ deepFreeze({
  question: { en: 'Could they hurt themselves or someone else right now?', es: '¿Podría esa persona hacerse daño o hacerle daño a alguien en este momento?' },
  hint: { en: 'If you are not sure, say so. We will show you who can help.', es: 'Si no está seguro(a), dígalo. Le mostraremos quién puede ayudar.' },
  options: [
    { value: 'yes', label: { en: 'Yes', es: 'Sí' } },
    { value: 'unsure', label: { en: "I'm not sure", es: 'No estoy seguro(a)' } },
    { value: 'no', label: { en: 'No', es: 'No' } },
  ],
  error: { en: 'Choose yes, not sure or no.', es: 'Elija sí, no estoy seguro(a) o no.' },
});

// 988 Suicide & Crisis Lifeline (988lifeline.org, SAMHSA): call or text 988 or chat, 24/7, also for people worried
// about someone else; Spanish by calling 988 and pressing 2, or texting AYUDA to 988 (since July 2023).
const CALL_988: FamilyAction = {
  href: 'tel:988',
  label: { en: 'Call 988', es: 'Llame al 988 y marque 2' },
  detail: { en: '988 Suicide & Crisis Lifeline, also for family and friends', es: '988 Lifeline, en español, también para familiares y amigos' },
};
const TEXT_988: FamilyAction = { href: 'sms:988', label: { en: 'Text 988', es: 'Envíe AYUDA por mensaje de texto al 988' } };
const CHAT_988: FamilyAction = { href: 'https://988lifeline.org', label: { en: 'Chat at 988lifeline.org', es: 'Chatee en 988lifeline.org' } };
const CALL_911: FamilyAction = {
  href: 'tel:911',
  label: { en: 'Call 911', es: 'Llame al 911' },
  detail: { en: 'if someone is in danger right now', es: 'si alguien está en peligro en este momento' },
};

const GO_ON = { en: 'Go on', es: 'Seguir' };

/** The two crisis screens: "Yes" (911 and 988 at once) and "I'm not sure" (988 and the #BeThe1To steps). */
export const FAMILY_CRISIS: Readonly<Record<'yes' | 'unsure', FamilyCrisisScreen>> = /* @__PURE__ */ deepFreeze({
  yes: {
    heading: { en: 'Call 911 now', es: 'Llame al 911 ahora' },
    lead: [
      { en: 'If they might hurt themselves or someone else right now, call 911.', es: 'Si esa persona podría hacerse daño o hacerle daño a alguien ahora mismo, llame al 911.' },
    ],
    actions: [CALL_911, CALL_988, TEXT_988, CHAT_988],
    after: [
      {
        en: "You can also call or text 988 any time, even when the crisis is someone else's.",
        es: 'También puede llamar al 988 y marcar 2, o enviar AYUDA al 988, en cualquier momento, aunque la crisis sea de otra persona.',
      },
      // #BeThe1To "Keep them safe" (988 Lifeline and the National Action Alliance for Suicide Prevention, bethe1to.com).
      {
        en: 'If it is safe for you, stay with them until help comes. Keep guns, pills and other things they could use out of reach.',
        es: 'Si es seguro para usted, quédese con esa persona hasta que llegue la ayuda. Aleje las armas, las pastillas y otras cosas que pueda usar.',
      },
    ],
    goOn: { en: 'When everyone is safe, you can go on to read about how to help.', es: 'Cuando todos estén a salvo, puede seguir leyendo sobre cómo ayudar.' },
    continue: GO_ON,
  },
  unsure: {
    heading: { en: 'Call or text 988 to talk it through', es: 'Comuníquese con 988 Lifeline para hablarlo' },
    lead: [
      {
        en: "You can call or text 988 any time, even when the crisis is someone else's. They help people who are worried about someone, too.",
        es: 'Puede llamar al 988 y marcar 2, o enviar AYUDA al 988, en cualquier momento, aunque la crisis sea de otra persona. También ayudan a quienes se preocupan por alguien.',
      },
    ],
    actions: [CALL_988, TEXT_988, CHAT_988, CALL_911],
    after: [{ en: 'If they might hurt themselves or someone else right now, call 911.', es: 'Si esa persona podría hacerse daño o hacerle daño a alguien ahora mismo, llame al 911.' }],
    // The five #BeThe1To action steps (988 Lifeline and the National Action Alliance for Suicide Prevention,
    // bethe1to.com). Asking directly does not plant the idea (Dazzi et al., Psychol Med 2014, cited there).
    // The quoted question is what a family member says to a loved one, so the Spanish quote uses "tú".
    steps: {
      heading: { en: 'Five steps that can help (#BeThe1To)', es: 'Cinco pasos que pueden ayudar (#BeThe1To)' },
      items: [
        {
          name: { en: 'Ask.', es: 'Pregunte.' },
          text: {
            en: 'Ask them straight out: "Are you thinking about suicide?" Asking does not put the idea in their head.',
            es: 'Pregúntele directamente: "¿Estás pensando en suicidarte?". Preguntar no le da la idea.',
          },
        },
        { name: { en: 'Be there.', es: 'Esté presente.' }, text: { en: 'Listen to them, and take what they say seriously.', es: 'Escuche a esa persona y tome en serio lo que dice.' } },
        {
          name: { en: 'Keep them safe.', es: 'Ayude a que esté a salvo.' },
          text: { en: 'Keep guns, pills and other things they could use out of reach.', es: 'Aleje las armas, las pastillas y otras cosas que pueda usar.' },
        },
        {
          name: { en: 'Help them connect.', es: 'Ayúdele a buscar apoyo.' },
          text: { en: 'Call or text 988 together, or help them reach a doctor or counselor.', es: 'Llamen juntos al 988, o ayúdele a contactar a un médico o consejero.' },
        },
        {
          name: { en: 'Follow up.', es: 'Haga seguimiento.' },
          text: { en: 'Check in with them in the days after. A call or a text can help.', es: 'Comuníquese con esa persona en los días siguientes. Una llamada o un mensaje puede ayudar.' },
        },
      ],
    },
    goOn: { en: 'When you are ready, you can go on to read about how to help.', es: 'Cuando esté listo(a), puede seguir leyendo sobre cómo ayudar.' },
    continue: GO_ON,
  },
});

/**
 * What to do for an overdose (CDC "Preventing Opioid Overdose" and SAMHSA Opioid Overdose Prevention Toolkit:
 * call 911, give naloxone, support breathing, put them on their side, stay with them; naloxone can wear off before
 * the opioid does). Naloxone nasal spray was approved for sale without a prescription on March 29, 2023 (FDA).
 * Good Samaritan overdose laws exist in most states and vary by state (NCSL; GAO-21-248, 2021).
 */
export const FAMILY_OVERDOSE = /* @__PURE__ */ deepFreeze({
  heading: { en: 'If you see these signs, act fast', es: 'Si ve estas señales, actúe rápido' },
  lead: {
    en: 'Someone who will not wake up, or who is barely breathing, may be having an overdose. It can kill, so act right away:',
    es: 'Si alguien no se despierta o casi no respira, puede tener una sobredosis. Puede ser mortal, así que actúe de inmediato:',
  },
  steps: [
    { en: '<tel911>Call 911</tel911>.', es: '<tel911>Llame al 911</tel911>.' },
    { en: 'Give naloxone (Narcan) if you have it. It is a spray for the nose.', es: 'Dele naloxona (Narcan) si la tiene. Es un aerosol para la nariz.' },
    {
      en: 'If they are not breathing, give rescue breaths. The 911 operator can tell you how.',
      es: 'Si no respira, dele respiración de rescate. La persona que contesta en el 911 puede decirle cómo.',
    },
    { en: 'Lay them on their side, so they do not choke.', es: 'Acueste a la persona de lado, para que no se ahogue.' },
    {
      en: 'Stay with them until help comes. Naloxone can wear off before the drug does, so they may stop breathing again.',
      es: 'Quédese con esa persona hasta que llegue la ayuda. La naloxona puede dejar de hacer efecto antes que la droga, y podría dejar de respirar otra vez.',
    },
  ],
  notes: [
    {
      en: 'You can buy naloxone (Narcan) at drug stores without a prescription. The FDA allowed this on March 29, 2023.',
      es: 'Puede comprar naloxona (Narcan) en las farmacias sin receta médica. La FDA lo aprobó el 29 de marzo de 2023.',
    },
    {
      en: 'Most states have Good Samaritan laws that protect people who call 911 for an overdose. The rules vary by state.',
      es: 'La mayoría de los estados tienen leyes del Buen Samaritano que protegen a quien llama al 911 por una sobredosis. Las reglas varían según el estado.',
    },
  ],
  continue: { en: 'Go on', es: 'Seguir' },
} satisfies Record<string, FamilyText | readonly FamilyText[]>);
