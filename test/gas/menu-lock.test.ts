// A menu action lets the document lock go before its dialogs: nobody waits on a question left on screen, and «Sí» re-runs under the lock again.
import { openRuntime, Runtime } from '../../local/runtime';

// Luis's note sits where Criterio de beca's result would go: Calcular hoja actual asks before replacing it.
const ROSTER = [
  ['Nombre', 'Plan de beca', 'Promedio', 'Criterio', ''],
  ['Ana', 'I', 9, 'sí', ''],
  ['Luis', 'III', '', 1, 'nota suelta'],
];

/** The runtime's dialogs answered «Sí» to the YES_NO question; `asked` sees the calls made up to that moment. */
function answerYes(rt: Runtime, asked: (calls: Record<string, number>) => void): void {
  const app = (rt as any).context.SpreadsheetApp;
  const getUi = app.getUi.bind(app);
  app.getUi = () => {
    const ui = getUi();
    return new Proxy(ui, {
      get(target: any, key) {
        if (key === 'alert')
          return (...args: unknown[]) => {
            const answer = target.alert(...args);
            if (!args.includes('YES_NO')) return answer;
            asked({ ...rt.calls });
            return 'YES';
          };
        const v = target[key];
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
  };
}

describe('Calcular hoja actual and the document lock', () => {
  test('the lock is let go before the question, and «Sí» takes it again and writes', async () => {
    const rt = await openRuntime({ sheets: { Alumnos: ROSTER } });
    let atQuestion: Record<string, number> = {};
    answerYes(rt, (calls) => (atQuestion = calls));
    rt.run('calcularHojaActual');
    expect(atQuestion['Lock.tryLock']).toBe(1);
    expect(atQuestion['Lock.releaseLock']).toBe(1);
    const alerts = rt.ui.alerts;
    expect(alerts[alerts.length - 1]).not.toMatch(/otra persona está escribiendo/);
    expect(rt.calls['Lock.tryLock']).toBe(2);
    const [header] = rt.sheetValues('Alumnos');
    expect(header).toContain('Beca % (calculado)');
  });

  test('«Crear plantillas» lets the lock go before its dialog', async () => {
    const rt = await openRuntime({ sheets: { 'Hoja 1': [['']] } });
    rt.run('crearPlantillasMenu');
    expect([rt.calls['Lock.tryLock'], rt.calls['Lock.releaseLock']]).toEqual([1, 1]);
  });
});
