// The demo's Pagos sheet: the grid shape, realistic payers (early, late, behind, one deserter), and the payment functions over it in the local runtime.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemo } from '../../local/demo';
import { BAD_PAYMENT } from '../../local/demo/pagos';
import { openRuntime } from '../../local/runtime';
import { Cell, isBlank, parseFraction } from '../../src/core/parse';
import { Sheets, readSheets, storedDay } from './read';

const TODAY = '2026-11-21';
/** The reference day and the due dates of the demo's odd semester (classes from 17/08/2026), as Sheets serials. */
const serial = (y: number, m: number, d: number) => Math.round(Date.UTC(y, m - 1, d) / 86400000) + 25569;
const HOY = serial(2026, 11, 21);
const START = serial(2026, 8, 17);
const DUE = [serial(2026, 9, 10), serial(2026, 10, 10), serial(2026, 11, 10), serial(2026, 12, 10), serial(2027, 1, 10), serial(2027, 2, 10)];

let path: string;
let sheets: Sheets;
beforeAll(async () => {
  path = join(mkdtempSync(join(tmpdir(), 'demo-pagos-')), 'escuela-demo.xlsx');
  await generateDemo(path, { today: TODAY });
  sheets = await readSheets(path);
});

const rows = () => sheets.Pagos.slice(2);
const at = (header: string) => sheets.Pagos[0].indexOf(header);
const payments = (r: Cell[]) => r.slice(at('Mensualidad 1'), at('Mensualidad 6') + 1);

describe('the Pagos sheet', () => {
  test('is a grid: headers, then the due-date row, then one row per student of Alumnos in the same order', () => {
    expect(sheets.Pagos[0]).toEqual([
      'Matrícula', 'Nombre del alumno', 'Colegiatura mensual', 'Porcentaje de beca', 'Fecha de dictamen',
      'Mensualidad 1', 'Mensualidad 2', 'Mensualidad 3', 'Mensualidad 4', 'Mensualidad 5', 'Mensualidad 6',
      'Fecha de abandono', 'Fecha de aviso de baja',
    ]);
    expect(sheets.Pagos[1][1]).toBe('Vencimiento');
    expect(payments(sheets.Pagos[1]).map(storedDay)).toEqual(DUE);
    expect(rows().map((r) => r[0])).toEqual(sheets.Alumnos.slice(1).map((r) => r[0]));
  });

  test('has early payers, late payers, marks, one bad cell, and no payment after the reference day or before the period', () => {
    const dated = rows().flatMap((r) => payments(r).map((c, k) => ({ day: storedDay(c), due: DUE[k] }))).filter((p) => p.day !== undefined);
    expect(dated.filter((p) => p.day! <= p.due && p.due - p.day! < 10).length).toBeGreaterThan(300);
    expect(dated.filter((p) => p.day! > p.due).length).toBeGreaterThan(30);
    expect(dated.filter((p) => p.day! > HOY || p.day! < START)).toEqual([]);
    const cells = rows().flatMap(payments);
    expect(cells.filter((c) => c === 'x' || c === 'Sí').length).toBeGreaterThan(20);
    expect(cells.filter((c) => c === BAD_PAYMENT)).toHaveLength(1);
  });

  test('has one deserter, and becados who fell behind', () => {
    expect(rows().filter((r) => !isBlank(r[at('Fecha de abandono')]))).toHaveLength(1);
    const behind = rows().filter((r) => {
      const beca = r[at('Porcentaje de beca')];
      return !isBlank(beca) && parseFraction(beca).ok && payments(r).some((c, k) => isBlank(c) && DUE[k] < HOY);
    });
    expect(behind.length).toBeGreaterThanOrEqual(5);
  });
});

describe('the payment functions over the demo, in the local runtime', () => {
  test('count the overdue mensualidades, cancel becas, and charge the deserter', async () => {
    const rt = await openRuntime(path, { now: () => new Date('2026-11-21T18:00:00Z') });
    const last = sheets.Pagos.length;
    const sheet = rt.spreadsheet.insertSheet('Cálculo');
    sheet.getRange('A1').setFormula(`=MENSUALIDADES_ADEUDADAS(Pagos!F3:K${last}, Pagos!F2:K2, "21/11/2026")`);
    sheet.getRange('B1').setFormula(`=BECA_VIGENTE(Pagos!D3:D${last}, Pagos!F3:K${last}, Pagos!F2:K2, "21/11/2026", Pagos!E3:E${last})`);
    sheet.getRange('D1').setFormula(`=ADEUDO_DESERCION(Pagos!C3:C${last}, Pagos!L3:L${last}, Pagos!M3:M${last}, Pagos!F2:K2)`);
    const out = rt.sheetValues('Cálculo');
    const data = rows();
    // The oracle: a blank cell whose due date is before the reference day is an overdue mensualidad.
    data.forEach((r, i) => {
      if (payments(r).includes(BAD_PAYMENT)) expect(out[i][0]).toBe(`Error: pagos (mensualidad 1): «${BAD_PAYMENT}» no es un pago: se esperaba la fecha del pago, el importe, sí o x; vacío, 0 o no si no ha pagado`);
      else expect([i, out[i][0]]).toEqual([i, payments(r).filter((c, k) => isBlank(c) && DUE[k] < HOY).length]);
    });
    expect(out.filter((r) => r[1] === 'Cancelada').length).toBeGreaterThanOrEqual(5);
    expect(out.filter((r) => r[1] === 'Vigente').length).toBeGreaterThanOrEqual(5);
    // The deserter left in late September without notice: October and November, in full, up to today.
    const deserter = data.findIndex((r) => !isBlank(r[at('Fecha de abandono')]));
    expect(out[deserter][3]).toBe(2 * Number(data[deserter][at('Colegiatura mensual')]));
    expect(out.filter((r) => r[3] !== '').length).toBe(1);
  });
});

describe('«Calcular» on the demo’s Pagos sheet, as the Alumnos panel and npm run calc do it', () => {
  test('writes the same counts as the oracle, and the deserter’s debt on the deserter only', async () => {
    const rt = await openRuntime(path, { now: () => new Date('2026-11-21T18:00:00Z') });
    rt.spreadsheet.getSheetByName('Pagos').activate();
    const view = (rt.run('detectarAlumnos') as { data: any }).data;
    expect(view.notes).toContain('mensualidades: columnas F a K; vencimientos: la fila 2');
    const columns = Object.fromEntries(view.fields.map((f: any) => [f.field, f.column]));
    const answer = rt.run('calcularAlumnos', { sheet: 'Pagos', columns, subjects: view.subjects, outputs: ['adeudadas', 'desercion'], mode: 'valores' }) as { ok: boolean };
    expect(answer.ok).toBe(true);
    const [header, , ...out] = rt.sheetValues('Pagos');
    const owed = header.indexOf('Mensualidades adeudadas (calculado)');
    const desertion = header.indexOf('Adeudo por deserción (calculado)');
    const data = rows();
    expect(out.length).toBe(data.length);
    data.forEach((r, i) => {
      if (payments(r).includes(BAD_PAYMENT)) expect(String(out[i][owed])).toMatch(/^Error: pagos \(mensualidad 1\)/);
      else expect([i, out[i][owed]]).toEqual([i, payments(r).filter((c, k) => isBlank(c) && DUE[k] < HOY).length]);
    });
    const deserter = data.findIndex((r) => !isBlank(r[at('Fecha de abandono')]));
    expect(out[deserter][desertion]).toBe(2 * Number(data[deserter][at('Colegiatura mensual')]));
    expect(out.filter((r) => r[desertion] !== '').length).toBe(1);
  });
});
