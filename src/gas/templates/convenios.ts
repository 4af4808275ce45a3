// The Convenios, Compromisos and II.EE. templates for «Crear plantillas», with their fecha de corte cell.
import { COMPROMISO_FIELDS, CONVENIO_FIELDS, IIEE_FIELDS } from '../../core/convenios/columns';
import { STAGES } from '../../core/convenios/cycle';
import { columnLetter } from '../../core/students/fields';
import { CUTOFF_HEADER, TRACKER_COLUMNS, TRACKER_SHEETS } from '../../core/es/sheet-words';
import { FOLLOW_UP_WORDS, VIGENCIA_WORDS } from '../../core/es/words';
import { CONFIG_RANGE } from '../config-panel';
import { AMBER, GREEN, Highlight, RED, TemplateColumn, TemplateSpec, errors } from './spec';

/**
 * What a new template puts in the fecha de corte cell: today, live without the daily job (Sheets
 * shows it as `=HOY()` in Spanish; setFormula takes en-US names).
 */
export const CUTOFF_FORMULA = '=TODAY()';

const SECTORS = ['Educativo', 'Social', 'Público', 'Privado'];
/** Seed 000's kinds of support, plus the basic services seed 001 manages for rural schools. */
const SUPPORT = [
  'Becas', 'Intercambio académico', 'Intercambio cultural o deportivo', 'Equipo y material didáctico', 'Prácticas profesionales',
  'Estadías', 'Servicio social', 'Actividades culturales, deportivas o recreativas', 'Infraestructura', 'Transporte', 'Agua', 'Otro',
];
/** COMUSET's strategies (seed 001). */
const STRATEGIES = ['SOGESAM', 'MEDIAT', 'ESYA', 'Adopto una escuela', 'Redes locales multisectoriales', 'Educhasquis al rescate', 'Guardianes del COMUSET'];
const INCIDENCE = ['Alta', 'Media', 'Baja', 'Ninguna'];

/** Columns in the order of the field specs, so a template is read back by the same synonyms. */
function columns<F extends string>(specs: { field: F; label: string }[], example: Record<F, TemplateColumn['example']>, choices: Partial<Record<F, string[]>> = {}): TemplateColumn[] {
  return specs.map((s) => ({ header: s.label, example: example[s.field], ...(choices[s.field] ? { choices: choices[s.field] } : {}) }));
}

/**
 * A live column computed by `fn` over the inputs, then the «Fecha de corte» header with its cell to
 * the right in row 1, holding `=TODAY()`: the formula reads that cell as its `hoy`, so it recalculates
 * every day (a custom function runs again only when an argument changes).
 */
function withCutoff(header: string, fn: (letter: (h: string) => string, cutoff: string) => string): TemplateSpec['computed'] {
  return (cols) => {
    const letter = (h: string) => columnLetter(cols.findIndex((c) => c.header === h));
    const cutoff = `$${columnLetter(cols.length + 2)}$1`;
    return [
      { header, formula: fn(letter, cutoff) },
      { header: CUTOFF_HEADER, formula: '', beside: CUTOFF_FORMULA },
    ];
  };
}

/** A state column coloured by its words, and amber for «Error: …» rows. */
const stateColors = (header: string, colors: [string, string][]): Highlight[] => [
  ...colors.map(([value, background]): Highlight => ({ header, when: 'equals', value, background })),
  errors(header),
];

const label = <F extends string>(specs: { field: F; label: string }[], field: F) => specs.find((s) => s.field === field)!.label;
const COMMITMENT_STATE = TRACKER_COLUMNS.seguimiento;
const VIGENCIA = TRACKER_COLUMNS.vigencia;

export const CONVENIO_TEMPLATES: TemplateSpec[] = [
  {
    sheet: TRACKER_SHEETS.convenios,
    columns: columns(
      CONVENIO_FIELDS,
      {
        numero: 'CV-001', objeto: 'Ejemplo: prácticas profesionales de 5.º semestre', contraparte: 'Empresa Ejemplo S.A.', sector: 'Privado', tipo: 'Específico',
        apoyo: 'Prácticas profesionales', etapa: 'Ejecución', producto: 'https://drive.google.com/…', firma: '2026-02-15', inicio: '2026-03-01', fin: '2027-02-28',
        responsable: 'Ejemplo: Lic. Ana López', correo: 'vinculacion@example.com', estado: 'Vigente', cumplimiento: '', cobertura: '', calidad: '', pertinencia: '', equidad: '',
      },
      {
        sector: SECTORS, tipo: ['Marco', 'Específico'], apoyo: SUPPORT, etapa: STAGES.map((s) => s.name), estado: ['En trámite', 'Vigente', 'Concluido', 'Cancelado'],
        cobertura: INCIDENCE, calidad: INCIDENCE, pertinencia: INCIDENCE, equidad: INCIDENCE,
      },
    ),
    computed: withCutoff(VIGENCIA, (col, cutoff) => {
      const end = col(label(CONVENIO_FIELDS, 'fin'));
      return `=VIGENCIA_CONVENIO(${end}2:${end},${cutoff},,${CONFIG_RANGE})`;
    }),
    highlights: stateColors(VIGENCIA, [[VIGENCIA_WORDS.ended, RED], [VIGENCIA_WORDS.ending, AMBER]]),
  },
  {
    sheet: TRACKER_SHEETS.compromisos,
    columns: columns(
      COMPROMISO_FIELDS,
      {
        numero: 'C-001', convenio: 'Mesa de diálogo territorial 2026', estrategia: 'MEDIAT', aliado: 'Municipalidad distrital', sector: 'Público',
        iiee: 'IE 42015', compromiso: 'Ejemplo: instalar tanque de agua', responsable: 'Ejemplo: Prof. Luis Mamani', correo: 'director@example.com',
        fechaLimite: '2026-06-30', estado: 'Cumplido', fechaCumplimiento: '2026-06-20', evidencia: 'https://drive.google.com/…',
      },
      { estrategia: STRATEGIES, sector: SECTORS, estado: ['Pendiente', 'En proceso', 'Cumplido', 'Cancelado'] },
    ),
    computed: withCutoff(COMMITMENT_STATE, (col, cutoff) => {
      const date = col(label(COMPROMISO_FIELDS, 'fechaLimite'));
      const estado = col(label(COMPROMISO_FIELDS, 'estado'));
      return `=SEGUIMIENTO(${date}2:${date},${estado}2:${estado},${cutoff},,${CONFIG_RANGE})`;
    }),
    highlights: stateColors(COMMITMENT_STATE, [[FOLLOW_UP_WORDS.overdue, RED], [FOLLOW_UP_WORDS.due_soon, AMBER], [FOLLOW_UP_WORDS.done, GREEN]]),
  },
  {
    sheet: TRACKER_SHEETS.iiee,
    columns: columns(
      IIEE_FIELDS,
      { codigo: '0234567', nombre: 'IE 42015', nivel: 'Primaria', zona: 'Rural', distrito: 'Ite' },
      { nivel: ['Inicial', 'Primaria', 'Secundaria'], zona: ['Rural', 'Urbana'] },
    ),
    computed: () => [],
    highlights: [],
  },
];
