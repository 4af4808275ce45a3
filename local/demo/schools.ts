// The UGEL's schools of the demo (seed 001): the II.EE. catalog.
import type { IieeField } from '../../src/core/convenios/columns';
import { Column } from '../workbook';
import { Random } from './random';

/** A school of the II.EE. catalog as its row is written. */
export type School = Record<IieeField, string>;

const SCHOOLS: [nombre: string, nivel: string, zona: string, distrito: string][] = [
  ['I.E.I. N.° 372 Locumba', 'Inicial', 'urbana', 'Locumba'],
  ['I.E. N.° 42208 Locumba', 'Primaria', 'urbana', 'Locumba'],
  ['I.E. Coronel Gregorio Albarracín', 'Secundaria', 'urbana', 'Locumba'],
  ['I.E. N.° 42210 Sitana', 'Primaria', 'rural', 'Locumba'],
  ['I.E.I. N.° 405 Sitana', 'Inicial', 'rural', 'Locumba'],
  ['I.E. N.° 42212 Chipe', 'Primaria', 'rural', 'Locumba'],
  ['I.E. Señor de Locumba', 'Secundaria', 'rural', 'Locumba'],
  ['I.E.I. N.° 388 Ilabaya', 'Inicial', 'urbana', 'Ilabaya'],
  ['I.E. N.° 42220 Ilabaya', 'Primaria', 'urbana', 'Ilabaya'],
  ['I.E. Mariscal Ramón Castilla', 'Secundaria', 'urbana', 'Ilabaya'],
  ['I.E. N.° 42222 Mirave', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. N.° 42224 Cambaya', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. N.° 42226 Borogueña', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. N.° 42228 Vilalaca', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. Camilaca', 'Secundaria', 'rural', 'Ilabaya'],
  ['I.E.I. N.° 412 Toquepala', 'Inicial', 'rural', 'Ilabaya'],
  ['I.E. N.° 42230 Chejaya', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E. Túpac Amaru de Cambaya', 'Secundaria', 'rural', 'Ilabaya'],
  ['I.E.I. N.° 360 Ite', 'Inicial', 'urbana', 'Ite'],
  ['I.E. N.° 42240 Ite', 'Primaria', 'urbana', 'Ite'],
  ['I.E. José Carlos Mariátegui', 'Secundaria', 'urbana', 'Ite'],
  ['I.E. N.° 42242 Pampa Baja', 'Primaria', 'rural', 'Ite'],
  ['I.E. N.° 42244 Alto Camiara', 'Primaria', 'rural', 'Ite'],
  ['I.E.I. N.° 421 Pampa Baja', 'Inicial', 'rural', 'Ite'],
  ['I.E. Las Palmeras', 'Secundaria', 'rural', 'Ite'],
  // Three schools no ally has reached yet, so the share of schools benefited is not 100 %.
  ['I.E. N.° 42232 Oconchay', 'Primaria', 'rural', 'Ilabaya'],
  ['I.E.I. N.° 430 Chipe', 'Inicial', 'rural', 'Locumba'],
  ['I.E. N.° 42246 Santa Rosa de Ite', 'Primaria', 'rural', 'Ite'],
];

/** How many schools of the catalog have commitments; the rest wait for an ally. */
export const BENEFITED_SCHOOLS = 25;

/** The schools of the catalog with unique 7-digit códigos modulares (text, so the leading zero stays). */
export function generateSchools(rnd: Random): School[] {
  const codes = new Set<string>();
  return SCHOOLS.map(([nombre, nivel, zona, distrito]) => {
    let codigo: string;
    do codigo = `${rnd.pick(['0', '0', '1'])}${String(rnd.int(200000, 999999))}`;
    while (codes.has(codigo));
    codes.add(codigo);
    return { codigo, nombre, nivel, zona, distrito };
  });
}

export const SCHOOL_COLUMNS: Column<School>[] = [
  { header: 'Código modular', value: (s) => s.codigo, width: 12 },
  { header: 'Nombre de la II.EE.', value: (s) => s.nombre, width: 34 },
  { header: 'Nivel', value: (s) => s.nivel },
  { header: 'Zona', value: (s) => s.zona },
  { header: 'Distrito', value: (s) => s.distrito },
];
