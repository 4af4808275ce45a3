// TextFinder as Google's reference describes it: case-insensitive parts of displayed text by default, each option
// narrowing or widening that, findAll in tab order then row by row, findNext/findPrevious walking the matches.
import { openRuntime } from '../../local/runtime';

async function book() {
  return openRuntime({
    sheets: {
      Uno: [
        ['Fecha de corte', 'x'],
        ['fecha de corte:', 'FECHA DE CORTE'],
        ['Fécha de córte', 'la fecha de corte es'],
      ],
      Dos: [['otra', 'Fecha de corte']],
    },
  });
}

const where = (ranges: any[]) => ranges.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`);

describe('TextFinder', () => {
  test.each([
    ['default: any case, part of the cell', (f: any) => f, ['Uno!A1', 'Uno!A2', 'Uno!B2', 'Uno!B3', 'Dos!B1']],
    ['matchCase', (f: any) => f.matchCase(true), ['Uno!A2', 'Uno!B3']],
    ['matchEntireCell', (f: any) => f.matchEntireCell(true), ['Uno!A1', 'Uno!B2', 'Dos!B1']],
    ['ignoreDiacritics', (f: any) => f.ignoreDiacritics(true).matchEntireCell(true), ['Uno!A1', 'Uno!B2', 'Uno!A3', 'Dos!B1']],
    ['useRegularExpression', (f: any) => f.useRegularExpression(true).matchEntireCell(true), ['Uno!A1', 'Uno!A2', 'Uno!B2', 'Dos!B1']],
  ])('%s', async (_, configure, expected) => {
    const rt = await book();
    const finder = configure(rt.spreadsheet.createTextFinder(_ === 'useRegularExpression' ? 'fecha de corte:?' : 'fecha de corte'));
    expect(where(finder.findAll())).toEqual(expected);
  });

  test('a sheet and a range search only themselves', async () => {
    const rt = await book();
    expect(where(rt.spreadsheet.getSheetByName('Dos').createTextFinder('corte').findAll())).toEqual(['Dos!B1']);
    expect(where(rt.spreadsheet.getRange('Uno!B1:B3').createTextFinder('corte').findAll())).toEqual(['Uno!B2', 'Uno!B3']);
  });

  test('matchFormulaText looks at the formula, not what it shows', async () => {
    const rt = await book();
    rt.spreadsheet.getRange('Dos!A2').setFormula('=Dos!A1');
    expect(where(rt.spreadsheet.createTextFinder('dos!').findAll())).toEqual([]);
    expect(where(rt.spreadsheet.createTextFinder('dos!').matchFormulaText(true).findAll())).toEqual(['Dos!A2']);
  });

  test('findNext and findPrevious walk the matches from startFrom; null past the ends', async () => {
    const rt = await book();
    const finder = rt.spreadsheet.createTextFinder('fecha de corte').matchEntireCell(true);
    expect(finder.getCurrentMatch()).toBeNull();
    expect(where([finder.findNext()])).toEqual(['Uno!A1']);
    expect(where([finder.findNext()])).toEqual(['Uno!B2']);
    expect(where([finder.getCurrentMatch()])).toEqual(['Uno!B2']);
    expect(where([finder.findPrevious()])).toEqual(['Uno!A1']);
    expect(finder.findPrevious()).toBeNull();
    finder.startFrom(rt.spreadsheet.getRange('Uno!B2'));
    expect(where([finder.findNext()])).toEqual(['Dos!B1']);
    expect(finder.findNext()).toBeNull();
  });

  test('an empty text is refused', async () => {
    const rt = await book();
    expect(() => rt.spreadsheet.createTextFinder('')).toThrow('Invalid argument');
  });

  test('creating and configuring cost nothing; each find is one round trip', async () => {
    const rt = await book();
    rt.resetCalls();
    const finder = rt.spreadsheet.createTextFinder('corte').matchCase(false).matchEntireCell(false).ignoreDiacritics(true);
    expect(rt.roundTrips).toBe(0);
    finder.findAll();
    finder.findNext();
    expect(rt.roundTrips).toBe(2);
  });
});
