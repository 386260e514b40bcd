/** Spanish UI strings (US Spanish), section by section as en.ts; UI text only, never instrument items. */
import type { Strings, enCommon, enCost, enLevels, enQuiz, enSchedule } from './en.js';

export const esCommon: Strings<typeof enCommon> = {
  'carepath.common.notice': 'Esta sección no está disponible en este momento.',
  'carepath.common.debugHeading': 'Problemas de configuración (se muestran por el atributo debug)',
  'carepath.common.notDiagnosis': 'Esta es información general, no un consejo médico. Solo un profesional clínico con licencia puede recomendar un nivel de atención, después de una evaluación completa.',
};

export const esLevels: Strings<typeof enLevels> = {
  'carepath.levels.heading': 'Compare los niveles de atención',
  'carepath.levels.scaleNote': 'Los puntos comparan cada nivel con los demás, de 1 (el más bajo) a 5 (el más alto).',
  'carepath.levels.levelHeader': 'Nivel de atención',
  'carepath.levels.column.setting': 'Dónde vive',
  'carepath.levels.column.hours': 'Horas de atención',
  'carepath.levels.column.supervision': 'Apoyo del personal',
  'carepath.levels.column.length': 'Cuánto dura',
  'carepath.levels.column.cost': 'Costo',
  'carepath.levels.column.autonomy': 'Libertad en el día a día',
  'carepath.levels.column.fit': 'Suele ser una buena opción cuando…',
  'carepath.levels.cost.lowest': 'El más bajo',
  'carepath.levels.cost.low': 'Bajo',
  'carepath.levels.cost.moderate': 'Medio',
  'carepath.levels.cost.high': 'Alto',
  'carepath.levels.cost.highest': 'El más alto',
  'carepath.levels.autonomy.lowest': 'Muy poca',
  'carepath.levels.autonomy.low': 'Poca',
  'carepath.levels.autonomy.moderate': 'Moderada',
  'carepath.levels.autonomy.high': 'Mucha',
  'carepath.levels.autonomy.highest': 'La mayor',
  'carepath.levels.scaleValue': '({value} de 5)',
  'carepath.levels.choose': 'Elegir',
  'carepath.levels.chooseHeader': 'Elegir un nivel',
  'carepath.levels.badge.suggested': 'Sugerido',
  'carepath.levels.badge.fromQuiz': 'Sugerido por sus respuestas',
  'carepath.levels.badge.chosen': 'Su elección',
  'carepath.levels.cta': 'Pregúntenos qué nivel de atención es para usted',
  'carepath.levels.sources': 'Fuentes',
};

export const esSchedule: Strings<typeof enSchedule> = {
  'carepath.schedule.title': 'Una semana de ejemplo: {level}',
  'carepath.schedule.sample': 'Esto es un ejemplo. Cada centro tiene sus propios horarios, así que pregunte al centro por el suyo.',
  'carepath.schedule.hoursPerWeek': 'Horas por semana',
  'carepath.schedule.daysPerWeek': 'Días por semana',
  'carepath.schedule.intensity.adult': 'Para adultos, esta cantidad de horas por semana cuenta como {intensity}.',
  'carepath.schedule.intensity.adolescent': 'Para adolescentes, esta cantidad de horas por semana cuenta como {intensity}.',
  'carepath.schedule.week': 'Días del programa',
  'carepath.schedule.to': 'a',
  'carepath.schedule.kind.group': 'Terapia de grupo',
  'carepath.schedule.kind.individual': 'Sesión individual',
  'carepath.schedule.kind.family': 'Sesión familiar',
  'carepath.schedule.kind.psychoeducation': 'Sesión educativa',
  'carepath.schedule.kind.skills': 'Práctica de habilidades',
  'carepath.schedule.kind.check-in': 'Reunión de inicio',
  'carepath.schedule.kind.break': 'Descanso',
  'carepath.schedule.tracks': 'Elija un horario',
  'carepath.schedule.trackStarts': 'empieza a las {time}',
  'carepath.schedule.trackFixed': 'Horario del programa: {track}, empieza a las {time}',
  'carepath.schedule.track.morning': 'Mañana',
  'carepath.schedule.track.afternoon': 'Tarde',
  'carepath.schedule.track.evening': 'Noche',
  'carepath.schedule.track.day': 'Día',
  'carepath.schedule.track.weekend': 'Fin de semana',
  'carepath.schedule.fit.heading': '¿Encaja en su semana?',
  'carepath.schedule.fit.hint': 'Agregue las horas en que trabaja o estudia. Se quedan en esta página. No se guardan ni se envían a ningún lado.',
  'carepath.schedule.fit.days': 'Días',
  'carepath.schedule.fit.from': 'Desde',
  'carepath.schedule.fit.to': 'Hasta',
  'carepath.schedule.fit.add': 'Agregar',
  'carepath.schedule.fit.entries': 'Sus horas',
  'carepath.schedule.fit.remove': 'Quitar',
  'carepath.schedule.fit.when': '{day}, {start}–{end}',
  'carepath.schedule.fit.errorDays': 'Elija al menos un día.',
  'carepath.schedule.fit.errorFrom': 'Escriba una hora de inicio. Por ejemplo: {example}',
  'carepath.schedule.fit.errorTo': 'Escriba una hora de fin. Por ejemplo: {example}',
  'carepath.schedule.fit.errorOrder': 'Escriba una hora de fin después de la hora de inicio. Para un turno de noche, agregue dos partes: una antes de la medianoche y otra después.',
  'carepath.schedule.fit.empty': 'Agregue sus horas para ver si el horario encaja.',
  'carepath.schedule.fit.trackFits': 'El horario de {track} encaja con sus horas.',
  'carepath.schedule.fit.trackOverlapsOne': 'El {when}, el horario de {track} coincide con sus horas.',
  'carepath.schedule.fit.trackOverlapsMany': 'El horario de {track} coincide con sus horas en estos momentos:',
  'carepath.schedule.fit.planFits': 'Este horario encaja con sus horas.',
  'carepath.schedule.fit.planOverlapsOne': 'El {when}, este horario coincide con sus horas.',
  'carepath.schedule.fit.planOverlapsMany': 'Este horario coincide con sus horas en estos momentos:',
  'carepath.schedule.download': 'Descargar una semana de ejemplo',
  'carepath.schedule.downloadHint': 'Un archivo de calendario (.ics) para su aplicación de calendario. Se crea en su dispositivo.',
  'carepath.schedule.icsSummary': 'Día del programa (horario de ejemplo)',
  'carepath.schedule.allDay': 'Atención las 24 horas: pregunte al centro',
  'carepath.schedule.allDay.inpatient': 'En el hospital, las personas se quedan día y noche, así que no hay un horario semanal que mostrar. Pregunte al centro cómo es un día normal.',
  'carepath.schedule.allDay.residential': 'En el tratamiento residencial, las personas viven en el centro día y noche, así que no hay un horario semanal que mostrar. Pregunte al centro cómo es un día normal.',
};

export const esQuiz: Strings<typeof enQuiz> = {
  // (quiz keys)
};

export const esCost: Strings<typeof enCost> = {
  // (cost keys)
};
