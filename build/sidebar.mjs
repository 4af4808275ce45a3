// Builds dist/sidebar.html: sidebar/index.html with its CSS and its TypeScript client (bundled by esbuild) inline, in one file.
import { build, transform } from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** HtmlService serves the file as is; the limit keeps it light for offices with little bandwidth. */
export const MAX_SIDEBAR_BYTES = 150 * 1024;

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
  if (/\b(src|href)\s*=\s*["']?(https?:)?\/\//i.test(html)) throw new Error('dist/sidebar.html pide algo a otro servidor');
  writeFileSync(join(distDir, 'sidebar.html'), html);
  console.log(`dist/sidebar.html: ${(bytes / 1024).toFixed(1)} KB`);
  return { bytes };
}
