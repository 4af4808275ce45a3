// The builders Apps Script hands out (conditional format rules, data validation, embedded charts): each
// records what the add-on asked for so tests and the page can read it back.

type Any = any;

/** A builder whose `when*`/`require*` calls record one criterion and whose setters record options. */
function recordingBuilder(target: Any, criteriaPrefix: RegExp, build: () => unknown): Any {
  const proxy: Any = new Proxy(target, {
    get(obj, prop) {
      if (prop in obj || typeof prop !== 'string') return obj[prop];
      if (prop === 'build') return build;
      if (criteriaPrefix.test(prop)) {
        return (...values: unknown[]) => {
          obj.criteria = prop;
          obj.criteriaValues = values;
          return proxy;
        };
      }
      if (/^(set|as)/.test(prop)) {
        return (...values: unknown[]) => {
          obj.options[prop] = values.length === 1 ? values[0] : values;
          return proxy;
        };
      }
      return undefined;
    },
  });
  return proxy;
}

export class ConditionalFormatRule {
  constructor(
    readonly criteria: string,
    readonly criteriaValues: unknown[],
    readonly options: Record<string, unknown>,
    readonly ranges: unknown[],
  ) {}
  getRanges() {
    return this.ranges;
  }
  getBooleanCondition() {
    return {
      getCriteriaType: () => this.criteria,
      getCriteriaValues: () => this.criteriaValues,
      getBackground: () => this.options.setBackground ?? null,
      getFontColor: () => this.options.setFontColor ?? null,
      getBold: () => this.options.setBold ?? null,
    };
  }
  getGradientCondition() {
    return null;
  }
  copy() {
    return newConditionalFormatRule(this);
  }
}

export function newConditionalFormatRule(from?: ConditionalFormatRule): Any {
  const state: Any = { criteria: from?.criteria ?? '', criteriaValues: from?.criteriaValues ?? [], options: { ...(from?.options ?? {}) }, ranges: from?.ranges ?? [] };
  state.setRanges = (ranges: unknown[]) => {
    state.ranges = ranges;
    return builder;
  };
  const builder = recordingBuilder(state, /^when/, () => new ConditionalFormatRule(state.criteria, state.criteriaValues, state.options, state.ranges));
  return builder;
}

export class DataValidation {
  constructor(
    readonly criteria: string,
    readonly criteriaValues: unknown[],
    readonly options: Record<string, unknown>,
  ) {}
  getCriteriaType() {
    return this.criteria;
  }
  getCriteriaValues() {
    return this.criteriaValues;
  }
  getAllowInvalid() {
    return this.options.setAllowInvalid ?? true;
  }
  getHelpText() {
    return this.options.setHelpText ?? null;
  }
  copy() {
    return newDataValidation(this);
  }
}

export function newDataValidation(from?: DataValidation): Any {
  const state: Any = { criteria: from?.criteria ?? '', criteriaValues: from?.criteriaValues ?? [], options: { ...(from?.options ?? {}) } };
  return recordingBuilder(state, /^require/, () => new DataValidation(state.criteria, state.criteriaValues, state.options));
}

let chartIds = 1;

export class EmbeddedChart {
  readonly id = chartIds++;
  constructor(
    readonly chartType: string,
    readonly ranges: unknown[],
    readonly options: Record<string, unknown>,
    readonly position: { row: number; column: number },
    readonly sheet: unknown,
  ) {}
  getChartId() {
    return this.id;
  }
  getRanges() {
    return this.ranges;
  }
  getOptions() {
    return { get: (key: string) => this.options[key] ?? null };
  }
  getContainerInfo() {
    return { getAnchorRow: () => this.position.row, getAnchorColumn: () => this.position.column };
  }
  getType() {
    return this.chartType;
  }
  modify() {
    return newChart(this.sheet, this);
  }
}

/** Sheet.newChart(): an EmbeddedChartBuilder (asBarChart() and friends return the same builder). */
export function newChart(sheet: unknown, from?: EmbeddedChart): Any {
  const state: Any = {
    chartType: from?.chartType ?? '',
    ranges: [...(from?.ranges ?? [])],
    chartOptions: { ...(from?.options ?? {}) },
    position: { ...(from?.position ?? { row: 1, column: 1 }) },
    options: {},
  };
  const self = (): Any => builder;
  state.addRange = (range: unknown) => (state.ranges.push(range), self());
  state.removeRange = (range: unknown) => ((state.ranges = state.ranges.filter((r: unknown) => r !== range)), self());
  state.clearRanges = () => ((state.ranges = []), self());
  state.setChartType = (type: string) => ((state.chartType = String(type)), self());
  state.setOption = (key: string, value: unknown) => ((state.chartOptions[key] = value), self());
  state.setPosition = (row: number, column: number) => ((state.position = { row, column }), self());
  for (const kind of ['Area', 'Bar', 'Column', 'Combo', 'Histogram', 'Line', 'Pie', 'Scatter', 'Table']) {
    state[`as${kind}Chart`] = () => ((state.chartType = kind.toUpperCase()), self());
  }
  state.setTitle = (title: string) => ((state.chartOptions.title = title), self());
  const builder = recordingBuilder(state, /^$/, () => new EmbeddedChart(state.chartType, state.ranges, { ...state.chartOptions, ...state.options }, state.position, sheet));
  return builder;
}

/** Enums the add-on reads through SpreadsheetApp and Charts, as their names. */
const enumOf = (...names: string[]) => Object.freeze(Object.fromEntries(names.map((n) => [n, n])));

export const ENUMS = {
  ProtectionType: enumOf('RANGE', 'SHEET'),
  DataValidationCriteria: enumOf('VALUE_IN_LIST', 'VALUE_IN_RANGE', 'CHECKBOX', 'NUMBER_BETWEEN', 'DATE_IS_VALID_DATE', 'CUSTOM_FORMULA', 'TEXT_IS_VALID_EMAIL'),
  BooleanCriteria: enumOf('TEXT_EQUAL_TO', 'TEXT_CONTAINS', 'NUMBER_LESS_THAN', 'NUMBER_GREATER_THAN', 'NUMBER_BETWEEN', 'CUSTOM_FORMULA', 'CELL_EMPTY', 'CELL_NOT_EMPTY'),
  BorderStyle: enumOf('SOLID', 'DASHED', 'DOTTED', 'SOLID_MEDIUM', 'SOLID_THICK'),
  WrapStrategy: enumOf('WRAP', 'OVERFLOW', 'CLIP'),
  ChartType: enumOf('AREA', 'BAR', 'COLUMN', 'COMBO', 'HISTOGRAM', 'LINE', 'PIE', 'SCATTER', 'TABLE'),
  ChartMergeStrategy: enumOf('MERGE_COLUMNS', 'MERGE_ROWS'),
  ChartHiddenDimensionStrategy: enumOf('IGNORE_BOTH', 'IGNORE_ROWS', 'IGNORE_COLUMNS', 'SHOW_BOTH'),
};
