// `npm start [-- libro.xlsx]`: opens the demo workbook (created when missing) or the one given, and serves the page.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateDemo } from './demo';
import { startLocalServer } from './server';

const DEMO = join(__dirname, '../examples/escuela-demo.xlsx');

async function demoWorkbook(): Promise<string> {
  if (existsSync(DEMO)) return DEMO;
  console.log('Creando el libro de demostración examples/escuela-demo.xlsx…');
  await generateDemo(DEMO);
  return DEMO;
}

async function main(): Promise<void> {
  const arg = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const workbook = arg ? resolve(arg) : await demoWorkbook();
  if (!existsSync(workbook)) throw new Error(`No encuentro el libro «${workbook}».`);
  if (!/\.xlsx$/i.test(workbook)) throw new Error(`«${workbook}» no es un libro .xlsx.`);
  const port = process.env.PORT ? Number(process.env.PORT) : 8080;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT debe ser un número de puerto, no «${process.env.PORT}».`);
  const server = await startLocalServer({ workbook, port, runtime: { echoLogs: true } }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE') throw new Error(`El puerto ${port} está ocupado. Pruebe con otro: PORT=8081 npm start`);
    throw e;
  });
  const address = server.url.replace('127.0.0.1', 'localhost');
  console.log(`Libro: ${workbook}`);
  console.log(`Abra ${address} en su navegador. Cada cambio se guarda en el libro. Ctrl+C para salir.`);
  const stop = () => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error) => {
  console.error(`Error: ${e.message}`);
  process.exit(1);
});
