// The words offices write in a student register's headers and rows, as data beside the parser (headers.ts, detect.ts, rows.ts).
// Compared after normalizeHeader and without the optional words (de, del, el, la, No., N°…); a header word
// also matches a synonym word it abbreviates (≥ 3 letters): «Ses.» sesiones, «justif.» justificadas, «serv.» servicio.

/** Field synonyms, best first: the first that matches decides ties between fields on one column. */
export const FIELD_SYNONYMS = {
  nombre: ['nombre', 'alumno', 'nombre del alumno', 'nombre completo', 'estudiante', 'nombre del estudiante', 'apellidos y nombres', 'nombres y apellidos', 'apellidos y nombre', 'nombre alumno', 'alumna o alumno'],
  matricula: ['matricula', 'numero de matricula', 'numero de control', 'control', 'id alumno', 'codigo', 'codigo del estudiante', 'codigo del alumno', 'clave del alumno', 'clave', 'curp'],
  planEstudios: ['plan de estudios', 'carrera', 'especialidad', 'programa educativo', 'bachillerato', 'sistema'],
  plan: ['plan de beca', 'plan beca', 'tipo de beca', 'beca plan', 'plan', 'programa de beca', 'beca'],
  porcentajeBeca: ['porcentaje de beca', '% de beca', '% beca', 'beca %', '% otorgado', 'porcentaje otorgado', 'beca otorgada', 'beca'],
  promedio: ['promedio', 'prom gral', 'promedio general', 'prom', 'promedio final', 'prom final', 'promedio ordinario', 'prom ordinario'],
  criterio: ['criterio', 'criterio de beca', 'criterio beca', 'crit'],
  calificacion: ['calificacion final', 'calif final', 'cal final', 'calificacion', 'calif'],
  asistencias: ['asistencias', 'asist', 'asistencia', 'numero de asistencias', 'dias asistidos', 'sesiones asistidas', 'clases asistidas'],
  sesiones: ['sesiones', 'sesiones impartidas', 'clases impartidas', 'sesiones dadas', 'clases', 'dias de clase', 'ses'],
  sesionesCurso: ['sesiones del curso', 'sesiones totales', 'sesiones programadas', 'total de sesiones', 'clases del curso', 'sesiones del semestre'],
  justificadas: ['faltas justificadas', 'f justificadas', 'justificadas', 'just', 'faltas just', 'inasistencias justificadas', 'inasist justificadas'],
  diasHabiles: ['dias habiles', 'dias laborables', 'dias lectivos'],
  inasistencias: ['inasistencias', 'faltas', 'total de faltas', 'total de inasistencias', 'dias de inasistencia'],
  adeudosAnteriores: ['adeudos anteriores', 'materias adeudadas', 'adeudos', 'materias adeudadas anteriores', 'reprobadas anteriores', 'materias pendientes', 'asignaturas adeudadas'],
  horasServicio: ['horas de servicio becario', 'horas de servicio', 'horas servicio', 'servicio becario', 'horas servicio becario'],
  adeudoColegiatura: ['adeudo de colegiatura', 'adeudo colegiatura', 'adeudo', 'colegiatura pendiente', 'debe colegiatura', 'saldo'],
  colegiatura: ['colegiatura', 'colegiatura mensual', 'cuota', 'mensualidad', 'cuota mensual'],
  formaPago: ['forma de pago', 'forma pago', 'tipo de pago', 'pago'],
  numeroLista: ['no', 'n', 'numero', 'no lista', 'numero de lista', 'n l', 'nl', 'num'],
  grupo: ['grupo', 'gpo', 'grado y grupo', 'grado', 'seccion', 'grado y seccion'],
  // The dates of a payment grid (Cap. XI, Art. 1 IX; Cap. IV, Art. 1 XVI): named whole, never «dictamen» or «baja» alone.
  fechaDictamen: ['fecha de dictamen', 'fecha del dictamen', 'dictamen de beca fecha', 'fecha dictamen'],
  fechaAbandono: ['fecha de abandono', 'abandono', 'fecha abandono', 'dejo de asistir'],
  fechaAviso: ['fecha de aviso de baja', 'aviso de baja', 'fecha de aviso', 'fecha de baja', 'baja notificada'],
} as const;

/** The parts of a name split over several columns (Apellido paterno · Apellido materno · Nombre(s)). */
export const NAME_PART_SYNONYMS = ['apellido paterno', 'apellido materno', 'primer apellido', 'segundo apellido', 'apellidos', 'nombres', 'nombre'];

/** A criterion column of one or some plans, as dictamen sheets keep them (Cap. XI, Art. 2). */
export const CRITERION_SYNONYMS: { plans: string[]; synonyms: string[] }[] = [
  { plans: ['I'], synonyms: ['nivel anterior', 'nivel anterior sistema', 'curso nivel anterior', 'continuidad'] },
  { plans: ['II', 'III'], synonyms: ['lugar', 'lugar examen', 'delfin', 'lugar o delfin'] },
  { plans: ['IV'], synonyms: ['parentesco', 'sistema del familiar', 'sistema familiar'] },
  { plans: ['V', 'VII'], synonyms: ['% comite', '% beca comite', 'porcentaje comite', 'porcentaje del comite', 'beca comite'] },
  { plans: ['VI'], synonyms: ['anos de servicio', 'anos servicio padre', 'anos de servicio del padre', 'antiguedad'] },
];

/** Sub-headers of a subject's parciales (not subjects: they feed exención) and of its final grade. */
export const PARCIAL = /^(p ?\d|\d ?(er|do|ro|to|o)? ?p(arcial)?|(primer|segundo|tercer|cuarto) parcial|parcial ?\d|\d ?(er|do|ro|to|o)? parcial)$/;
export const FINAL = /^(final|calif(icacion)? final|cal final|ordinario|definitiva)$/;

/** Headers whose small whole numbers fit a grade scale without being subjects. */
export const NOT_SUBJECTS = ['semestre', 'grado', 'grupo', 'edad', 'ano', 'periodo', 'turno', 'lugar', 'no', 'num', 'numero', 'n', 'id', 'folio', 'cuatrimestre', 'parcial', 'horas', 'tardanzas', 'retardos', 'sexo', 'trimestre', 'bimestre', 'nivel'];

/** Titles that open a teacher's or an official's name, never a student's. */
export const TITLES = /^(ing|lic|mtro|mtra|maestro|maestra|prof|profr|profra|profa|dr|dra|q ?f ?b|c|arq|psic|biol|ccp|mvz|sr|sra)\b\.?/;

/** A line drawn for a signature: «______», «-----». */
export const SIGNATURE_LINE = /^[\s_\-–.]{3,}$/;

/** What a row's text says it is when it is not a student (rows.ts), compared after normalizeHeader. */
export const ROW_KINDS: { kind: 'total' | 'promedio' | 'encabezado de grupo' | 'firma' | 'nota'; test: RegExp }[] = [
  { kind: 'firma', test: /^(_{3,}|-{3,}|firma\b|nombre y firma|vo bo\b|v ?o ?b ?o\b|director|directora|subdirector|presidente|presidenta|secretario|secretaria|prefecto|prefecta|tutor|tutora|docente|coordinador|coordinadora|profra asesora|elaboro|reviso|autorizo|sello)/ },
  { kind: 'total', test: /^(total|totales|suma|numero de alumnos|alumnos inscritos|inscritos)\b/ },
  { kind: 'promedio', test: /^(promedio|prom|media)\b/ },
  { kind: 'encabezado de grupo', test: /^(grupo|grado|seccion|semestre|turno|carrera|especialidad)\b|^\d+ ?(o|er|do|ro|to)? (grado|grupo|semestre|seccion|ano)\b/ },
  { kind: 'nota', test: /^(nota|notas|observacion|observaciones|escala|generado|fuente|nb|n b|importante)\b/ },
];
