// The words the add-on writes into the workbook from src/gas: sheet names, headers, colour-rule words, dashboard headings, menu labels.
/** The sheet of the rules every custom function and panel reads. */
export const CONFIG_SHEET = 'Configuración';
/** The Resumen's Tablero of a student sheet. */
export const DASHBOARD_SHEET = 'Tablero';
export const TRACKER_SHEETS = { convenios: 'Convenios', compromisos: 'Compromisos', iiee: 'II.EE.' } as const;
/** Where the consolidation's IMPORTRANGE formulas land: raw copies of trackers, never a tracker itself. */
export const IMPORT_SHEET = 'Importación';
export const SOURCES_SHEET = 'Fuentes';
export const CONSOLIDATED_SHEET = 'Compromisos consolidados';
/** The student templates «Crear plantillas» makes. */
export const STUDENT_SHEETS = { alumnos: 'Alumnos', calificaciones: 'Calificaciones', asistencia: 'Asistencia', becas: 'Becas' } as const;

/** How an «Error: …» cell starts (errorText), so a colour rule can match every one. */
export const ERROR_START = 'Error';
/** The header next to the fecha de corte cell that the daily job refreshes (see refreshCutoff). */
export const CUTOFF_HEADER = 'Fecha de corte';
/** The computed columns of the Convenios and Compromisos templates. */
export const TRACKER_COLUMNS = { vigencia: 'Vigencia', seguimiento: 'Seguimiento' } as const;

