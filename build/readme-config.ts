// Writes the configuration keys table into README.md from CONFIG_KEYS, so the docs cannot drift.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfigRows } from '../src/core/config';

const START = '<!-- tabla-configuracion:inicio -->';
const END = '<!-- tabla-configuracion:fin -->';

export function configTable(): string {
  const rows = defaultConfigRows()
    .slice(1)
    .map(([clave, valor, descripcion]) => `| \`${clave}\` | ${valor === '' ? '(vacío)' : `\`${valor}\``} | ${descripcion} |`);
  return ['| Clave | Valor por defecto | Qué es |', '| --- | --- | --- |', ...rows].join('\n');
}

export function withConfigTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error('README.md no tiene los marcadores de la tabla de configuración');
  return `${readme.slice(0, start + START.length)}\n${configTable()}\n${readme.slice(end)}`;
}

if (require.main === module) {
  const path = join(__dirname, '..', 'README.md');
  writeFileSync(path, withConfigTable(readFileSync(path, 'utf8')));
  console.log('README.md: tabla de configuración actualizada');
}
