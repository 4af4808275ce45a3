// The add-on's recorded formats in Excel's terms, for saving through exceljs: drop-down lists, conditional
// formats, colours.
import type ExcelJS from 'exceljs';
import { ConditionalFormatRule, DataValidation } from './builders';

export const argb = (color: string) => 'FF' + color.replace('#', '').toUpperCase().padStart(6, '0').slice(-6);

/** A drop-down list as Excel keeps it; other criteria have no faithful .xlsx form and stay recorded only. */
export function excelValidation(rule: unknown): ExcelJS.DataValidation | undefined {
  if (!(rule instanceof DataValidation) || rule.criteria !== 'requireValueInList') return undefined;
  const values = (rule.criteriaValues[0] as unknown[]).map(String);
  return { type: 'list', allowBlank: true, formulae: [`"${values.join(',').replace(/"/g, '""')}"`], showErrorMessage: rule.getAllowInvalid() === false };
}

const quoted = (v: unknown) => (typeof v === 'number' ? String(v) : `"${String(v).replace(/"/g, '""')}"`);

/** The Excel form of a conditional format rule, when its criterion has one. */
export function excelConditional(rule: ConditionalFormatRule, topLeft: string): ExcelJS.ConditionalFormattingRule | undefined {
  const style: Partial<ExcelJS.Style> = {
    ...(rule.options.setBackground ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(String(rule.options.setBackground)) } } } : {}),
    ...(rule.options.setFontColor || rule.options.setBold ? { font: { bold: rule.options.setBold === true, ...(rule.options.setFontColor ? { color: { argb: argb(String(rule.options.setFontColor)) } } : {}) } } : {}),
  };
  const [a, b] = rule.criteriaValues;
  const common = { priority: 1, style };
  switch (rule.criteria) {
    case 'whenTextEqualTo':
    case 'whenNumberEqualTo':
      return { ...common, type: 'cellIs', operator: 'equal', formulae: [quoted(a)] };
    case 'whenNumberLessThan':
      return { ...common, type: 'cellIs', operator: 'lessThan', formulae: [quoted(a)] };
    case 'whenNumberGreaterThan':
      return { ...common, type: 'cellIs', operator: 'greaterThan', formulae: [quoted(a)] };
    case 'whenNumberBetween':
      return { ...common, type: 'cellIs', operator: 'between', formulae: [quoted(a), quoted(b)] };
    case 'whenTextStartsWith':
      return { ...common, type: 'expression', formulae: [`LEFT(${topLeft},${String(a).length})=${quoted(a)}`] };
    case 'whenTextContains':
      return { ...common, type: 'containsText', operator: 'containsText', text: String(a) };
    case 'whenFormulaSatisfied':
      return { ...common, type: 'expression', formulae: [String(a).replace(/^=/, '')] };
    default:
      return undefined;
  }
}
