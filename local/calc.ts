// npm run calc -- <libro.xlsx> [--salida <otro.xlsx>] [--formulas] [--reemplazar]: the Alumnos batch on every student sheet, without a browser.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { openRuntime } from './runtime';

const USAGE = `Uso: npm run calc -- <libro.xlsx> [--salida <otro.xlsx>] [--formulas] [--reemplazar]
  Calcula cada hoja de alumnos del libro (beca, motivo, renovación, derecho a examen, calificación final,
  faltas restantes, estatus de promoción: lo que sus columnas permitan) y guarda el libro.
  --salida <otro.xlsx>  guarda en otro archivo en vez de reemplazar el libro
  --formulas            escribe fórmulas vivas (para subir el libro a Hojas de cálculo de Google) en vez de valores
  --reemplazar          reemplaza datos que el complemento no escribió donde irían los resultados (por omisión, no)`;

interface Options {
  book: string;
  output?: string;
  mode: 'formulas' | 'valores';
  replace: boolean;
}

export function parseArgs(argv: string[]): Options | string {
  const rest: string[] = [];
  let output: string | undefined;
  let mode: Options['mode'] = 'valores';
  let replace = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--salida') {
      output = argv[++i];
      if (!output) return 'Falta el nombre del archivo después de --salida.';
    } else if (a === '--formulas') mode = 'formulas';
    else if (a === '--reemplazar') replace = true;
    else if (a === '--ayuda' || a === '--help' || a === '-h') return '';
    else if (a.startsWith('--')) return `Opción desconocida: ${a}`;
    else rest.push(a);
  }
  if (rest.length !== 1) return rest.length ? `Indique un solo libro; recibí ${rest.length}.` : '';
  return { book: rest[0], output, mode, replace };
}

interface SheetReport {
  sheet: string;
  computed: boolean;
  lines: string[];
}

export async function calc(options: Options, print: (line: string) => void = console.log): Promise<SheetReport[]> {
  const book = resolve(options.book);
  if (!existsSync(book)) throw new Error(`No encuentro el libro ${options.book}`);
  const rt = await openRuntime(book);
  print(`Libro: ${basename(book)}`);
  const reports = rt.context.calcularLibro_(options.mode, options.replace) as SheetReport[];
  for (const r of reports) for (const [i, line] of r.lines.entries()) print(`${i ? '    ' : '  · '}${line}`);
  const computed = reports.filter((r) => r.computed).length;
  if (computed === 0) print('No se calculó ninguna hoja: el libro no se modificó.');
  else {
    const target = resolve(options.output ?? book);
    await rt.save(target);
    print(`Guardado en ${target} (${computed} ${computed === 1 ? 'hoja calculada' : 'hojas calculadas'}).`);
  }
  if (reports.some((r) => !r.computed && r.lines.length > 1)) print('Algunas hojas tienen datos donde irían los resultados: revíselos, o repita con --reemplazar.');
  return reports;
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (typeof parsed === 'string') {
    if (parsed) console.error(parsed);
    console.error(USAGE);
    process.exit(parsed ? 1 : 0);
  }
  await calc(parsed);
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(`No se pudo calcular: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}
