// The native-formula equivalents of the payment functions for bench/hyperformula.ts: what an office would
// write with COUNTIFS over the row of payments and the row of due dates.

/** What bench/hyperformula.ts's Sheet gives: a parameter's cell (or row range) in a row, its whole column, a free column. */
interface Cells {
  at(name: string, row: number): string;
  all(name: string): string;
  free(offset?: number): string;
}

/** The cut-off day: the hoy cell, or today when it is blank. */
const cutoff = (s: Cells, r: number) => `IF(${s.at('hoy', r)}="",TODAY(),${s.at('hoy', r)})`;

/** Months due before the cut-off with nothing in their payment cell, or 0, or «no». */
function owed(s: Cells, r: number): string {
  const [p, v] = [s.at('pagos', r), s.at('vencimientos', r)];
  const before = `${v},"<"&${cutoff(s, r)}`;
  return `(COUNTIFS(${before},${p},"")+COUNTIFS(${before},${p},0)+COUNTIFS(${before},${p},"no"))`;
}

const blankRow = (s: Cells, r: number) => `COUNTA(${s.at('vencimientos', r)})=0`;

export const PAGOS_NATIVE: Record<string, { row: (s: Cells, r: number) => string | string[] }> = {
  // Leaves out: payments typed as amounts, sí or x being checked as payments (any other text counts
  // as paid), a payment cell without its due date, dates typed as text.
  MENSUALIDADES_ADEUDADAS: { row: (s, r) => `=IF(${blankRow(s, r)},"",${owed(s, r)})` },
  // Leaves out: as MENSUALIDADES_ADEUDADAS, and the names of the months owed in the detail.
  ESTADO_PAGOS: {
    row: (s, r) => {
      const n = owed(s, r);
      return [`=IF(${blankRow(s, r)},"",IF(${n}>0,"Con adeudo","Al corriente"))`, `=IF(${blankRow(s, r)},"",IF(${n}>0,${n}&" mensualidades","ninguna mensualidad vencida sin pago"))`];
    },
  },
  // Leaves out: a payment made after its due date cancelling the beca, the fecha de dictamen, amounts
  // typed as text and percentages typed as whole numbers.
  ADEUDO_COLEGIATURA: {
    row: (s, r) => {
      const [fee, pct] = [s.at('colegiatura', r), s.at('porcentaje_beca', r)];
      const n = owed(s, r);
      return `=IF(${fee}="","",IF(${n}=0,0,ROUND(${fee}*(1-N(${pct}))+(${n}-1)*${fee},2)))`;
    },
  },
  // Leaves out: as ADEUDO_COLEGIATURA, and the month and date named in the reason.
  BECA_VIGENTE: {
    row: (s, r) => {
      const [pct, dictamen] = [s.at('porcentaje_beca', r), s.at('fecha_dictamen', r)];
      const state = [
        `=IF(${blankRow(s, r)},"",IF(OR(${pct}="",${pct}=0),"Sin beca",`,
        `IF(AND(${dictamen}<>"",${cutoff(s, r)}<${dictamen}),"Aún no vigente",IF(${owed(s, r)}>0,"Cancelada","Vigente"))))`,
      ].join('');
      const reason = `=IF(${blankRow(s, r)},"",IF(${owed(s, r)}>0,"cancelada: una mensualidad venció sin pago (Cap. XI, Art. 1 VII)","al corriente en colegiaturas (Cap. XI, Art. 1 VII)"))`;
      return [state, reason];
    },
  },
  // Leaves out: justified absences counted only when the Configuración says so, its minimum
  // attendance, and «Con adeudo» typed instead of a count.
  DERECHO_EVALUACION: {
    row: (s, r) => {
      const [a, n, j, debt] = [s.at('asistencias', r), s.at('sesiones', r), s.at('justificadas', r), s.at('mensualidades_adeudadas', r)];
      const short = `(${a}+N(${j}))/${n}<0.8`;
      const owes = `N(${debt})>0`;
      return `=IF(${a}="","",IF(AND(${short},${owes}),"Sin derecho por asistencia y adeudo",IF(${short},"Sin derecho por asistencia",IF(${owes},"Sin derecho por adeudo","Con derecho"))))`;
    },
  },
  // Leaves out: the check that the notice is not before the abandonment, dates typed as text.
  ADEUDO_DESERCION: {
    row: (s, r) => {
      const [fee, from, to, v] = [s.at('colegiatura', r), s.at('fecha_abandono', r), s.at('fecha_aviso', r), s.at('vencimientos', r)];
      return `=IF(${fee}="","",${fee}*COUNTIFS(${v},">="&${from},${v},"<="&${to}))`;
    },
  },
};
