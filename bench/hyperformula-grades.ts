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
 * over the whole column, 50,000 × 50,000 comparisons. HyperFormula does not finish these within the
 * bench's wait (bench/hyperformula.ts SLOW_BUDGET_MS), so the ratio printed is a lower bound.
 */
type Slow = { row: (s: Cells, r: number) => string | string[]; slow: true };

export const GRADE_NATIVE: Record<string, { row: (s: Cells, r: number) => string | string[] } | Slow> = {
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
  // Leaves out: several grouping columns side by side (one here), averages typed as text.
  LUGAR: {
    slow: true,
    row: (s, r) => {
      const [p, g] = [s.at('promedios', r), s.at('grupos', r)];
      return `=IF(${p}="","",COUNTIFS(${s.all('grupos')},${g},${s.all('promedios')},">"&${p})+1)`;
    },
  },
  // Leaves out: the scale check, a count typed as text.
  CUADRO_HONOR: {
    row: (s, r) => {
      const [p, f] = [s.at('promedios', r), s.at('materias_reprobadas', r)];
      return `=IF(${p}="","",IF(AND(${p}>=9,OR(${f}="",${f}=0)),"Cuadro de honor",""))`;
    },
  },
  // Leaves out: that a higher average of a student who does not take part does not count, semestres
  // written «4°» or «cuarto», the Configuración's semesters and minimum.
  GANADOR_EXCELENCIA: {
    slow: true,
    row: (s, r) => {
      const [p, c, si, se, f] = ['promedios', 'carreras', 'sistemas', 'semestres', 'materias_reprobadas'].map((n) => s.at(n, r));
      const same = `${s.all('carreras')},${c},${s.all('sistemas')},${si},${s.all('semestres')},${se},${s.all('promedios')}`;
      return [
        `=IF(${p}="","",IF(AND(${se}<>4,${se}<>6,${se}<>8),"No participa: semestre",IF(${p}<9.5,"No participa: promedio",`,
        `IF(${f}>0,"No participa: no aprobó todo en ordinario",IF(COUNTIFS(${same},">"&${p})>0,"No gana: hay un promedio más alto",`,
        `IF(COUNTIFS(${same},${p})>1,"Empate: dictamen de la Comisión","Ganador"))))))`,
      ].join('');
    },
  },
  // Leaves out: repeated applicants and ties flagged, grades typed as text, NP.
  LUGAR_EXAMEN: {
    slow: true,
    row: (s, r) => {
      const [g, c] = [s.at('calificaciones', r), s.at('campus', r)];
      const place = `(COUNTIFS(${s.all('campus')},${c},${s.all('calificaciones')},">"&${g})+1)`;
      return `=IF(OR(${g}="",${g}<6),"",IF(${place}<=3,${place},""))`;
    },
  },
};
