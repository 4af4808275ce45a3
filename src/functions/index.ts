// Every custom function, in the order the Ayuda dialog lists them.
export { BECA, BECA_MOTIVO } from './becas';
export { RENUEVA_BECA, COLEGIATURA_NETA } from './colegiatura';
export { ASISTENCIA, DERECHO_EXAMEN, FALTAS_RESTANTES, CALIFICACION_FINAL, ESTATUS_PROMOCION, MATERIAS_REPROBADAS } from './students';
export { SEGUIMIENTO, DIAS_RESTANTES, VIGENCIA_CONVENIO, RESUMEN_COMPROMISOS, COBERTURA } from './followup';
