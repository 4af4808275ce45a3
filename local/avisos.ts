// `npm run avisos -- <libro.xlsx> [--hoy aaaa-mm-dd] [--enviar]`: the daily reminders on an .xlsx, without Google.
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { DEFAULT_OUTBOX, Runtime, openRuntime } from './runtime';
import { checkWritable } from './services/book';
import type { ConveniosView, EmailPreview } from '../src/api';
import { call, dataOf } from './call';

interface Options {
  workbook: string;
  hoy?: string;
  send: boolean;
  outbox: string;
}

const USAGE = 'Uso: npm run avisos -- <libro.xlsx> [--hoy aaaa-mm-dd] [--enviar] [--salida <carpeta>]';

function parseArgs(argv: string[]): Options {
  let workbook: string | undefined;
  let hoy: string | undefined;
  let send = false;
  let outbox = DEFAULT_OUTBOX;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--enviar') send = true;
    else if (a === '--hoy') hoy = argv[++i];
    else if (a === '--salida') outbox = resolve(argv[++i] ?? '');
    else if (a.startsWith('--')) throw new Error(`opción «${a}» desconocida. ${USAGE}`);
    else workbook = resolve(a);
  }
  if (!workbook) throw new Error(USAGE);
  if (!existsSync(workbook)) throw new Error(`no encuentro el libro «${workbook}».`);
  if (hoy !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(hoy)) throw new Error(`--hoy «${hoy ?? ''}» no es una fecha aaaa-mm-dd.`);
  return { workbook, hoy, send, outbox };
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
 * The run writes its emails into a hidden folder of the outbox; they move into the outbox only once
 * the workbook holding their Bitácora rows is saved. The bundle runs synchronously, so the workbook
 * cannot be saved between two emails: if the final save fails, no email is out and none is logged,
 * and the next run sends them, instead of emails out with their Bitácora lost and sent again.
 */
async function sendAndLog(o: Options, rt: Runtime): Promise<void> {
  let answer: unknown;
  try {
    answer = rt.run('enviarAvisosAhora', o.hoy);
  } finally {
    await rt.save().catch((e: Error) => {
      throw new Error(`${e.message} No salió ningún correo; la próxima vez se enviarán.`);
    });
    for (const m of rt.mail) {
      const file = join(o.outbox, basename(m.file));
      renameSync(m.file, file);
      console.log(`Enviado a ${m.to}${m.cc ? ` (copia ${m.cc})` : ''}: ${m.subject}\n  ${file}`);
    }
  }
  const view = dataOf('enviarAvisosAhora', answer);
  printProblems(view);
  const s = view.lastRun?.summary;
  if (view.lastRun?.error) console.log(`Sin enviar: ${view.lastRun.error}`);
  if (s) console.log(`Fecha de corte ${view.today}: ${s.sent} enviado(s), ${s.deferred} diferido(s), ${s.invalid} con correo no válido, ${s.failed} con error. Bitácora de avisos guardada en ${o.workbook}.`);
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  mkdirSync(o.outbox, { recursive: true });
  if (!o.send) return preview(o);
  // Before any email: a workbook that cannot take the Bitácora must not send what it cannot log.
  await checkWritable(o.workbook);
  const staging = mkdtempSync(join(o.outbox, '.enviando-'));
  try {
    await sendAndLog(o, await openRuntime(o.workbook, { outbox: staging }));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

main().catch((e: Error) => {
  console.error(`Error: ${e.message}`);
  process.exit(1);
});
