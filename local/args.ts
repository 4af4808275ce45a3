// The command-line options of `npm run calc` and `npm run avisos`: one strict parser whose slips are Spanish errors.

/** A flag, or an option whose value follows it; `example` shows a value in the error. */
export type OptionSpec = Record<string, { value: false } | { value: true; example: string }>;

export type Parsed<S extends OptionSpec> = {
  options: { [K in keyof S]?: S[K] extends { value: true } ? string : true };
  positionals: string[];
  help: boolean;
};

/** A slip in the command line: the program prints it with its usage and exits with code 2. */
export class UsageError extends Error {}

export const HELP_FLAGS = ['--ayuda', '--help', '-h'];

/**
 * Reads `--name`, `--name valor` and `--name=valor`. An unknown option, a missing value (the end of
 * the line, or another option where the value should be), a value given to a flag, or an option given
 * twice is an error: a slip never becomes a silent default.
 */
export function parseOptions<S extends OptionSpec>(argv: string[], spec: S): Parsed<S> {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (HELP_FLAGS.includes(arg)) {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const name = flag.replace(/^--?/, '');
    const rule = Object.prototype.hasOwnProperty.call(spec, name) && flag.startsWith('--') ? spec[name] : undefined;
    if (!rule) throw new UsageError(`La opción ${flag} no existe.`);
    if (name in options) throw new UsageError(`La opción ${flag} aparece dos veces.`);
    if (!rule.value) {
      if (inline !== undefined) throw new UsageError(`La opción ${flag} no lleva valor (recibí «${inline}»).`);
      options[name] = true;
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('-'))) {
      throw new UsageError(`Falta el valor de ${flag}: escríbalo después, por ejemplo ${flag} ${rule.example}.`);
    }
    if (inline === undefined) i++;
    options[name] = value;
  }
  return { options: options as Parsed<S>['options'], positionals, help };
}

/**
 * Runs a command's main: a UsageError prints the Spanish sentence and the usage and exits 2; any
 * other error prints `prefix: message` and exits 1.
 */
export function runMain(main: () => Promise<void>, usage: string, prefix: string): void {
  main().catch((e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${usage}`);
      process.exit(2);
    }
    // An error thrown inside the bundle comes from another realm: not `instanceof Error`, yet it has its message.
    const message = typeof (e as { message?: unknown } | null)?.message === 'string' ? (e as { message: string }).message : String(e);
    console.error(`${prefix}: ${message}`);
    process.exit(1);
  });
}
