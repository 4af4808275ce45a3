// `npm run demo -- [libro.xlsx] [--semilla N] [--alumnos N] [--hoy aaaa-mm-dd]`: writes the demo workbook (by default examples/escuela-demo.xlsx).
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DEFAULT_SEED, DEFAULT_STUDENTS, DemoOptions, generateDemo, referenceDay } from './demo';
import { isoDay } from '../src/core/dates';

const USAGE = 'Uso: npm run demo -- [libro.xlsx] [--semilla N] [--alumnos N] [--hoy aaaa-mm-dd]';

function parseArgs(args: string[]): { path: string; options: DemoOptions } {
  let path = join(__dirname, '../examples/escuela-demo.xlsx');
  const options: DemoOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = args[i + 1];
    const whole = (name: string) => {
      const n = Number(value);
      if (!Number.isInteger(n)) throw new Error(`${name} debe ser un número entero, no «${value ?? ''}». ${USAGE}`);
      i++;
      return n;
    };
    if (arg === '--semilla') options.seed = whole('--semilla');
    else if (arg === '--alumnos') options.students = whole('--alumnos');
    else if (arg === '--hoy' && value !== undefined) {
      options.today = value;
      i++;
    } else if (!arg.startsWith('--')) path = resolve(arg);
    else throw new Error(`Opción desconocida «${arg}». ${USAGE}`);
  }
  return { path, options };
}

async function main(): Promise<void> {
  const { path, options } = parseArgs(process.argv.slice(2));
  await generateDemo(path, options);
  const day = isoDay(referenceDay(options.today));
  console.log(
    `${path}: ${(statSync(path).size / 1024).toFixed(1)} KB, ${options.students ?? DEFAULT_STUDENTS} alumnos, semilla ${options.seed ?? DEFAULT_SEED}, fechas relativas al ${day}`,
  );
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
