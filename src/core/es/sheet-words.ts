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

/** Student template headers that are no field's label (those come from STUDENT_FIELDS, so a template reads back by the same synonyms). */
export const TEMPLATE_HEADERS = {
  semestre: 'Semestre',
  grupo: 'Grupo',
  tutorEmail: 'Correo del tutor',
  materia: 'Materia',
  criterio: 'Criterio',
  calificacion: 'Calificación',
} as const;

/** How an «Error: …» cell starts (errorText), so a colour rule can match every one. */
export const ERROR_START = 'Error';
/** The header next to the fecha de corte cell that the daily job refreshes (see refreshCutoff). */
export const CUTOFF_HEADER = 'Fecha de corte';
/** The computed columns of the Convenios and Compromisos templates. */
export const TRACKER_COLUMNS = { vigencia: 'Vigencia', seguimiento: 'Seguimiento' } as const;


/** The heading of a Tablero's first row, right of its title. */
export const updatedOn = (day: string) => `Actualizado el ${day}`;

/** The Tablero of a student sheet: its titles, headers and chart titles. */
export const DASHBOARD_WORDS = {
  heading: (sheet: string) => `Resumen de la hoja «${sheet}»`,
  perPlan: 'Alumnos por plan de beca',
  perPlanHeader: ['Plan', 'Nombre', 'Alumnos', 'Con beca'],
  perStudyPlan: (minimum: string) => `Alumnos becados por plan de estudios (mínimo ${minimum}, LGE art. 149 fr. III)`,
  perStudyPlanHeader: ['Plan de estudios', 'Alumnos', 'Con beca', '% con beca', 'Cumple el mínimo'],
  yes: 'Sí',
  no: 'No',
  statuses: 'Estatus de promoción',
  statusesHeader: ['Estatus', 'Alumnos'],
  other: 'Otros datos',
  students: 'Alumnos',
  withoutRight: 'Sin derecho a examen',
  rowsWithErrors: 'Filas con «Error:» por revisar',
  plansChart: 'Alumnos y becas por plan',
  statusesChart: 'Estatus de promoción',
} as const;

export const CONVENIOS_DASHBOARD = 'Tablero de convenios';

/** The Tablero de convenios: its titles and headers. */
export const CONVENIOS_DASHBOARD_WORDS = {
  heading: 'Tablero de convenios y compromisos',
  perYear: (signed: number) => `Convenios firmados por año (${signed} en total)`,
  perYearHeader: ['Año', 'Convenios'],
  perSector: 'Convenios firmados por sector',
  perSectorHeader: ['Sector', 'Convenios'],
  perSupport: 'Convenios firmados por tipo de apoyo',
  perSupportHeader: ['Tipo de apoyo', 'Convenios'],
  perStage: 'Convenios por etapa',
  perStageHeader: ['Etapa', 'Convenios'],
  byAliado: ['Compromisos por aliado', 'Aliado'],
  byStrategy: ['Compromisos por estrategia', 'Estrategia'],
  byIiee: ['Compromisos por II.EE.', 'II.EE.'],
  coverage: (catalog: number) =>
    catalog ? `II.EE. beneficiadas por estrategia (catálogo de ${catalog} II.EE.)` : 'II.EE. beneficiadas por estrategia (sin catálogo II.EE.: sobre las II.EE. con compromisos)',
  coverageHeader: ['Estrategia', 'II.EE. beneficiadas', '% de II.EE.'],
} as const;

/** The add-on's menu, its dialogs' titles and the sidebar's title. */
export const MENU_WORDS = {
  title: 'Secretaría escolar',
  openPanel: 'Abrir panel',
  computeSheet: 'Calcular hoja actual',
  createTemplates: 'Crear plantillas',
  createDashboard: 'Crear tablero',
  configuration: 'Configuración',
  help: 'Ayuda',
  diagnostic: 'Diagnóstico',
  helpTitle: 'Ayuda: funciones de la oficina escolar',
} as const;

/** The descriptions of the warning-only protections over the add-on's computed columns. */
export const PROTECTION_WORDS = {
  computedColumn: 'Secretaría escolar: columna calculada',
  templateColumns: (first: string, last: string) => `Secretaría escolar: columnas ${first} a ${last} calculadas`,
} as const;
