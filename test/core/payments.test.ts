// The monthly colegiatura: beca first (colegiatura only, Cap. XI, Art. 1 IV), then the payment discount (Cap. III, Art. 1 X, XI).
import { DEFAULT_RULES, Rules } from '../../src/core/config';
import { describe as describeIssue } from '../../src/core/es/issues';
import { netColegiatura, parsePaymentForm, roundCents } from '../../src/core/payments';

const net = (amount: unknown, becas: unknown[], form: unknown = '', rules: Rules = DEFAULT_RULES) => {
  const r = netColegiatura(amount, becas, form, rules);
  return r.ok ? r.value : `Error: ${describeIssue(r.issue)}`;
};

describe('netColegiatura', () => {
  test.each([
    ['no beca, monthly', 2500, [''], '', 2500],
    ['30 % beca', 2500, ['30%'], 'mensual', 1750],
    ['beca then advance payment, multiplicative', 2500, [0.3], 'pago anticipado', 1575],
    ['advance payment alone is 10 %', 2500, [], 'Adelantado', 2250],
    ['pronto pago takes the configured 5 %', 2500, [], 'pronto pago', 2375],
    ['beca and pronto pago', 2500, [0.25], 'primeros 10 días', 1781.25],
    ['the highest of two becas, no stacking', 2000, [0.1, 0.25], '', 1500],
    ['100 % beca', 1800, [1], 'semestre', 0],
    ['percentage points', 1000, [40], '', 600],
    ['amount with $ and thousands', '$2,500.00', ['10 %'], '', 2250],
    ['amount with decimal comma', '1.234,50', [''], 'puntual', 1172.78],
    ['rounded to cents, halves up', 1234.5, [0.1], '', 1111.05],
  ])('%s', (_l, amount, becas, form, want) => {
    expect(net(amount, becas, form)).toBe(want);
  });

  test('summed becas when configured, capped', () => {
    expect(net(2000, [0.7, 0.5], '', { ...DEFAULT_RULES, becaCombination: 'suma', becaCap: 1 })).toBe(0);
    expect(net(2000, [0.1, 0.25], '', { ...DEFAULT_RULES, becaCombination: 'suma' })).toBe(1300);
  });

  test('a configured pronto-pago percentage', () => {
    expect(net(1000, [], 'pronto pago', { ...DEFAULT_RULES, earlyPaymentDiscount: 0.08 })).toBe(920);
  });

  test.each([
    ['blank colegiatura', '', [0.3], '', 'Error: falta el dato «colegiatura»'],
    ['text colegiatura', 'mil', [0.3], '', 'Error: colegiatura «mil» no es un número'],
    ['negative colegiatura', -100, [], '', 'Error: colegiatura -100 no puede ser un número negativo'],
    ['beca above 100 %', 1000, ['150%'], '', 'Error: porcentaje de beca «150%» fuera del rango de 0 % a 100 %'],
    ['negative beca', 1000, [-0.1], '', 'Error: porcentaje de beca -0,1 fuera del rango de 0 % a 100 %'],
    ['beca as text', 1000, ['media'], '', 'Error: «media» no es un porcentaje: se esperaba, por ejemplo, 30 % o 0,3'],
    ['unknown payment form', 1000, [], 'tarjeta', 'Error: forma de pago «tarjeta» desconocida: se esperaba mensual, pago anticipado, pronto pago o la fecha del pago'],
  ])('%s is an error naming the value', (_l, amount, becas, form, want) => {
    expect(net(amount, becas, form)).toBe(want);
  });
});

describe('parsePaymentForm', () => {
  test.each([
    ['', 'monthly'], ['Mensual', 'monthly'], ['anticipado', 'advance'], ['PAGO TOTAL', 'advance'], ['semestre', 'advance'],
    ['Pronto pago', 'early'], ['Primeros 10 días', 'early'], ['puntual', 'early'],
  ])('%p is %s', (cell, want) => {
    const r = parsePaymentForm(cell);
    expect(r.ok && r.value).toBe(want);
  });
});

describe('roundCents', () => {
  test.each([
    [1.005, 1.01],
    [2137.4999999999995, 2137.5],
    [0.125, 0.13],
    [1111.05, 1111.05],
  ])('%p → %p', (x, want) => expect(roundCents(x)).toBe(want));
});

test('amounts too large to hold cents are left as they are, never Infinity', () => {
  expect(roundCents(1e308)).toBe(1e308);
  expect(net(1e308, [0.5], '')).toBe(5e307);
});
