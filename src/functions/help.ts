// The functions as the Ayuda dialog lists them: syntax, what it gives, one example.
export interface FunctionHelp {
  name: string;
  syntax: string;
  summary: string;
  example: string;
}

export const FUNCTION_HELP: FunctionHelp[] = [
  {
    name: 'BECA',
    syntax: 'BECA(plan; promedio; criterio; [configuracion])',
    summary: 'Fracción de la colegiatura que otorga la beca según el plan (Cap. XI, Art. 2).',
    example: '=BECA("I"; 8,5; "Sí") → 0,1',
  },
  {
    name: 'BECA_MOTIVO',
    syntax: 'BECA_MOTIVO(plan; promedio; criterio; [configuracion])',
    summary: 'La razón de la beca, con el artículo aplicado.',
    example: '=BECA_MOTIVO("III"; ; 2) → «50 %: Plan III Académica, segundo lugar en el examen (Cap. XI, Art. 2)»',
  },
];
