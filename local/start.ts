// `npm start [-- libro.xlsx [--salida otro.xlsx]]`: opens the demo workbook (created when missing) or the one given, and serves the page.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError, parseOptions, runMain } from './args';
import { generateDemo } from './demo';
import { startLocalServer } from './server';

const DEMO = join(__dirname, '../examples/escuela-demo.xlsx');

async function demoWorkbook(): Promise<string> {
  if (existsSync(DEMO)) return DEMO;
  console.log('Creando el libro de demostración examples/escuela-demo.xlsx…');
  await generateDemo(DEMO);
  return DEMO;
}

const USAGE = `Uso: npm start [-- <libro.xlsx> [--salida <otro.xlsx>]]
  Abre el libro (o el de demostración) en el navegador, con el menú y el panel del complemento.
  --salida <otro.xlsx>  guarda los cambios en otro archivo en vez de en el libro`;

async function main(): Promise<void> {
  const { options, positionals, help } = parseOptions(process.argv.slice(2), { salida: { value: true, example: 'copia.xlsx' } });
  if (help) return console.log(USAGE);
  if (positionals.length > 1) throw new UsageError(`Indique un solo libro; recibí ${positionals.length}.`);
  const workbook = positionals[0] ? resolve(positionals[0]) : await demoWorkbook();
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT debe ser un número de puerto, no «${process.env.PORT}».`);
  const save = options.salida ? resolve(options.salida) : true;
  const server = await startLocalServer({ workbook, port, save, command: 'npm start', runtime: { echoLogs: true } }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') throw new Error(`El puerto ${port} está ocupado. Pruebe con otro: PORT=8081 npm start`);
    throw e;
  });
  const address = server.url.replace('127.0.0.1', 'localhost');
  console.log(`Libro: ${workbook}`);
  console.log(`Abra ${address} en su navegador. Cada cambio se guarda en ${save === true ? 'el libro' : save}. Ctrl+C para salir.`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

runMain(main, USAGE, 'Error');
