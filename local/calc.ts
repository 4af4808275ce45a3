// npm run calc -- <libro.xlsx> [--salida <otro.xlsx>] [--formulas] [--reemplazar]: the Alumnos batch on every student sheet, without a browser;
// with --informe <salida.html>, the printed report of both Tableros instead (local/report.ts).
import { basename, resolve } from 'node:path';
import { UsageError, parseOptions, runMain } from './args';
import { lockWorkbook } from './lock';
import { writeReport } from './report';
import { openRuntime } from './runtime';
import { unkeptWarning } from './services/xlsx';

const USAGE = `Uso: npm run calc -- <libro.xlsx> [--salida <otro.xlsx>] [--formulas] [--reemplazar]
       npm run calc -- <libro.xlsx> --informe <salida.html>
  Calcula cada hoja de alumnos del libro (beca, motivo, renovación, derecho a examen, calificación final,
  faltas restantes, estatus de promoción; en una cuadrícula de pagos, mensualidades adeudadas, adeudo,
  beca vigente y adeudo por deserción: lo que sus columnas permitan) y guarda el libro.
  --salida <otro.xlsx>  guarda en otro archivo en vez de reemplazar el libro
  --formulas            escribe fórmulas vivas (para subir el libro a Hojas de cálculo de Google) en vez de valores
  --reemplazar          reemplaza datos que el complemento no escribió donde irían los resultados (por omisión, no)
  --informe <salida.html>
                        en vez de calcular, escribe un informe para imprimir en papel carta con las tablas y los
                        gráficos del «Tablero» y del «Tablero de convenios» (un solo archivo que se abre sin
                        conexión); el libro no se modifica`;

interface Options {
  book: string;
  output?: string;
  mode: 'formulas' | 'valores';
  replace: boolean;
  /** Where the report goes: then nothing is calculated nor saved. */
  report?: string;
}

/** The options, or undefined when help was asked; a slip throws a UsageError. */
export function parseArgs(argv: string[]): Options | undefined {
  const { options, positionals, help } = parseOptions(argv, { salida: { value: true, example: 'otro.xlsx' }, formulas: { value: false }, reemplazar: { value: false }, informe: { value: true, example: 'informe.html' } });
  if (help) return undefined;
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `Indique un solo libro; recibí ${positionals.length}.` : 'Falta el libro que calcular.');
  if (options.informe !== undefined) {
    const other = (['salida', 'formulas', 'reemplazar'] as const).find((name) => options[name] !== undefined);
    if (other) throw new UsageError(`La opción --informe no se combina con --${other}: el informe no calcula ni guarda el libro.`);
    if (!/\.html?$/i.test(options.informe)) throw new UsageError(`El informe es una página HTML: indique un archivo que termine en .html, no «${options.informe}».`);
  }
  return { book: positionals[0], output: options.salida, mode: options.formulas ? 'formulas' : 'valores', replace: options.reemplazar === true, ...(options.informe ? { report: options.informe } : {}) };
}

interface SheetReport {
  sheet: string;
  computed: boolean;
  lines: string[];
}

export async function calc(options: Options, print: (line: string) => void = console.log): Promise<SheetReport[]> {
  const book = resolve(options.book);
  const target = resolve(options.output ?? book);
  const lock = await lockWorkbook(target, 'npm run calc');
  try {
    return await calcLocked(book, target, options, print);
  } finally {
    lock.release();
  }
}

async function calcLocked(book: string, target: string, options: Options, print: (line: string) => void): Promise<SheetReport[]> {
  const rt = await openRuntime(book);
  const lost = unkeptWarning(rt.book);
  if (lost && target === book) throw new Error(`${lost} Guarde el resultado en otro archivo: --salida otro.xlsx.`);
  print(`Libro: ${basename(book)}`);
  rt.resetCalls();
  const reports = rt.context.calcularLibro_(options.mode, options.replace) as SheetReport[];
  const trips = rt.roundTrips;
  for (const r of reports) for (const [i, line] of r.lines.entries()) print(`${i ? '    ' : '  · '}${line}`);
  const computed = reports.filter((r) => r.computed).length;
  if (computed === 0) print('No se calculó ninguna hoja: el libro no se modificó.');
  else {
    await rt.save(target);
    print(`Guardado en ${target} (${computed} ${computed === 1 ? 'hoja calculada' : 'hojas calculadas'}).${lost ? ` La copia no tiene ${rt.book.unkept.join(', ')}: siguen en ${basename(book)}.` : ''}`);
  }
  // What the same batch would cost in Google (local/services/roundtrips.ts).
  print(`En Hojas de cálculo de Google serían ${trips} ${trips === 1 ? 'viaje' : 'viajes'} de ida y vuelta a los servidores.`);
  if (reports.some((r) => !r.computed && r.lines.length > 1)) print('Algunas hojas tienen datos donde irían los resultados: revíselos, o repita con --reemplazar.');
  return reports;
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed) return console.log(USAGE);
  if (parsed.report) await writeReport(resolve(parsed.book), resolve(parsed.report));
  else await calc(parsed);
}

if (require.main === module) runMain(main, USAGE, 'No se pudo calcular');
