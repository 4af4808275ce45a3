// Builds dist/sidebar.html: sidebar/index.html with its CSS and its TypeScript client (bundled by esbuild) inline, in one file.
import { build, transform } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** HtmlService serves the file as is; the issue's limit keeps it light for offices with little bandwidth. */
export const MAX_SIDEBAR_BYTES = 150 * 1024;

/**
 * What in the page would be fetched from another host: an attribute (src, href, action, …) or a CSS
 * url() naming `//host` or `http(s):`, or any CSS @import (the page has no file of its own to import).
 */
const OTHER_HOST = [
  /\b(?:src|href|srcset|action|poster|data)\s*=\s*["']?\s*(?:https?:)?\/\/[^\s"'>]*/i,
  /url\(\s*["']?\s*(?:https?:)?\/\/[^)]*\)/i,
  /@import\b[^;]*/i,
];

/** The first request to another host the HTML would make, or undefined. */
export function requestsOtherHost(html) {
  for (const pattern of OTHER_HOST) {
    const m = pattern.exec(html);
    if (m) return m[0];
  }
  return undefined;
}

export async function buildSidebar(distDir) {
  const js = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
  });
  const css = await transform(readFileSync(join(root, 'sidebar/styles.css'), 'utf8'), { loader: 'css', minify: true });
  // Inline code must not close its own element early.
  const script = js.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
  const style = css.code.replace(/<\/(style)/gi, '<\\/$1');
  const html = readFileSync(join(root, 'sidebar/index.html'), 'utf8')
    .replace('/*SIDEBAR_CSS*/', () => style.trim())
    .replace('/*SIDEBAR_JS*/', () => script.trim());
  const bytes = Buffer.byteLength(html);
  if (bytes > MAX_SIDEBAR_BYTES) throw new Error(`dist/sidebar.html ocupa ${(bytes / 1024).toFixed(1)} KB, más que el límite de 150 KB`);
  const foreign = requestsOtherHost(html);
  if (foreign) throw new Error(`dist/sidebar.html pide algo a otro servidor: ${foreign}`);
  writeFileSync(join(distDir, 'sidebar.html'), html);
  console.log(`dist/sidebar.html: ${(bytes / 1024).toFixed(1)} KB`);
  return { bytes };
}
