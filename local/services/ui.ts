// Ui and HtmlService: menus, alerts, prompts, sidebars and dialogs are recorded for tests and the page.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { Calls, track } from './calls';

export interface UiRecord {
  menu: { caption: string; functionName: string; menu?: string }[];
  alerts: string[];
  dialogs: { title: string; html: string; modal?: boolean }[];
  sidebar?: { title: string; html: string };
}

const BUTTONS = Object.freeze({ OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' });
const BUTTON_SETS = Object.freeze({ OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' });

/** Locally nobody answers dialogs: OK alone is OK, any set with a refusal is refused. */
function declined(buttons?: string): string {
  if (buttons === BUTTON_SETS.YES_NO || buttons === BUTTON_SETS.YES_NO_CANCEL) return BUTTONS.NO;
  if (buttons === BUTTON_SETS.OK_CANCEL) return BUTTONS.CANCEL;
  return BUTTONS.OK;
}

class Menu {
  private readonly items: { caption: string; functionName: string }[] = [];
  constructor(
    private readonly record: UiRecord,
    private readonly caption: string,
  ) {}
  addItem(caption: string, functionName: string) {
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    return this;
  }
  addSubMenu(menu: Menu) {
    this.items.push(...menu.items);
    return this;
  }
  addToUi() {
    this.record.menu = [...this.record.menu.filter((i) => i.menu !== this.caption), ...this.items.map((i) => ({ ...i, menu: this.caption }))];
  }
}

interface HtmlLike {
  getContent(): string;
  getTitle(): string;
}

export function uiService(calls: Calls, record: UiRecord, addonName: string) {
  const alert = (a: string, b?: string, c?: string) => {
    const [title, prompt, buttons] = b === undefined || (Object.values(BUTTON_SETS) as string[]).includes(b) ? ['', a, b] : [a, b, c];
    record.alerts.push(title ? `${title}\n${prompt}` : String(prompt));
    return declined(buttons);
  };
  const prompt = (a: string, b?: string, c?: string) => {
    alert(a, b, c);
    return { getResponseText: () => '', getSelectedButton: () => BUTTONS.CANCEL };
  };
  const ui = {
    Button: BUTTONS,
    ButtonSet: BUTTON_SETS,
    createAddonMenu: () => track(calls, 'Menu', new Menu(record, addonName)),
    createMenu: (caption: string) => track(calls, 'Menu', new Menu(record, caption)),
    alert,
    prompt,
    showSidebar(html: HtmlLike) {
      record.sidebar = { title: html.getTitle(), html: html.getContent() };
    },
    showModalDialog(html: HtmlLike, title: string) {
      record.dialogs.push({ title, html: html.getContent(), modal: true });
    },
    showModelessDialog(html: HtmlLike, title: string) {
      record.dialogs.push({ title, html: html.getContent(), modal: false });
    },
  };
  return () => track(calls, 'Ui', ui);
}

export class HtmlOutput {
  title = '';
  width = 300;
  height = 400;
  constructor(private content: string) {}
  getContent() {
    return this.content;
  }
  setContent(content: string) {
    this.content = content;
    return this;
  }
  append(content: string) {
    this.content += content;
    return this;
  }
  appendUntrusted(content: string) {
    this.content += content.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    return this;
  }
  setTitle(title: string) {
    this.title = title;
    return this;
  }
  getTitle() {
    return this.title;
  }
  setWidth(width: number) {
    this.width = width;
    return this;
  }
  getWidth() {
    return this.width;
  }
  setHeight(height: number) {
    this.height = height;
    return this;
  }
  getHeight() {
    return this.height;
  }
  setSandboxMode() {
    return this;
  }
  setXFrameOptionsMode() {
    return this;
  }
  addMetaTag() {
    return this;
  }
  setFaviconUrl() {
    return this;
  }
}

/** Compiles <? code ?>, <?= escaped ?> and <?!= raw ?> scriptlets into a function run in the bundle's realm. */
function templateSource(html: string): string {
  let code = 'var __out = [];\nwith (__template) {\n';
  const re = /<\?(!?=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    code += `__out.push(${JSON.stringify(html.slice(last, m.index))});\n`;
    if (m[1] === '=') code += `__out.push(__escape(${m[2]}));\n`;
    else if (m[1] === '!=') code += `__out.push(String(${m[2]}));\n`;
    else code += `${m[2]}\n`;
    last = re.lastIndex;
  }
  code += `__out.push(${JSON.stringify(html.slice(last))});\n}\nreturn __out.join('');`;
  return `(function (__template, __escape) {\n${code}\n})`;
}

const escapeHtml = (v: unknown) =>
  String(v).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function htmlService(calls: Calls, distDir: string, context: () => vm.Context) {
  const output = (html: string) => track(calls, 'HtmlOutput', new HtmlOutput(html));
  const fromFile = (name: string) => {
    const path = join(distDir, name.endsWith('.html') ? name : `${name}.html`);
    if (!existsSync(path)) throw new Error(`No HTML file named ${name} was found.`);
    return readFileSync(path, 'utf8');
  };
  const template = (html: string) => {
    // Scriptlets read the properties the bundle sets on the template (t.data = …) through `with`.
    const t = {
      getRawContent: () => html,
      evaluate: () => {
        const fn = vm.runInContext(templateSource(html), context()) as (t: unknown, e: unknown) => string;
        return output(fn(t, escapeHtml));
      },
    };
    return track(calls, 'HtmlTemplate', t);
  };
  return track(calls, 'HtmlService', {
    SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
    XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    createHtmlOutput: (html?: string) => output(html ?? ''),
    createHtmlOutputFromFile: (name: string) => output(fromFile(name)),
    createTemplate: (html: string) => template(html),
    createTemplateFromFile: (name: string) => template(fromFile(name)),
  });
}
