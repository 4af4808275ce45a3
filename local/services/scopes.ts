// The OAuth scopes each emulated service method needs, and the check every tracked call goes through.
//
// Source: Google's Apps Script reference (developers.google.com/apps-script/reference), the
// "Authorization" section of each method: "Scripts that use this method require authorization with
// one or more of the following scopes". A method whose page has no such section needs none, and is
// listed here with [] so that "none" is a decision, not an omission. Any one listed scope suffices.
import type { HtmlOutput, htmlService, uiService } from './ui';
import type { Cache, Lock, Properties, cacheService, lockService, propertiesService } from './store';
import type { Protection, Range, Sheet, Spreadsheet, spreadsheetApp } from './spreadsheet';
import type { TextFinder } from './spreadsheet/text-finder';
import type { loggers, sessionService, utilitiesService } from './utilities';
import type { mailAppService } from './mail';
import type { scriptAppService } from './script-app';

const SHEETS = ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/spreadsheets'] as const;
const UI = ['https://www.googleapis.com/auth/script.container.ui'] as const;
const MAIL = ['https://www.googleapis.com/auth/script.send_mail'] as const;
const TRIGGERS = ['https://www.googleapis.com/auth/script.scriptapp'] as const;
const EMAIL = ['https://www.googleapis.com/auth/userinfo.email'] as const;
const NONE = [] as const;

type Scopes = readonly string[];

/** `${kind}.${method}` for every function-valued member of T: the names track() gives its calls. */
type MethodsOf<K extends string, T> = { [M in keyof T & string]: T[M] extends (...args: never[]) => unknown ? `${K}.${M}` : never }[keyof T & string];

type ScriptApp = ReturnType<typeof scriptAppService>;
type TriggerBuilder = ReturnType<ScriptApp['newTrigger']>;
type SpreadsheetTriggerBuilder = ReturnType<TriggerBuilder['forSpreadsheet']>;
type Ui = ReturnType<ReturnType<typeof uiService>>;
type Session = ReturnType<typeof sessionService>;
type HtmlServiceObject = ReturnType<typeof htmlService>;

/**
 * Every method the local services hand to the bundle, derived from their types: a method added to a
 * service without an entry below, or an entry left for a method that is gone, fails the type check.
 * Sheet.tracked and Sheet.range are helpers the other local classes call on the raw object; they are
 * no Apps Script methods, so the bundle calling them is refused like any unknown name.
 */
export type ServiceMethod =
  | MethodsOf<'SpreadsheetApp', ReturnType<typeof spreadsheetApp>>
  | MethodsOf<'Spreadsheet', Spreadsheet>
  | MethodsOf<'Sheet', Omit<Sheet, 'tracked' | 'range'>>
  | MethodsOf<'Range', Range>
  | MethodsOf<'Protection', Protection>
  | MethodsOf<'TextFinder', TextFinder>
  | MethodsOf<'PropertiesService', ReturnType<typeof propertiesService>>
  | MethodsOf<'Properties', Properties>
  | MethodsOf<'CacheService', ReturnType<typeof cacheService>>
  | MethodsOf<'Cache', Cache>
  | MethodsOf<'LockService', ReturnType<typeof lockService>>
  | MethodsOf<'Lock', Lock>
  | MethodsOf<'Utilities', ReturnType<typeof utilitiesService>>
  | MethodsOf<'Session', Session>
  | MethodsOf<'User', ReturnType<Session['getActiveUser']>>
  | MethodsOf<'Logger', ReturnType<typeof loggers>['Logger']>
  | MethodsOf<'HtmlService', HtmlServiceObject>
  | MethodsOf<'HtmlOutput', HtmlOutput>
  | MethodsOf<'HtmlTemplate', ReturnType<HtmlServiceObject['createTemplate']>>
  | MethodsOf<'Ui', Ui>
  | MethodsOf<'Menu', ReturnType<Ui['createMenu']>>
  | MethodsOf<'ScriptApp', ScriptApp>
  | MethodsOf<'AuthorizationInfo', ReturnType<ScriptApp['getAuthorizationInfo']>>
  | MethodsOf<'Trigger', ReturnType<ScriptApp['getProjectTriggers']>[number]>
  | MethodsOf<'TriggerBuilder', TriggerBuilder>
  | MethodsOf<'ClockTriggerBuilder', ReturnType<TriggerBuilder['timeBased']>>
  | MethodsOf<'SpreadsheetTriggerBuilder', SpreadsheetTriggerBuilder>
  | MethodsOf<'SpreadsheetTriggerBuilder', ReturnType<SpreadsheetTriggerBuilder['onOpen']>>
  | MethodsOf<'MailApp', ReturnType<typeof mailAppService>>;

/** The same scopes for each of `methods` of `kind`. */
function each<K extends string, M extends string>(kind: K, scopes: Scopes, methods: readonly M[]): Record<`${K}.${M}`, Scopes> {
  return Object.fromEntries(methods.map((m) => [`${kind}.${m}`, scopes])) as Record<`${K}.${M}`, Scopes>;
}

export const SCOPES = {
  // Spreadsheet service: every method of Spreadsheet, Sheet, Range and Protection lists both scopes;
  // the builders and getUi() list none (a menu can be built in AuthMode.NONE).
  ...each('SpreadsheetApp', SHEETS, ['getActiveSpreadsheet', 'getActive', 'getActiveSheet', 'getActiveRange', 'flush']),
  ...each('SpreadsheetApp', NONE, ['getUi', 'newConditionalFormatRule', 'newDataValidation']),
  ...each('Spreadsheet', SHEETS, [
    'getSheets', 'getNumSheets', 'getSheetByName', 'getSheetById', 'getActiveSheet', 'setActiveSheet', 'getActiveRange', 'insertSheet', 'deleteSheet',
    'getRange', 'getRangeByName', 'getSpreadsheetTimeZone', 'setSpreadsheetTimeZone', 'getSpreadsheetLocale', 'getName', 'rename', 'getId', 'getUrl', 'toast',
  ]),
  ...each('Sheet', SHEETS, [
    'getName', 'setName', 'getSheetId', 'getIndex', 'getParent', 'getRange', 'getDataRange', 'getLastRow', 'getLastColumn', 'getMaxRows', 'getMaxColumns',
    'appendRow', 'insertColumnAfter', 'insertColumnsAfter', 'deleteColumn', 'deleteColumns', 'deleteRow', 'deleteRows', 'insertColumnBefore', 'insertColumnsBefore',
    'insertRowAfter', 'insertRowsAfter', 'insertRowBefore', 'setFrozenRows', 'getFrozenRows', 'setFrozenColumns', 'getFrozenColumns', 'protect', 'getProtections',
    'setConditionalFormatRules', 'getConditionalFormatRules', 'clearConditionalFormatRules', 'newChart', 'insertChart', 'updateChart', 'removeChart', 'getCharts',
    'setColumnWidth', 'setColumnWidths', 'getColumnWidth', 'autoResizeColumns', 'autoResizeColumn', 'hideSheet', 'showSheet', 'isSheetHidden', 'activate', 'clear',
    'clearContents', 'getActiveRange', 'getActiveCell', 'insertColumns', 'insertRowsBefore', 'insertRows',
  ]),
  ...each('Range', SHEETS, [
    'getValues', 'getValue', 'getDisplayValues', 'getDisplayValue', 'getFormulas', 'getFormula', 'setValues', 'setValue', 'setFormulas', 'setFormula', 'clearContent',
    'clear', 'clearFormat', 'setNumberFormat', 'setNumberFormats', 'getNumberFormat', 'setFontWeight', 'setFontWeights', 'getFontWeight', 'setFontColor',
    'setFontColors', 'setBackground', 'setBackgrounds', 'getBackground', 'setHorizontalAlignment', 'setWrap', 'setNote', 'getNote', 'setFontStyle', 'setFontSize',
    'setBorder', 'setVerticalAlignment', 'setDataValidation', 'setDataValidations', 'getDataValidation', 'getDataValidations', 'clearDataValidations', 'getRow',
    'getColumn', 'getLastRow', 'getLastColumn', 'getNumRows', 'getNumColumns', 'getHeight', 'getWidth', 'getA1Notation', 'getSheet', 'getGridId', 'isBlank', 'offset',
    'getCell', 'protect', 'activate', 'merge', 'breakApart', 'isPartOfMerge', 'getMergedRanges',
  ]),
  // Spreadsheet, Sheet and Range.createTextFinder and every TextFinder method list both scopes.
  ...each('Spreadsheet', SHEETS, ['createTextFinder']),
  ...each('Sheet', SHEETS, ['createTextFinder']),
  ...each('Range', SHEETS, ['createTextFinder']),
  ...each('TextFinder', SHEETS, ['findAll', 'findNext', 'findPrevious', 'getCurrentMatch', 'ignoreDiacritics', 'matchCase', 'matchEntireCell', 'matchFormulaText', 'useRegularExpression', 'startFrom']),
  ...each('Protection', SHEETS, [
    'setWarningOnly', 'isWarningOnly', 'setDescription', 'getDescription', 'getRange', 'getProtectionType', 'remove', 'canEdit', 'getEditors', 'addEditor', 'addEditors',
    'removeEditors', 'setDomainEdit', 'setUnprotectedRanges',
  ]),
  // Properties, Cache, Lock, Utilities, Logger and HTML: no authorization.
  ...each('PropertiesService', NONE, ['getDocumentProperties', 'getUserProperties', 'getScriptProperties']),
  ...each('Properties', NONE, ['getProperty', 'setProperty', 'getProperties', 'setProperties', 'getKeys', 'deleteProperty', 'deleteAllProperties']),
  ...each('CacheService', NONE, ['getDocumentCache', 'getUserCache', 'getScriptCache']),
  ...each('Cache', NONE, ['get', 'getAll', 'put', 'putAll', 'remove', 'removeAll']),
  ...each('LockService', NONE, ['getDocumentLock', 'getScriptLock', 'getUserLock']),
  ...each('Lock', NONE, ['tryLock', 'waitLock', 'releaseLock', 'hasLock']),
  ...each('Utilities', NONE, ['formatDate', 'formatString', 'sleep', 'getUuid', 'newBlob', 'computeDigest', 'base64Encode', 'base64Decode', 'parseCsv']),
  ...each('Logger', NONE, ['log', 'getLog', 'clear']),
  ...each('HtmlService', NONE, ['createHtmlOutput', 'createHtmlOutputFromFile', 'createTemplate', 'createTemplateFromFile']),
  ...each('HtmlOutput', NONE, [
    'getContent', 'setContent', 'append', 'appendUntrusted', 'setTitle', 'getTitle', 'setWidth', 'getWidth', 'setHeight', 'getHeight', 'setSandboxMode',
    'setXFrameOptionsMode', 'addMetaTag', 'setFaviconUrl',
  ]),
  ...each('HtmlTemplate', NONE, ['getRawContent', 'evaluate']),
  // Session: the user's identity needs userinfo.email; User.getEmail() itself lists none.
  ...each('Session', EMAIL, ['getActiveUser', 'getEffectiveUser']),
  ...each('Session', NONE, ['getScriptTimeZone', 'getActiveUserLocale', 'getTemporaryActiveUserKey']),
  ...each('User', NONE, ['getEmail', 'toString']),
  // Ui: showing anything needs script.container.ui; menus need none (onOpen builds them in AuthMode.NONE).
  ...each('Ui', UI, ['alert', 'prompt', 'showSidebar', 'showModalDialog', 'showModelessDialog']),
  ...each('Ui', NONE, ['createAddonMenu', 'createMenu']),
  ...each('Menu', NONE, ['addItem', 'addSeparator', 'addSubMenu', 'addToUi']),
  // Script service: triggers need script.scriptapp; the builders' setters list none, their create() does.
  ...each('ScriptApp', TRIGGERS, ['newTrigger', 'getProjectTriggers', 'getUserTriggers', 'deleteTrigger']),
  // getAuthorizationInfo's page lists no scope: it is how a script asks what it was granted.
  ...each('ScriptApp', NONE, ['getScriptId', 'getOAuthToken', 'getAuthorizationInfo']),
  ...each('AuthorizationInfo', NONE, ['getAuthorizationStatus', 'getAuthorizationUrl', 'getAuthorizedScopes']),
  ...each('Trigger', TRIGGERS, ['getUniqueId', 'getHandlerFunction', 'getEventType', 'getTriggerSource', 'getTriggerSourceId']),
  ...each('TriggerBuilder', NONE, ['timeBased', 'forSpreadsheet']),
  ...each('ClockTriggerBuilder', NONE, ['atHour', 'nearMinute', 'everyDays', 'everyHours', 'everyMinutes', 'everyWeeks', 'onWeekDay', 'inTimezone', 'after', 'at']),
  ...each('ClockTriggerBuilder', TRIGGERS, ['create']),
  ...each('SpreadsheetTriggerBuilder', NONE, ['onOpen', 'onEdit', 'onChange', 'onFormSubmit']),
  ...each('SpreadsheetTriggerBuilder', TRIGGERS, ['create']),
  ...each('MailApp', MAIL, ['sendEmail', 'getRemainingDailyQuota']),
} satisfies Record<ServiceMethod, Scopes>;

/** An entry for a method no local service has any more fails here. */
const noStaleEntries: [Exclude<keyof typeof SCOPES, ServiceMethod>] extends [never] ? true : never = true;
void noStaleEntries;

/** The scopes Google lists for a tracked call, or undefined for a name the table does not know. */
export function scopesOf(name: string): Scopes | undefined {
  return Object.prototype.hasOwnProperty.call(SCOPES, name) ? SCOPES[name as ServiceMethod] : undefined;
}
