// The native-formula equivalents of the period's grade functions for bench/hyperformula.ts: what a secretary would write with IF, COUNTIF and TRUNC.

/** What bench/hyperformula.ts's Sheet gives: a parameter's cell (or row range) in a row, its whole column, a free column. */
interface Cells {
  at(name: string, row: number): string;
  all(name: string): string;
  free(offset?: number): string;
}

const failed = (g: string) => `COUNTIF(${g},"<6")+COUNTIF(${g},"NP")+COUNTIF(${g},"SD")`;

/**
 * A place within a column compares each row with every other: the native way is a COUNTIFS per row
 * over the whole column, 5,000 × 50,000 comparisons: HyperFormula did not finish the three in 15 minutes.
 */
const WHOLE_COLUMN = 'sin medir: su equivalente nativo es un COUNTIFS por fila sobre toda la columna (5000 × 50 000 comparaciones), y HyperFormula no terminó las tres en 15 minutos';

export const GRADE_NATIVE: Record<string, { row: (s: Cells, r: number) => string | string[] } | { none: string }> = {
  // Leaves out: the 5–10 check of each grade, grades typed as text «8,5», lower-case np/sd, the
  // Configuración's decimals, rounding and value of NP.
  PROMEDIO_FINAL: {
    row: (s, r) => {
      const g = s.at('calificaciones', r);
      const marks = `(COUNTIF(${g},"NP")+COUNTIF(${g},"SD"))`;
      return `=IF(COUNTA(${g})=0,"",TRUNC((SUM(${g})+5*${marks})/(COUNT(${g})+${marks}),1))`;
    },
  },
  // Leaves out: the grade check, lower-case np/sd, the «promedio» rule of the Configuración.
  EXENCION: {
    row: (s, r) => {
      const p = s.at('parciales', r);
      return `=IF(COUNTA(${p})=0,"",IF(COUNTBLANK(${p})>0,"Pendiente",IF(${failed(p)}=0,"Exento","Presenta ordinario")))`;
    },
  },
  // Leaves out: the grade checks, justified absences, asistencias above sesiones, SD in the ordinario
  // (5 as well), the Configuración.
  CALIFICACION_MATERIA: {
    row: (s, r) => {
      const [p, o, a, n] = [s.at('parciales', r), s.at('ordinario', r), s.at('asistencias', r), s.at('sesiones', r)];
      return [
        `=IF(COUNTA(${p})=0,"",IF(AND(${a}<>"",${a}/${n}<0.8),5,IF(COUNTBLANK(${p})>0,"",`,
        `IF(${failed(p)}=0,TRUNC(AVERAGE(${p}),1),IF(${o}="","",IF(OR(${o}="NP",${o}="SD"),5,${o}))))))`,
      ].join('');
    },
  },
  // Leaves out: NP and SD as grades, debts typed as amounts, the checks of every count.
  REGULARIZACION: {
    row: (s, r) => {
      const [g, u, m, d] = [s.at('calificacion_final', r), s.at('oportunidades_usadas', r), s.at('materias_adeudadas', r), s.at('mensualidades_adeudadas', r)];
      return [
        `=IF(${g}="","",IF(${g}>=6,"Aprobada",IF(${m}>3,"Baja por adeudo",IF(${u}>=3,"Oportunidades agotadas",IF(OR(${d}="Sí",AND(ISNUMBER(${d}),${d}>0)),"Sin derecho por adeudo","Con derecho")))))`,
        `=IF(${s.free()}${r}="Con derecho",3-${u},"")`,
      ];
    },
  },
  LUGAR: { none: WHOLE_COLUMN },
  // Leaves out: the scale check, a count typed as text.
  CUADRO_HONOR: {
    row: (s, r) => {
      const [p, f] = [s.at('promedios', r), s.at('materias_reprobadas', r)];
      return `=IF(${p}="","",IF(AND(${p}>=9,OR(${f}="",${f}=0)),"Cuadro de honor",""))`;
    },
  },
  GANADOR_EXCELENCIA: { none: WHOLE_COLUMN },
  LUGAR_EXAMEN: { none: WHOLE_COLUMN },
};
