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
 * 741741; in Spanish AYUDA to 741741 or WhatsApp 442-AYUDAME); National Domestic Violence Hotline; SAMHSA National
 * Helpline. "988 Lifeline" stays the name in Spanish until an official Spanish name is confirmed.
 */
import type { Language } from '../core/text.js';

const en = {
  'carepath.quiz.crisis.line': 'If you are in crisis or thinking about suicide, <tel988>call</tel988> or <sms988>text</sms988> 988, or chat at <chat>988lifeline.org</chat>. If you are in immediate danger, <tel911>call 911</tel911>.',
  'carepath.quiz.crisis.heading': 'Please talk to someone today',
  'carepath.quiz.crisis.lead': 'You do not have to face this alone. You can reach someone right now:',
  'carepath.quiz.crisis.call': 'Call 988',
  'carepath.quiz.crisis.callDetail': '988 Suicide & Crisis Lifeline',
  'carepath.quiz.crisis.text': 'Text 988',
  'carepath.quiz.crisis.chat': 'Chat at 988lifeline.org',
  'carepath.quiz.crisis.textLine': 'Text HOME to 741741',
  'carepath.quiz.crisis.textLineDetail': 'Crisis Text Line',
  'carepath.quiz.crisis.whatsapp': 'WhatsApp 442-AYUDAME',
  'carepath.quiz.crisis.emergency': 'Call 911',
  'carepath.quiz.crisis.emergencyDetail': 'if you are in immediate danger',
  'carepath.quiz.crisis.goOn': 'When you feel ready, you can go on with the questions.',
  'carepath.quiz.crisis.continue': 'Continue the questions',
  'carepath.quiz.announceCrisis': 'Your results are ready. Please talk to someone today.',
  'carepath.quiz.withdrawal.heading': 'Medically supervised withdrawal comes first',
  'carepath.quiz.withdrawal.lead': 'Your answers suggest that stopping on your own may not be safe.',
  'carepath.quiz.withdrawal.cautionHeading': 'Before you stop drinking or using',
  'carepath.quiz.withdrawal.caution': 'Stopping alcohol, benzodiazepines or other sedatives suddenly after heavy daily use can be dangerous. Talk to a medical provider first.',
  'carepath.quiz.withdrawal.emergency': 'A seizure, hallucinations, severe confusion or chest pain means <tel911>call 911</tel911>.',
  'carepath.quiz.dv.heading': 'Your safety at home matters',
  'carepath.quiz.dv.text': 'National Domestic Violence Hotline: <dvTel>call 1-800-799-7233</dvTel>, or <dvSms>text START to 88788</dvSms>.',
  'carepath.quiz.samhsa': 'To find treatment, you can also call the SAMHSA National Helpline at <samhsa>1-800-662-HELP (4357)</samhsa>. It is a referral line, not a crisis line.',
} as const;

export type CrisisKey = keyof typeof en;

const es: { readonly [Key in CrisisKey]: string } = {
  'carepath.quiz.crisis.line': 'Si está en crisis o piensa en el suicidio, comuníquese con 988 Lifeline, la línea de ayuda para crisis: <tel988>llame al 988 y marque 2</tel988>, <sms988>envíe AYUDA por mensaje de texto al 988</sms988> o <chat>chatee en 988lifeline.org</chat>. Si está en peligro inmediato, <tel911>llame al 911</tel911>.',
  'carepath.quiz.crisis.heading': 'Por favor, hable hoy con alguien',
  'carepath.quiz.crisis.lead': 'No tiene que pasar por esto solo(a). Puede comunicarse con alguien ahora mismo:',
  'carepath.quiz.crisis.call': 'Llame al 988 y marque 2',
  'carepath.quiz.crisis.callDetail': '988 Lifeline, en español',
  'carepath.quiz.crisis.text': 'Envíe AYUDA por mensaje de texto al 988',
  'carepath.quiz.crisis.chat': 'Chatee en 988lifeline.org',
  'carepath.quiz.crisis.textLine': 'Envíe AYUDA al 741741',
  'carepath.quiz.crisis.textLineDetail': 'Crisis Text Line',
  'carepath.quiz.crisis.whatsapp': 'WhatsApp 442-AYUDAME',
  'carepath.quiz.crisis.emergency': 'Llame al 911',
  'carepath.quiz.crisis.emergencyDetail': 'si está en peligro inmediato',
  'carepath.quiz.crisis.goOn': 'Cuando se sienta listo(a), puede seguir con las preguntas.',
  'carepath.quiz.crisis.continue': 'Seguir con las preguntas',
  'carepath.quiz.announceCrisis': 'Sus resultados están listos. Por favor, hable hoy con alguien.',
  'carepath.quiz.withdrawal.heading': 'Lo primero es la abstinencia con supervisión médica',
  'carepath.quiz.withdrawal.lead': 'Sus respuestas indican que dejarlo por su cuenta podría no ser seguro.',
  'carepath.quiz.withdrawal.cautionHeading': 'Antes de dejar el alcohol o las drogas',
  'carepath.quiz.withdrawal.caution': 'Dejar de golpe el alcohol, las benzodiacepinas u otros sedantes después de un consumo diario intenso puede ser peligroso. Hable primero con un proveedor médico.',
  'carepath.quiz.withdrawal.emergency': 'Si tiene una convulsión, alucinaciones, confusión grave o dolor en el pecho, <tel911>llame al 911</tel911>.',
  'carepath.quiz.dv.heading': 'Su seguridad en casa importa',
  'carepath.quiz.dv.text': 'National Domestic Violence Hotline (línea nacional contra la violencia doméstica): <dvTel>llame al 1-800-799-7233</dvTel> o <dvSms>envíe START por mensaje de texto al 88788</dvSms>.',
  'carepath.quiz.samhsa': 'Para encontrar tratamiento, también puede llamar a SAMHSA National Helpline (la línea nacional de ayuda de SAMHSA) al <samhsa>1-800-662-HELP (4357)</samhsa>. Es una línea para encontrar tratamiento, no una línea de crisis.',
};

/** The crisis text in each language. */
export const crisisStrings: Readonly<Record<Language, { readonly [Key in CrisisKey]: string }>> = { en, es };
