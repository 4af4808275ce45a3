// Values inside messages: decimal comma, quoted text, and dates read as the calendar day of the spreadsheet's zone.
import { formatGrade, formatNumber, formatPercent, showValue } from '../../src/core/es/format';

describe('showValue', () => {
  test.each<[string, unknown, string]>([
    ['blank', '', '(vacío)'],
    ['a number with a decimal comma', 8.5, '8,5'],
    ['text, quoted', 'ocho', '«ocho»'],
    ['long text, shortened', 'x'.repeat(50), `«${'x'.repeat(40)}…»`],
    ['a boolean', true, 'VERDADERO'],
    ['an invalid Date', new Date(NaN), '(fecha no válida)'],
  ])('%s', (_label, v, want) => expect(showValue(v)).toBe(want));

  test.each<[string, Date, string, string]>([
    ['midnight of 15/03/2026 in Mexico City (06:00 UTC)', new Date(Date.UTC(2026, 2 /* Mar */, 15, 6)), 'America/Mexico_City', '15/03/2026'],
    ['21:00 of 15/03/2026 in Mexico City, already the 16th in UTC', new Date(Date.UTC(2026, 2, 16, 3)), 'America/Mexico_City', '15/03/2026'],
    ['midnight of 15/03/2026 in Madrid, still the 14th in UTC', new Date(Date.UTC(2026, 2, 14, 23)), 'Europe/Madrid', '15/03/2026'],
    ['midnight of 15/03/2026 in Lima (05:00 UTC)', new Date(Date.UTC(2026, 2, 15, 5)), 'America/Lima', '15/03/2026'],
  ])('a Date at %s shows the day of the spreadsheet zone, as dayOfDate reads it', (_label, date, zone, want) => {
    expect(showValue(date, zone)).toBe(want);
  });

  test('without a zone, a Date shows the day of its UTC parts', () => {
    expect(showValue(new Date(Date.UTC(2026, 2, 16, 3)))).toBe('16/03/2026');
    expect(showValue(new Date(Date.UTC(2026, 2, 14, 23)))).toBe('14/03/2026');
  });
});

describe('numbers in Spanish', () => {
  test.each<[number, string]>([[8, '8,0'], [9.75, '9,75'], [10, '10,0']])('formatGrade(%p) is %p', (n, want) => expect(formatGrade(n)).toBe(want));
  test.each<[number, string]>([[0.1, '10 %'], [0.125, '12,5 %']])('formatPercent(%p) is %p', (n, want) => expect(formatPercent(n)).toBe(want));
  test('formatNumber keeps up to two decimals without trailing zeros', () => expect(formatNumber(1234.5)).toBe('1234,5'));
});
