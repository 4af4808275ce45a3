// The Calendario de pagos and Pagos templates for «Crear plantillas»: the due dates, and the payment grid with its live debt and beca columns.
import { CUTOFF_HEADER } from '../../core/es/sheet-words';
import { BECA_STANDING_WORDS, PAGOS_HEADERS, PAGOS_SHEETS, PAYMENT_STATE_WORDS } from '../../core/es/pagos';
import { FIELD_LABELS, columnLetter } from '../../core/students/fields';
import { CONFIG_RANGE } from '../config-panel';
import { CUTOFF_FORMULA } from './convenios';
import { GREEN, RED, TemplateColumn, TemplateSpec, errors } from './spec';

const MONTHS = 6;
/** The example period: February to July 2026, due on the 10th (dia_vencimiento's default). */
const DUE = Array.from({ length: MONTHS }, (_, i) => `10/${String(i + 2).padStart(2, '0')}/2026`);
/** The example student: paid February early, March on its due date, April late (so the beca is cancelled), nothing since. */
const PAID = ['05/02/2026', '10/03/2026', '15/04/2026', '', '', ''];

/** The due-date row of the Calendario de pagos sheet, which every Pagos formula reads. */
const CALENDAR = `'${PAGOS_SHEETS.calendario}'!$A$2:$${columnLetter(MONTHS - 1)}$2`;

const INPUTS: TemplateColumn[] = [
  { header: FIELD_LABELS.matricula, example: 'A-0001' },
  { header: FIELD_LABELS.nombre, example: 'Ejemplo: Ana López Ruiz' },
  { header: FIELD_LABELS.colegiatura, example: 2500 },
  { header: PAGOS_HEADERS.beca, example: 0.3 },
  { header: PAGOS_HEADERS.dictamen, example: '01/02/2026' },
  ...PAID.map((example, i) => ({ header: PAGOS_HEADERS.mensualidad(i + 1), example })),
  // Only for a student who left without notice (Cap. IV, Art. 1 XVI): blank otherwise.
  { header: PAGOS_HEADERS.abandono, example: '' },
  { header: PAGOS_HEADERS.aviso, example: '' },
];

/** The live columns, each over the whole input columns, and the fecha de corte cell right of its header. */
function pagosFormulas(cols: TemplateColumn[]): ReturnType<TemplateSpec['computed']> {
  const at = (header: string) => columnLetter(cols.findIndex((c) => c.header === header));
  const column = (header: string) => `${at(header)}2:${at(header)}`;
  const pagos = `${at(PAGOS_HEADERS.mensualidad(1))}2:${at(PAGOS_HEADERS.mensualidad(MONTHS))}`;
  const computed = [PAGOS_HEADERS.adeudadas, PAGOS_HEADERS.estado, PAGOS_HEADERS.detalle, PAGOS_HEADERS.adeudo, PAGOS_HEADERS.becaVigente, PAGOS_HEADERS.motivoBeca, PAGOS_HEADERS.desercion];
  // The «Fecha de corte» header follows the computed columns; its cell is the one to its right.
  const cutoff = `$${columnLetter(cols.length + computed.length + 1)}$1`;
  const ledger = `${pagos}, ${CALENDAR}, ${cutoff}`;
  const colegiatura = column(FIELD_LABELS.colegiatura);
  const beca = column(PAGOS_HEADERS.beca);
  const dictamen = column(PAGOS_HEADERS.dictamen);
  return [
    { header: PAGOS_HEADERS.adeudadas, formula: `=MENSUALIDADES_ADEUDADAS(${ledger}, ${CONFIG_RANGE})` },
    { header: PAGOS_HEADERS.estado, formula: `=ESTADO_PAGOS(${ledger}, ${CONFIG_RANGE})` },
    { header: PAGOS_HEADERS.detalle, formula: '' },
    { header: PAGOS_HEADERS.adeudo, formula: `=ADEUDO_COLEGIATURA(${colegiatura}, ${beca}, ${ledger}, ${dictamen}, ${CONFIG_RANGE})` },
    { header: PAGOS_HEADERS.becaVigente, formula: `=BECA_VIGENTE(${beca}, ${ledger}, ${dictamen}, ${CONFIG_RANGE})` },
    { header: PAGOS_HEADERS.motivoBeca, formula: '' },
    { header: PAGOS_HEADERS.desercion, formula: `=ADEUDO_DESERCION(${colegiatura}, ${column(PAGOS_HEADERS.abandono)}, ${column(PAGOS_HEADERS.aviso)}, ${CALENDAR}, ${cutoff}, ${CONFIG_RANGE})` },
    { header: CUTOFF_HEADER, formula: '', beside: CUTOFF_FORMULA },
  ];
}

export const PAGOS_TEMPLATES: TemplateSpec[] = [
  {
    sheet: PAGOS_SHEETS.calendario,
    columns: DUE.map((example, i) => ({ header: PAGOS_HEADERS.mensualidad(i + 1), example })),
    computed: () => [],
    highlights: [],
  },
  {
    sheet: PAGOS_SHEETS.pagos,
    columns: INPUTS,
    computed: pagosFormulas,
    highlights: [
      { header: PAGOS_HEADERS.estado, when: 'equals', value: PAYMENT_STATE_WORDS.owing, background: RED },
      { header: PAGOS_HEADERS.estado, when: 'equals', value: PAYMENT_STATE_WORDS.current, background: GREEN },
      { header: PAGOS_HEADERS.becaVigente, when: 'equals', value: BECA_STANDING_WORDS.cancelled, background: RED },
      errors(PAGOS_HEADERS.adeudadas),
      errors(PAGOS_HEADERS.adeudo),
    ],
  },
];
