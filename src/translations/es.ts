/** Spanish UI strings (US Spanish). Every key of en.ts; UI text only, never instrument items. */
import type { Translation } from './en.js';

export const es: Translation = {
  // Shared
  'carepath.common.notice': 'Esta sección no está disponible en este momento.',
  'carepath.common.debugHeading': 'Problemas de configuración (se muestran por el atributo debug)',
  'carepath.common.notDiagnosis': 'Esta es información general, no un consejo médico. Solo un profesional clínico con licencia puede recomendar un nivel de atención, después de una evaluación completa.',

  // <carepath-levels>
  // (levels keys)

  // <carepath-schedule>
  // (schedule keys)
};
