// The words the add-on writes into the workbook from src/gas: sheet names, headers, menu labels, dashboard headings.

/** The sheet of the rules every custom function and panel reads. */
export const CONFIG_SHEET = 'Configuración';
