// The functions as the Ayuda dialog lists them: syntax, what it gives, one example.
export interface FunctionHelp {
  name: string;
  syntax: string;
  summary: string;
  example: string;
  /** What each output cell holds, for the property tests: a fraction, a number, one of `words`, free text, or a table. */
  output: 'fraction' | 'number' | 'word' | 'text' | 'table';
  /** The fixed Spanish words a 'word' output can take (so CONTAR.SI and conditional formats work). */
  words?: string[];
  /** Parameters in order, and which ones take a whole row per student (e.g. grades). */
  params: { name: string; shape?: 'cell' | 'row'; optional?: boolean }[];
}

export const FUNCTION_HELP: FunctionHelp[] = [
  {
    name: 'BECA',
    syntax: 'BECA(plan; promedio; criterio; [configuracion])',
    summary: 'Fracción de la colegiatura que otorga la beca según el plan (Cap. XI, Art. 2).',
    example: '=BECA("I"; 8,5; "Sí") → 0,1',
    output: 'fraction',
    params: [{ name: 'plan' }, { name: 'promedio' }, { name: 'criterio' }, { name: 'configuracion', optional: true }],
  },
  {
    name: 'BECA_MOTIVO',
    syntax: 'BECA_MOTIVO(plan; promedio; criterio; [configuracion])',
    summary: 'La razón de la beca, con el artículo aplicado.',
    example: '=BECA_MOTIVO("III"; ; 2) → «50 %: Plan III Académica, segundo lugar en el examen (Cap. XI, Art. 2)»',
    output: 'text',
    params: [{ name: 'plan' }, { name: 'promedio' }, { name: 'criterio' }, { name: 'configuracion', optional: true }],
  },
];
