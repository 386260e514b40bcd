/**
 * Crisis and safety text, in BOTH languages, in one module. Every widget that shows crisis help imports it
 * directly, so this text is inside every main bundle and never only in a lazily loaded language file: a visitor
 * in crisis must not wait for a download, or lose the help when one fails.
 *
 * This text is fixed. A partner's `strings` can never replace it, and no page CSS, `::part()` or theme token can
 * hide it. `<name>…</name>` marks a link whose target is fixed in code (tel:988, sms:988, https://988lifeline.org,
 * tel:911, …); the words between the tags are the link text.
 *
 * Sources: 988 Suicide & Crisis Lifeline (988lifeline.org; live since July 16, 2022; Spanish: call 988 and press
 * 2, or text AYUDA to 988, since July 2023, per 988lifeline.org and SAMHSA); Crisis Text Line (text HOME to
 * 741741; in Spanish AYUDA to 741741 or WhatsApp 442-AYUDAME); Veterans Crisis Line (988 then 1, text 838255,
 * VeteransCrisisLine.net); ASL Now (988lifeline.org, since September 2023); National Domestic Violence Hotline
 * (1-800-799-7233, text START to 88788); SAMHSA National Helpline (1-800-662-4357, TTY 1-800-487-4889); overdose
 * after time away (Strang, BMJ 2003; Binswanger, NEJM 2007); naloxone without a prescription (FDA, March 29, 2023).
 * "988 Lifeline" stays the name in Spanish until an official Spanish name is confirmed.
 */
import type { Language } from '../core/text.js';

/**
 * Every widget's own small help line and a center's own 24/7 line (`crisis-phone`). Kept apart from the quiz's
 * crisis text so the table, the estimator and the schedule carry only these few strings.
 */
const helpEn = {
  // Shown in all four widgets, whatever the page does. Never a 988 "press 3".
  'carepath.help.line': 'Need help now? <tel988>Call</tel988> or <sms988>text 988</sms988>.',
  'carepath.help.danger': 'If you are in immediate danger, <tel911>call 911</tel911>.',
  // A center's own 24/7 line, between 988 and 911 (never instead of 988): the partner's label sits inside this fixed text.
  'carepath.help.center': 'Or call {label}, open 24/7:',
  'carepath.help.centerDefault': 'this center',
} as const;

export type HelpKey = keyof typeof helpEn;

const helpEs: { readonly [Key in HelpKey]: string } = {
  'carepath.help.line': '¿Necesita ayuda ahora? <tel988>Llame al 988 y marque 2</tel988>, o <sms988>envíe AYUDA al 988</sms988>.',
  'carepath.help.danger': 'Si está en peligro inmediato, <tel911>llame al 911</tel911>.',
  'carepath.help.center': 'O llame a {label} (las 24 horas, todos los días):',
  'carepath.help.centerDefault': 'este centro',
};

/** The help line's text in each language (in every main file: the base element renders it). */
export const helpStrings: Readonly<Record<Language, { readonly [Key in HelpKey]: string }>> = { en: helpEn, es: helpEs };

const en = {
  ...helpEn,
  // On every quiz screen. Never a 988 "press 3": that option ended on July 17, 2025.
  'carepath.quiz.crisis.line': 'If you are in crisis or thinking about suicide, <tel988>call</tel988> or <sms988>text</sms988> 988, or chat at <chat>988lifeline.org</chat>. If you are in immediate danger, <tel911>call 911</tel911>.',
  // The crisis panel: on the crisis screen and at the top of a crisis result.
  'carepath.quiz.crisis.heading': 'Please talk to someone today',
  'carepath.quiz.crisis.lead': 'You do not have to face this alone.',
  // Who is (not) watching: the widget sends nothing, so the visitor must reach out.
  'carepath.quiz.crisis.nobodyWatches': 'No one at this center sees these answers or will contact you because of them. Please reach out yourself:',
  'carepath.quiz.crisis.call': 'Call 988',
  'carepath.quiz.crisis.callDetail': '988 Suicide & Crisis Lifeline',
  'carepath.quiz.crisis.text': 'Text 988',
  'carepath.quiz.crisis.chat': 'Chat at 988lifeline.org',
  'carepath.quiz.crisis.textLine': 'Text HOME to 741741',
  'carepath.quiz.crisis.textLineDetail': 'Crisis Text Line',
  // Shown in Spanish only (the WhatsApp line is for Spanish speakers).
  'carepath.quiz.crisis.whatsapp': 'WhatsApp 442-AYUDAME',
  // Veterans Crisis Line (988 then 1, text 838255, chat at VeteransCrisisLine.net).
  'carepath.quiz.crisis.veterans': 'Veterans: call 988, then press 1',
  'carepath.quiz.crisis.veteransDetail': 'Or text 838255, or chat at VeteransCrisisLine.net',
  // ASL Now on 988lifeline.org (since September 2023).
  'carepath.quiz.crisis.asl': 'Deaf or hard of hearing: ASL Now',
  'carepath.quiz.crisis.aslDetail': 'Video call in American Sign Language at 988lifeline.org',
  'carepath.quiz.crisis.emergency': 'Call 911',
  'carepath.quiz.crisis.emergencyDetail': 'if you are in immediate danger',
  'carepath.quiz.crisis.goOn': 'When you feel ready, you can go on with the questions.',
  'carepath.quiz.crisis.continue': 'Continue the questions',
  'carepath.quiz.announceCrisis': 'Your results are ready. Please talk to someone today.',

  // Withdrawal (severe answers lead the result; mild ones get the caution).
  'carepath.quiz.withdrawal.heading': 'First, get medical help to stop safely',
  'carepath.quiz.withdrawal.lead': 'Your answers suggest that stopping on your own may not be safe.',
  'carepath.quiz.withdrawal.cautionHeading': 'Before you stop drinking or using',
  'carepath.quiz.withdrawal.caution': 'If you drink a lot every day, stopping all at once can be dangerous. This is also true for sedatives, like sleeping pills. Benzodiazepines are one kind. Talk to a doctor or nurse first.',
  'carepath.quiz.withdrawal.emergency': '<tel911>Call 911</tel911> for a seizure, chest pain, severe confusion, or seeing or hearing things that are not there.',
  // Withdrawal or health questions skipped: never the "low-need" wording.
  'carepath.quiz.skipped.withdrawal': 'You skipped the question about withdrawal.',
  'carepath.quiz.skipped.medical': 'You skipped the question about your health.',
  'carepath.quiz.skipped.note': 'So this result cannot tell if you need less care.',
  'carepath.quiz.skipped.caution': 'If you drink or use every day, talk to a doctor before you stop.',

  // Overdose after time away (Strang, BMJ 2003; Binswanger, NEJM 2007).
  'carepath.quiz.overdose.heading': 'If you use again after time away',
  'carepath.quiz.overdose.text': 'After a hospital, a program, jail or prison, your body is no longer used to drugs. An amount you used before can now cause an overdose that kills.',
  // Naloxone (FDA approved Narcan without a prescription, March 29, 2023).
  'carepath.quiz.naloxone.heading': 'Naloxone (Narcan) can save a life',
  'carepath.quiz.naloxone.text': 'It can stop an opioid overdose. You can buy it at a drugstore without a prescription.',
  'carepath.quiz.naloxone.steps': 'If someone will not wake up or is barely breathing:',
  'carepath.quiz.naloxone.step1': '<tel911>Call 911</tel911>.',
  'carepath.quiz.naloxone.step2': 'Give naloxone.',
  'carepath.quiz.naloxone.step3': 'Stay with them.',

  // Domestic violence: after "Not safe" only.
  'carepath.quiz.dv.heading': 'Your safety at home matters',
  'carepath.quiz.dv.text': 'National Domestic Violence Hotline: <dvTel>call 1-800-799-7233</dvTel>, or <dvSms>text START to 88788</dvSms>.',
  'carepath.quiz.samhsa': 'To find treatment, you can also call the SAMHSA National Helpline. Call <samhsa>1-800-662-HELP (4357)</samhsa>. For TTY, call <samhsaTty>1-800-487-4889</samhsaTty>. It helps you find care. It is not a crisis line.',
} as const;

export type CrisisKey = keyof typeof en;

const es: { readonly [Key in CrisisKey]: string } = {
  ...helpEs,
  'carepath.quiz.crisis.line': 'Si está en crisis o piensa en el suicidio, comuníquese con 988 Lifeline, la línea de ayuda para crisis: <tel988>llame al 988 y marque 2</tel988>, <sms988>envíe AYUDA por mensaje de texto al 988</sms988> o <chat>chatee en 988lifeline.org</chat>. Si está en peligro inmediato, <tel911>llame al 911</tel911>.',
  'carepath.quiz.crisis.heading': 'Por favor, hable hoy con alguien',
  'carepath.quiz.crisis.lead': 'No tiene que pasar por esto solo(a).',
  'carepath.quiz.crisis.nobodyWatches': 'Nadie en este centro ve estas respuestas ni se comunicará con usted por ellas. Por favor, comuníquese usted:',
  'carepath.quiz.crisis.call': 'Llame al 988 y marque 2',
  'carepath.quiz.crisis.callDetail': '988 Lifeline, en español',
  'carepath.quiz.crisis.text': 'Envíe AYUDA por mensaje de texto al 988',
  'carepath.quiz.crisis.chat': 'Chatee en 988lifeline.org',
  'carepath.quiz.crisis.textLine': 'Envíe AYUDA al 741741',
  'carepath.quiz.crisis.textLineDetail': 'Crisis Text Line',
  'carepath.quiz.crisis.whatsapp': 'WhatsApp 442-AYUDAME',
  'carepath.quiz.crisis.veterans': 'Veteranos: llame al 988 y marque 1',
  'carepath.quiz.crisis.veteransDetail': 'O envíe un mensaje de texto al 838255, o chatee en VeteransCrisisLine.net',
  'carepath.quiz.crisis.asl': 'Personas sordas o con dificultad auditiva: ASL Now',
  'carepath.quiz.crisis.aslDetail': 'Videollamada en lengua de señas americana (ASL) en 988lifeline.org',
  'carepath.quiz.crisis.emergency': 'Llame al 911',
  'carepath.quiz.crisis.emergencyDetail': 'si está en peligro inmediato',
  'carepath.quiz.crisis.goOn': 'Cuando se sienta listo(a), puede seguir con las preguntas.',
  'carepath.quiz.crisis.continue': 'Seguir con las preguntas',
  'carepath.quiz.announceCrisis': 'Sus resultados están listos. Por favor, hable hoy con alguien.',

  'carepath.quiz.withdrawal.heading': 'Lo primero es el manejo de la abstinencia (desintoxicación) con supervisión médica',
  'carepath.quiz.withdrawal.lead': 'Sus respuestas indican que dejarlo por su cuenta podría no ser seguro.',
  'carepath.quiz.withdrawal.cautionHeading': 'Antes de dejar el alcohol o las drogas',
  'carepath.quiz.withdrawal.caution': 'Si bebe mucho todos los días, dejarlo de golpe puede ser peligroso. Lo mismo pasa con los sedantes, como las pastillas para dormir. Las benzodiacepinas son un tipo. Hable primero con un médico o una enfermera.',
  'carepath.quiz.withdrawal.emergency': '<tel911>Llame al 911</tel911> si hay una convulsión, dolor en el pecho, confusión grave, o si ve u oye cosas que no están ahí.',
  'carepath.quiz.skipped.withdrawal': 'Usted saltó la pregunta sobre la abstinencia.',
  'carepath.quiz.skipped.medical': 'Usted saltó la pregunta sobre su salud.',
  'carepath.quiz.skipped.note': 'Por eso, este resultado no puede decir si necesita menos atención.',
  'carepath.quiz.skipped.caution': 'Si bebe o usa drogas todos los días, hable con un médico antes de dejarlo.',

  'carepath.quiz.overdose.heading': 'Si vuelve a consumir después de un tiempo sin hacerlo',
  'carepath.quiz.overdose.text': 'Después de un hospital, un programa, la cárcel o la prisión, su cuerpo ya no está acostumbrado a las drogas. Una cantidad que usaba antes ahora puede causar una sobredosis mortal.',
  'carepath.quiz.naloxone.heading': 'La naloxona (Narcan) puede salvar una vida',
  'carepath.quiz.naloxone.text': 'Puede detener una sobredosis de opioides. Puede comprarla en una farmacia sin receta médica.',
  'carepath.quiz.naloxone.steps': 'Si alguien no se despierta o apenas respira:',
  'carepath.quiz.naloxone.step1': '<tel911>Llame al 911</tel911>.',
  'carepath.quiz.naloxone.step2': 'Dele naloxona.',
  'carepath.quiz.naloxone.step3': 'Quédese con la persona.',

  'carepath.quiz.dv.heading': 'Su seguridad en casa importa',
  'carepath.quiz.dv.text': 'National Domestic Violence Hotline (línea nacional contra la violencia doméstica): <dvTel>llame al 1-800-799-7233</dvTel> o <dvSms>envíe START por mensaje de texto al 88788</dvSms>.',
  'carepath.quiz.samhsa': 'Para encontrar tratamiento, también puede llamar a SAMHSA National Helpline (la línea nacional de ayuda de SAMHSA). Llame al <samhsa>1-800-662-HELP (4357)</samhsa>. Para TTY, llame al <samhsaTty>1-800-487-4889</samhsaTty>. Le ayuda a encontrar atención. No es una línea de crisis.',
};

/** The crisis text in each language. */
export const crisisStrings: Readonly<Record<Language, { readonly [Key in CrisisKey]: string }>> = { en, es };
