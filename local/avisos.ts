// `npm run avisos -- <libro.xlsx> [--hoy aaaa-mm-dd] [--enviar] [--salida <carpeta>]`: the daily reminders on an .xlsx, without Google.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { UsageError, parseOptions, runMain } from './args';
import { lockWorkbook } from './lock';
import { DEFAULT_OUTBOX, Runtime, openRuntime } from './runtime';
import { checkWritable, unkeptWarning } from './services/xlsx';
import type { ConveniosView, EmailPreview } from '../src/api';
import { call, dataOf } from './call';

interface Options {
  workbook: string;
  hoy?: string;
  send: boolean;
  outbox: string;
}

const USAGE = `Uso: npm run avisos -- <libro.xlsx> [--hoy aaaa-mm-dd] [--enviar] [--salida <carpeta>]
  Muestra los avisos de compromisos que saldrían hoy (o en la fecha --hoy).
  --enviar              los escribe como archivos .eml en la carpeta de salida y los anota en la Bitácora
  --salida <carpeta>    carpeta de los correos (por omisión examples/salidas/correo)`;

/** A calendar date that exists, written aaaa-mm-dd. */
function isIsoDay(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

function parseArgs(argv: string[]): Options | undefined {
  const { options, positionals, help } = parseOptions(argv, {
    hoy: { value: true, example: '2026-11-21' },
    enviar: { value: false },
    salida: { value: true, example: 'correo' },
  });
  if (help) return undefined;
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `Indique un solo libro; recibí ${positionals.length}.` : 'Falta el libro con los convenios.');
  if (options.hoy !== undefined && !isIsoDay(options.hoy)) throw new UsageError(`--hoy «${options.hoy}» no es una fecha aaaa-mm-dd que exista (por ejemplo 2026-11-21).`);
  return { workbook: resolve(positionals[0]), hoy: options.hoy, send: options.enviar === true, outbox: options.salida ? resolve(options.salida) : DEFAULT_OUTBOX };
}

function printEmail(e: EmailPreview): void {
  console.log('─'.repeat(72));
  console.log(`Para: ${e.to || '(sin correo válido)'}${e.cc ? `\nCopia: ${e.cc}` : ''}`);
  console.log(`Asunto: ${e.subject}`);
  if (e.problem) console.log(`NO SALE: ${e.problem}`);
  console.log('');
  console.log(e.body);
}

/** Rows that could not be read get no reminder until they are fixed: say so, as the panel does. */
function printProblems(view: ConveniosView): void {
  if (view.problems.length === 0) return;
  console.log('─'.repeat(72));
  console.log(`Filas que no se pudieron leer (no reciben avisos hasta corregirlas): ${view.problems.length}`);
  for (const p of view.problems) console.log(`  · ${p}`);
}

async function preview(o: Options): Promise<void> {
  const rt = await openRuntime(o.workbook, { outbox: o.outbox });
  const preview = call(rt, 'vistaPreviaAvisos', o.hoy);
  preview.emails.forEach(printEmail);
  printProblems(call(rt, 'leerConvenios', o.hoy));
  console.log('─'.repeat(72));
  const blocked = preview.emails.filter((e) => e.problem).length;
  console.log(
    `${preview.emails.length - blocked} correo(s) saldrían con fecha de corte ${preview.day}${blocked ? ` y ${blocked} no, por su correo` : ''}. Para enviarlos (a la carpeta ${o.outbox}): agregue --enviar.`,
  );
}

/**
 * Tests: `SE_CRASH_AT=<point>` kills the process (SIGKILL, as `kill -9` does, so no exit handler runs)
 * at that point of a send, to prove that the next run finishes or redoes exactly what is missing.
 */
function crashPoint(point: string): void {
  if (process.env.SE_CRASH_AT === point) process.kill(process.pid, 'SIGKILL');
}

/** The document property naming the batch whose Bitácora rows were saved; its emails may still be staged. */
const SAVED_BATCH = 'secretaria.local.loteDeCorreo';

/** A batch's emails wait in a hidden folder of the outbox, named for the workbook so that two books can share it. */
const batchPrefix = (workbook: string) => `.lote-${createHash('sha256').update(workbook).digest('hex').slice(0, 8)}-`;

/** Moves a staged batch's emails into the outbox (same name: the same email), then drops the folder. */
function deliver(staging: string, outbox: string, crashLabel?: string): string[] {
  const moved: string[] = [];
  for (const name of readdirSync(staging).filter((f) => f.endsWith('.eml')).sort()) {
    renameSync(join(staging, name), join(outbox, name));
    moved.push(join(outbox, name));
    if (crashLabel) crashPoint(`${crashLabel}-${moved.length}`);
  }
  rmSync(staging, { recursive: true, force: true });
  return moved;
}

/**
 * What a killed run left: a batch whose Bitácora was saved has its emails moved out now (they count
 * as sent only once in the outbox); a batch never saved is dropped, since its Bitácora rows were
 * lost with it and this run writes those emails again.
 */
function recover(o: Options, rt: Runtime): void {
  const prefix = batchPrefix(o.workbook);
  const saved = rt.properties.document[SAVED_BATCH];
  for (const dir of readdirSync(o.outbox).filter((d) => d.startsWith(prefix))) {
    const staging = join(o.outbox, dir);
    if (dir === `${prefix}${saved}`) {
      const moved = deliver(staging, o.outbox);
      console.log(`Terminado el envío que se interrumpió: ${moved.length} correo(s) que ya estaban en la Bitácora llegaron a la carpeta de salida.`);
    } else {
      const dropped = readdirSync(staging).filter((f) => f.endsWith('.eml')).length;
      rmSync(staging, { recursive: true, force: true });
      if (dropped) console.log(`Se descartaron ${dropped} correo(s) de un envío interrumpido antes de anotarlos en la Bitácora: se preparan de nuevo ahora.`);
    }
  }
}

/**
 * One batch: the bundle writes its emails into a hidden folder of the outbox and its rows into the
 * Bitácora in memory; the workbook is saved with the batch's name in it; then the emails move into
 * the outbox. A kill before the save loses both (the next run redoes them); a kill after it leaves
 * the batch named in the workbook, and the next run moves what is left. Never twice, never lost.
 */
async function sendAndLog(o: Options): Promise<void> {
  const batch = `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
  const staging = join(o.outbox, `${batchPrefix(o.workbook)}${batch}`);
  const rt = await openRuntime(o.workbook, { outbox: staging });
  const lost = unkeptWarning(rt.book);
  if (lost) throw new Error(`${lost} Los avisos anotan su Bitácora en el libro: use una copia sin eso, o envíe los avisos desde Hojas de cálculo de Google.`);
  recover(o, rt);
  const answer = rt.run('enviarAvisosAhora', o.hoy);
  const view = dataOf('enviarAvisosAhora', answer);
  crashPoint('antes-de-guardar');
  if (rt.mail.length) rt.properties.document[SAVED_BATCH] = batch;
  try {
    await rt.save();
  } catch (e) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(`${(e as Error).message} No salió ningún correo; la próxima vez se enviarán.`);
  }
  crashPoint('despues-de-guardar');
  const sent = existsSync(staging) ? deliver(staging, o.outbox, 'despues-de-mover') : [];
  for (const m of rt.mail) {
    const file = join(o.outbox, basename(m.file));
    if (sent.includes(file)) console.log(`Enviado a ${m.to}${m.cc ? ` (copia ${m.cc})` : ''}: ${m.subject}\n  ${file}`);
  }
  printProblems(view);
  const s = view.lastRun?.summary;
  if (view.lastRun?.error) console.log(`Sin enviar: ${view.lastRun.error}`);
  if (s) console.log(`Fecha de corte ${view.today}: ${s.sent} enviado(s), ${s.deferred} diferido(s), ${s.invalid} con correo no válido, ${s.failed} con error. Bitácora de avisos guardada en ${o.workbook}.`);
}

/** Throws in Spanish when the outbox cannot take an email, before any is written. */
function checkOutbox(outbox: string): void {
  const probe = join(outbox, `.prueba-${process.pid}`);
  try {
    mkdirSync(outbox, { recursive: true });
    writeFileSync(probe, '');
  } catch (e) {
    throw new Error(`No se pueden escribir correos en la carpeta ${outbox} (${(e as NodeJS.ErrnoException).code ?? 'error'}): elija otra con --salida o dé permiso de escritura.`);
  } finally {
    rmSync(probe, { force: true });
  }
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  if (!o) return console.log(USAGE);
  if (!o.send) return preview(o);
  // Before any email: a workbook that cannot take the Bitácora must not send what it cannot log.
  await checkWritable(o.workbook);
  checkOutbox(o.outbox);
  const lock = await lockWorkbook(o.workbook, 'npm run avisos -- --enviar');
  try {
    await sendAndLog(o);
  } finally {
    lock.release();
  }
}

runMain(main, USAGE, 'Error');
