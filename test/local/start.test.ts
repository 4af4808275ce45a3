// `npm start`: a demo generator that cannot load is reported as its own error, not as a missing generator.

test('an error loading the demo generator reaches the user as it is', () => {
  const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
  const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.isolateModules(() => {
    jest.doMock('node:fs', () => ({ ...jest.requireActual('node:fs'), existsSync: () => false }));
    jest.doMock('../../local/server', () => ({ startLocalServer: () => new Promise(() => undefined) }));
    jest.doMock('../../local/demo', () => {
      throw new Error("Cannot find module 'exceljs'");
    });
    expect(() => require('../../local/start')).toThrow("Cannot find module 'exceljs'");
  });
  expect(printed).not.toHaveBeenCalled();
  exit.mockRestore();
  printed.mockRestore();
});
