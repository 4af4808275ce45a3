// Crear plantillas: new sheets with headers, drop-downs, conditional formats, a frozen header, live formulas and one example row.
import type { Answer } from '../../api';
import { Rules } from '../../core/config';
import { PROTECTION_WORDS } from '../../core/es/sheet-words';
import { explain } from '../../core/es/reasons';
import { asCellText } from '../../core/a1';
import { columnLetter } from '../../core/students/fields';
import { answer } from '../boundary';
import { ensureConfigSheet, readRules } from '../config-panel';
import { withDocumentLock } from '../lock';
import { CONVENIO_TEMPLATES } from './convenios';
import { PAGOS_TEMPLATES } from './pagos';
import { FAILED_MARKS, Highlight, TemplateSpec } from './spec';
import { STUDENT_TEMPLATES } from './students';
import { PERIOD_TEMPLATES } from './period';

/** Every template "Crear plantillas" makes; other trackers append their own lists here. */
export const TEMPLATES: TemplateSpec[] = [...STUDENT_TEMPLATES, ...CONVENIO_TEMPLATES, ...PAGOS_TEMPLATES, ...PERIOD_TEMPLATES];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The rule builders of one highlight, each still to get its background and range. */
function conditions(h: Highlight, rules: Rules): GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder[] {
  const rule = () => SpreadsheetApp.newConditionalFormatRule();
  switch (h.when) {
    case 'equals':
      return [rule().whenTextEqualTo(String(h.value))];
    case 'startsWith':
      return [rule().whenTextStartsWith(String(h.value))];
    case 'lessThan':
      return [rule().whenNumberLessThan(Number(h.value))];
    case 'failingGrade':
      return [rule().whenNumberLessThan(rules.passingGrade), ...FAILED_MARKS.map((mark) => rule().whenTextEqualTo(mark))];
  }
}

function build(sheet: Sheet, spec: TemplateSpec, rules: Rules): void {
  const inputs = spec.columns.map((c) => c.header);
  const computed = spec.computed(spec.columns);
  const headers = [...inputs, ...computed.map((c) => c.header)];
  const example = [...spec.columns.map((c) => (typeof c.example === 'string' ? asCellText(c.example) : c.example)), ...computed.map((c) => c.formula)];
  sheet.getRange(1, 1, 2, headers.length).setValues([headers, example]);
  computed.forEach((c, i) => {
    if (c.beside) sheet.getRange(1, inputs.length + i + 2).setFormula(c.beside).setNumberFormat('dd/mm/yyyy');
  });
  sheet.getRange(1, 1, 1, headers.length).setFontWeight('bold').setBackground('#e8eaed');
  sheet.setFrozenRows(1);
  const body = (column: number) => sheet.getRange(2, column + 1, sheet.getMaxRows() - 1, 1);
  spec.columns.forEach((c, i) => {
    if (c.choices) body(i).setDataValidation(SpreadsheetApp.newDataValidation().requireValueInList(c.choices, true).setAllowInvalid(true).build());
  });
  const formats = sheet.getConditionalFormatRules();
  for (const h of spec.highlights) {
    const column = headers.indexOf(h.header);
    if (column < 0) continue;
    for (const when of conditions(h, rules)) formats.push(when.setBackground(h.background).setRanges([body(column)]).build());
  }
  sheet.setConditionalFormatRules(formats);
  if (computed.length) {
    const first = inputs.length;
    sheet.getRange(1, first + 1, sheet.getMaxRows(), computed.length).protect().setDescription(PROTECTION_WORDS.templateColumns(columnLetter(first), columnLetter(first + computed.length - 1))).setWarningOnly(true);
  }
}

/** Creates each missing template sheet (and Configuración); a sheet that exists is left as it is. */
export function createTemplates(): string[] {
  return withDocumentLock(() => {
    ensureConfigSheet();
    const { rules } = readRules();
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return TEMPLATES.map((spec) => {
      if (ss.getSheetByName(spec.sheet)) return explain({ code: 'template_exists', sheet: spec.sheet });
      const sheet = ss.insertSheet(spec.sheet);
      try {
        build(sheet, spec, rules);
      } catch (e) {
        // A half-built template would pass for a made one on the next run ("ya existe"): it goes.
        ss.deleteSheet(sheet);
        throw e;
      }
      return explain({ code: 'template_created', sheet: spec.sheet });
    });
  });
}

/** Sidebar call: the sentence for each template, created or left alone. */
export function crearPlantillas(): Answer<string[]> {
  return answer(createTemplates);
}
