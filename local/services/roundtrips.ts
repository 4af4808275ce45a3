// What each service method costs in Apps Script, counted in round trips to Google's servers, not in method calls.
//
// Sources (Google's Apps Script guides and reference):
// - "Best practices" (developers.google.com/apps-script/guides/support/best-practices), «Minimize calls to other
//   services» and «Use batch operations»: calls that fetch data from Google's servers are what costs; Apps Script
//   already uses look-ahead caching for reads and write caching for writes, and "alternating read and write commands
//   is slow": a read has to wait for the server, writes are held and sent together.
// - SpreadsheetApp.flush() (developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush): "Applies
//   all pending Spreadsheet changes. Spreadsheet operations are sometimes bundled together to improve performance".
// - LockService guide (developers.google.com/apps-script/reference/lock/lock#releaseLock): it asks scripts to call
//   SpreadsheetApp.flush() before releasing a lock, so a lock call does not send the pending writes itself.
//
// The model, per execution:
// - 'read': asks the server and waits for its answer: 1 round trip. A read also sends the writes pending before it
//   (they were already counted as their run).
// - 'write': held in the write cache; a run of consecutive writes costs 1 round trip, sent at the next read, at
//   flush() or at the end of the execution.
// - 'call': a round trip to another service (properties, cache, lock, mail, triggers, the user's browser for a
//   dialog): 1 each; it neither sends nor ends the run of pending Spreadsheet writes.
// - 'flush': sends the pending run (already counted) and ends it; costs nothing more.
// - 'free': answered inside the script's own engine: handles (getActiveSpreadsheet of a bound script, the Properties
//   or Lock object), references to ranges (getRange, getDataRange, offset, getCell: the range is resolved by the
//   read or write that uses it), a range's own geometry, builders (rules, menus, triggers before create(), charts:
//   newChart and its setOption are not even tracked), HTML templates of the project, Utilities, Logger.
// Where Google documents nothing finer, a getter of server state counts as a read: the model may overcount, never
// hide a cost.
import type { Calls } from './calls';
import type { ServiceMethod } from './scopes';

export type Cost = 'read' | 'write' | 'call' | 'flush' | 'free';

/** The same cost for each of `methods` of `kind`. */
function each<K extends string, M extends string>(kind: K, cost: Cost, methods: readonly M[]): Record<`${K}.${M}`, Cost> {
  return Object.fromEntries(methods.map((m) => [`${kind}.${m}`, cost])) as Record<`${K}.${M}`, Cost>;
}

export const COSTS = {
  // The execution's context: the bound document, and the sheet and selection active when it started.
  ...each('SpreadsheetApp', 'free', ['getActiveSpreadsheet', 'getActive', 'getActiveSheet', 'getActiveRange', 'getUi', 'newConditionalFormatRule', 'newDataValidation']),
  ...each('SpreadsheetApp', 'flush', ['flush']),
  // The bound spreadsheet's id comes with the execution; its url is made of it.
  ...each('Spreadsheet', 'free', ['getRange', 'getRangeByName', 'getId', 'getUrl', 'getActiveSheet', 'getActiveRange']),
  ...each('Spreadsheet', 'read', ['getSheets', 'getNumSheets', 'getSheetByName', 'getSheetById', 'getSpreadsheetTimeZone', 'getSpreadsheetLocale', 'getName']),
  // insertSheet answers the new sheet (its id is the server's): a read.
  ...each('Spreadsheet', 'read', ['insertSheet']),
  ...each('Spreadsheet', 'write', ['setActiveSheet', 'deleteSheet', 'setSpreadsheetTimeZone', 'rename', 'toast']),
  // A Sheet handle carries what getSheetByName / getSheets answered: the sheet's properties, which the Sheets API
  // sends with every sheet (SheetProperties: title, sheetId, index, hidden, gridProperties rowCount, columnCount,
  // frozen rows and columns; developers.google.com/workspace/sheets/api/reference/rest/v4/spreadsheets/sheets).
  // Where its data ends (getLastRow) is no property: that is a read.
  ...each('Sheet', 'free', [
    'getName', 'getSheetId', 'getParent', 'getRange', 'getDataRange', 'newChart', 'getIndex', 'getMaxRows', 'getMaxColumns', 'getFrozenRows', 'getFrozenColumns',
    'isSheetHidden',
  ]),
  ...each('Sheet', 'free', ['getActiveRange', 'getActiveCell']),
  ...each('Sheet', 'read', ['getLastRow', 'getLastColumn', 'getProtections', 'getConditionalFormatRules', 'getCharts', 'getColumnWidth']),
  ...each('Sheet', 'write', [
    'setName', 'appendRow', 'insertColumnAfter', 'insertColumnsAfter', 'deleteColumn', 'deleteColumns', 'deleteRow', 'deleteRows', 'insertColumnBefore',
    'insertColumnsBefore', 'insertRowAfter', 'insertRowsAfter', 'insertRowBefore', 'setFrozenRows', 'setFrozenColumns', 'protect', 'setConditionalFormatRules',
    'clearConditionalFormatRules', 'insertChart', 'updateChart', 'removeChart', 'setColumnWidth', 'setColumnWidths', 'autoResizeColumns', 'autoResizeColumn', 'hideSheet',
    'showSheet', 'activate', 'clear', 'clearContents', 'insertColumns', 'insertRowsBefore', 'insertRows',
  ]),
  // A range's geometry is its own coordinates.
  ...each('Range', 'free', ['getRow', 'getColumn', 'getLastRow', 'getLastColumn', 'getNumRows', 'getNumColumns', 'getHeight', 'getWidth', 'getA1Notation', 'getSheet', 'getGridId', 'offset', 'getCell']),
  ...each('Range', 'read', [
    'getValues', 'getValue', 'getDisplayValues', 'getDisplayValue', 'getFormulas', 'getFormula', 'getNumberFormat', 'getFontWeight', 'getBackground', 'getNote',
    'getDataValidation', 'getDataValidations', 'isBlank', 'isPartOfMerge', 'getMergedRanges',
  ]),
  ...each('Range', 'write', [
    'setValues', 'setValue', 'setFormulas', 'setFormula', 'clearContent', 'clear', 'clearFormat', 'setNumberFormat', 'setNumberFormats', 'setFontWeight', 'setFontWeights',
    'setFontColor', 'setFontColors', 'setBackground', 'setBackgrounds', 'setHorizontalAlignment', 'setWrap', 'setNote', 'setFontStyle', 'setFontSize', 'setBorder',
    'setVerticalAlignment', 'setDataValidation', 'setDataValidations', 'clearDataValidations', 'protect', 'activate', 'merge', 'breakApart',
  ]),
  // A Protection from getProtections carries its fields (ProtectedRange: range, description, warningOnly); one made by
  // protect() is the script's until its setters are sent. Who may edit it is asked.
  ...each('Protection', 'free', ['getRange', 'isWarningOnly', 'getDescription', 'getProtectionType']),
  ...each('Protection', 'read', ['canEdit', 'getEditors']),
  ...each('Protection', 'write', ['setWarningOnly', 'setDescription', 'remove', 'addEditor', 'addEditors', 'removeEditors', 'setDomainEdit', 'setUnprotectedRanges']),
  // TextFinder: creating and configuring one is building the request (free); each find sends it and waits for the
  // matching cells (a read); the current match is the last answer kept.
  ...each('Spreadsheet', 'free', ['createTextFinder']),
  ...each('Sheet', 'free', ['createTextFinder']),
  ...each('Range', 'free', ['createTextFinder']),
  ...each('TextFinder', 'free', ['ignoreDiacritics', 'matchCase', 'matchEntireCell', 'matchFormulaText', 'useRegularExpression', 'startFrom', 'getCurrentMatch']),
  ...each('TextFinder', 'read', ['findAll', 'findNext', 'findPrevious']),
  // Properties, Cache and Lock: the service object is a handle; each operation on it is a call to its store.
  ...each('PropertiesService', 'free', ['getDocumentProperties', 'getUserProperties', 'getScriptProperties']),
  ...each('Properties', 'call', ['getProperty', 'setProperty', 'getProperties', 'setProperties', 'getKeys', 'deleteProperty', 'deleteAllProperties']),
  ...each('CacheService', 'free', ['getDocumentCache', 'getUserCache', 'getScriptCache']),
  ...each('Cache', 'call', ['get', 'getAll', 'put', 'putAll', 'remove', 'removeAll']),
  ...each('LockService', 'free', ['getDocumentLock', 'getScriptLock', 'getUserLock']),
  ...each('Lock', 'call', ['tryLock', 'waitLock', 'releaseLock']),
  ...each('Lock', 'free', ['hasLock']),
  // Computed in the script's engine: formatting, digests, blobs; sleep is time, not a request.
  ...each('Utilities', 'free', ['formatDate', 'formatString', 'sleep', 'getUuid', 'newBlob', 'computeDigest', 'base64Encode', 'base64Decode', 'parseCsv']),
  ...each('Logger', 'free', ['log', 'getLog', 'clear']),
  // The project's own files and the output built from them.
  ...each('HtmlService', 'free', ['createHtmlOutput', 'createHtmlOutputFromFile', 'createTemplate', 'createTemplateFromFile']),
  ...each('HtmlOutput', 'free', [
    'getContent', 'setContent', 'append', 'appendUntrusted', 'setTitle', 'getTitle', 'setWidth', 'getWidth', 'setHeight', 'getHeight', 'setSandboxMode',
    'setXFrameOptionsMode', 'addMetaTag', 'setFaviconUrl',
  ]),
  ...each('HtmlTemplate', 'free', ['getRawContent', 'evaluate']),
  // The project's zone is in its manifest and who runs the execution comes with it, as the bound spreadsheet does;
  // the user's locale and temporary key are asked for.
  ...each('Session', 'call', ['getActiveUserLocale', 'getTemporaryActiveUserKey']),
  ...each('Session', 'free', ['getScriptTimeZone', 'getActiveUser', 'getEffectiveUser']),
  ...each('User', 'free', ['getEmail', 'toString']),
  // Showing anything waits for the user's browser; menus are built in the engine and sent by addToUi.
  ...each('Ui', 'call', ['alert', 'prompt', 'showSidebar', 'showModalDialog', 'showModelessDialog']),
  ...each('Ui', 'free', ['createAddonMenu', 'createMenu']),
  ...each('Menu', 'free', ['addItem', 'addSeparator', 'addSubMenu']),
  ...each('Menu', 'call', ['addToUi']),
  // Triggers: the builders are free, create() and the project's list are calls; a Trigger carries its fields.
  ...each('ScriptApp', 'free', ['newTrigger', 'getScriptId']),
  ...each('ScriptApp', 'call', ['getProjectTriggers', 'getUserTriggers', 'deleteTrigger', 'getOAuthToken', 'getAuthorizationInfo']),
  ...each('AuthorizationInfo', 'free', ['getAuthorizationStatus', 'getAuthorizationUrl', 'getAuthorizedScopes']),
  ...each('Trigger', 'free', ['getUniqueId', 'getHandlerFunction', 'getEventType', 'getTriggerSource', 'getTriggerSourceId']),
  ...each('TriggerBuilder', 'free', ['timeBased', 'forSpreadsheet']),
  ...each('ClockTriggerBuilder', 'free', ['atHour', 'nearMinute', 'everyDays', 'everyHours', 'everyMinutes', 'everyWeeks', 'onWeekDay', 'inTimezone', 'after', 'at']),
  ...each('ClockTriggerBuilder', 'call', ['create']),
  ...each('SpreadsheetTriggerBuilder', 'free', ['onOpen', 'onEdit', 'onChange', 'onFormSubmit']),
  ...each('SpreadsheetTriggerBuilder', 'call', ['create']),
  ...each('MailApp', 'call', ['sendEmail', 'getRemainingDailyQuota']),
} satisfies Record<ServiceMethod, Cost>;

/** An entry for a method no local service has any more fails here. */
const noStaleEntries: [Exclude<keyof typeof COSTS, ServiceMethod>] extends [never] ? true : never = true;
void noStaleEntries;

/** The cost of a tracked call; a name the table does not know is refused before it gets here (scopes). */
export function costOf(name: string): Cost {
  return Object.prototype.hasOwnProperty.call(COSTS, name) ? COSTS[name as ServiceMethod] : 'read';
}

/**
 * The round trips counted so far and whether a run of writes is pending. Custom functions run in
 * executions of their own (each recalculated formula is one): their trips are kept apart, one entry each.
 */
export interface TripState {
  trips: number;
  pending: boolean;
  custom: number[];
}

const STATE = new WeakMap<Calls, TripState>();

function stateOf(calls: Calls): TripState {
  let s = STATE.get(calls);
  if (!s) STATE.set(calls, (s = { trips: 0, pending: false, custom: [] }));
  return s;
}

/** For a maintainer looking for a trip to save: TRAZA_VIAJES=1 prints each one as it is counted, with its caller. */
const TRACE = process.env.TRAZA_VIAJES === '1';

/** Counts one tracked call by its cost, to the custom-function execution under way if `custom`. */
export function countTrip(calls: Calls, name: string, custom = false): void {
  const s = stateOf(calls);
  const add = () => {
    if (custom && s.custom.length) s.custom[s.custom.length - 1]++;
    else s.trips++;
    if (TRACE) console.error(`viaje ${s.trips}: ${name}${custom ? ' (función personalizada)' : ''}\n${new Error().stack?.split('\n').slice(3, 9).join('\n')}`);
  };
  switch (costOf(name)) {
    case 'read':
      s.pending = false;
      add();
      return;
    case 'call':
      add();
      return;
    case 'write':
      if (!s.pending) add();
      s.pending = true;
      return;
    case 'flush':
      s.pending = false;
      return;
    case 'free':
      return;
  }
}

/** The end of an execution sends its pending writes: the next execution's first write starts a new run. */
export function endExecution(calls: Calls): void {
  stateOf(calls).pending = false;
}

/** A custom-function execution starts: its trips are counted in an entry of its own. */
export function beginCustomFunction(calls: Calls): void {
  const s = stateOf(calls);
  s.pending = false;
  s.custom.push(0);
}

/** The round trips of each custom-function execution since the last reset, in order. */
export function customFunctionTrips(calls: Calls): readonly number[] {
  return stateOf(calls).custom;
}

/** Round trips of the script's own executions (menu, panel calls, triggers) since `calls` was made or reset. */
export function roundTrips(calls: Calls): number {
  return stateOf(calls).trips;
}

export function resetTrips(calls: Calls): void {
  STATE.set(calls, { trips: 0, pending: false, custom: [] });
}
