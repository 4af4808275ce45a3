// npm run boletas -- <libro.xlsx> [--grupo 3A] [--salida carpeta] [--captura boleta.png]: one PDF of boletas per group, printed by Debian's Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { UsageError, parseOptions, runMain } from './args';
import { BoletaRows, boletasPage } from './boletas-html';
import { openRuntime } from './runtime';

const USAGE = `Uso: npm run boletas -- <libro.xlsx> [--grupo 3A] [--salida carpeta] [--captura boleta.png]
  Lee la hoja de calificaciones del periodo del libro (una fila por alumno y materia, con «Materia» y
  «Parcial …») y escribe un PDF por grupo, una boleta por hoja carta, con el Chromium del sistema.
  --grupo 3A             solo ese grupo
  --salida carpeta       dónde escribir los PDF (por omisión, la carpeta «boletas» junto al libro)
  --captura boleta.png   además, una imagen de la primera boleta`;

export const CHROMIUM_PATH = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

export interface BoletasOptions {
  book: string;
  grupo?: string;
  output?: string;
  screenshot?: string;
}

export function parseArgs(argv: string[]): BoletasOptions | undefined {
  const { options, positionals, help } = parseOptions(argv, {
    grupo: { value: true, example: '3A' },
    salida: { value: true, example: 'carpeta' },
    captura: { value: true, example: 'boleta.png' },
  });
  if (help) return undefined;
  if (positionals.length !== 1) throw new UsageError(positionals.length ? `Indique un solo libro; recibí ${positionals.length}.` : 'Falta el libro con las calificaciones del periodo.');
  return { book: positionals[0], grupo: options.grupo, output: options.salida, screenshot: options.captura };
}

/** The sentence shown when Chromium is not where it is looked for. */
export function missingChromium(path: string): string {
  return `no encuentro Chromium en ${path}. Instálelo con «sudo apt-get install chromium» (Debian, Ubuntu) o indique dónde está con la variable CHROMIUM_PATH, por ejemplo CHROMIUM_PATH=/usr/bin/chromium-browser npm run boletas -- libro.xlsx`;
}

/** A group's file name: «Boletas 3A.pdf»; characters a file name cannot hold become «-». */
export const pdfName = (grupo: string) => `Boletas ${grupo.replace(/[\\/:*?"<>|]/g, '-') || 'sin grupo'}.pdf`;

interface BookBoletas {
  school: string;
  sheet: string;
  groups: { grupo: string; boletas: BoletaRows[] }[];
}

/** Writes the PDFs and returns their paths; nothing is written when Chromium is missing. */
export async function writeBoletas(options: BoletasOptions, print: (line: string) => void = console.log): Promise<string[]> {
  const chromiumPath = CHROMIUM_PATH();
  if (!existsSync(chromiumPath)) throw new Error(missingChromium(chromiumPath));
  const book = resolve(options.book);
  const rt = await openRuntime(book);
  const found = rt.context.boletasLibro_(options.grupo) as BookBoletas;
  const groups = found.groups.filter((g) => g.boletas.length);
  if (!groups.length) throw new Error(options.grupo ? `el grupo «${options.grupo}» no tiene alumnos en la hoja «${found.sheet}»` : `la hoja «${found.sheet}» no tiene alumnos`);
  const folder = resolve(options.output ?? join(dirname(book), 'boletas'));
  mkdirSync(folder, { recursive: true });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
  const written: string[] = [];
  try {
    const page = await browser.newPage();
    print(`Libro: ${basename(book)}, hoja «${found.sheet}»`);
    for (const g of groups) {
      await page.setContent(boletasPage(`${found.school}: boletas ${g.grupo}`, g.boletas), { waitUntil: 'load' });
      const path = join(folder, pdfName(g.grupo));
      await page.pdf({ path, format: 'Letter', printBackground: true, preferCSSPageSize: true });
      written.push(path);
      print(`  · ${path}: ${g.boletas.length} ${g.boletas.length === 1 ? 'boleta' : 'boletas'}`);
    }
    if (options.screenshot) {
      await page.setViewportSize({ width: 816, height: 1056 });
      await page.setContent(boletasPage(found.school, [groups[0].boletas[0]]), { waitUntil: 'load' });
      await page.screenshot({ path: resolve(options.screenshot), fullPage: false });
      print(`  · imagen de la primera boleta: ${resolve(options.screenshot)}`);
    }
  } finally {
    await browser.close();
  }
  return written;
}

async function main(): Promise<void> {
  const parsed = parseArgs(process.argv.slice(2));
  if (!parsed) return console.log(USAGE);
  await writeBoletas(parsed);
}

if (require.main === module) runMain(main, USAGE, 'No se pudieron escribir las boletas');
