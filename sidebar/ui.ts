// DOM helpers of the sidebar: elements built with textContent only (sheet data is never HTML), busy buttons, status and errors.

type Attrs = Record<string, string | boolean | number | undefined>;
type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes, never markup. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    if (name === 'text') node.textContent = String(value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

let ids = 0;
export const uniqueId = (prefix: string) => `${prefix}-${++ids}`;

/** The panel's live region: progress while a call runs, then its outcome or its error. */
export class Status {
  readonly node: HTMLElement;
  private readonly text: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private timer?: number;

  constructor() {
    this.text = el('p', { class: 'status-text' });
    this.bar = el('progress', { class: 'status-bar', 'aria-label': 'Trabajando' });
    this.bar.hidden = true;
    this.node = el('div', { class: 'status', role: 'status', 'aria-live': 'polite' }, this.bar, this.text);
  }

  working(what: string): void {
    const started = Date.now();
    this.node.className = 'status working';
    this.bar.hidden = false;
    this.text.textContent = `${what}…`;
    window.clearInterval(this.timer);
    this.timer = window.setInterval(() => {
      this.text.textContent = `${what}… ${Math.round((Date.now() - started) / 1000)} s`;
    }, 1000);
  }

  done(message: string): void {
    this.stop('status ok', message);
  }

  error(message: string): void {
    this.stop('status error', message);
    this.node.setAttribute('role', 'alert');
  }

  clear(): void {
    this.stop('status', '');
  }

  private stop(className: string, message: string): void {
    window.clearInterval(this.timer);
    this.node.className = className;
    this.node.setAttribute('role', 'status');
    this.bar.hidden = true;
    this.text.textContent = message;
  }
}

/**
 * Runs one server call from the panel: every button of the panel is disabled until it ends, the
 * status shows progress, and on either outcome the buttons come back and the status says what happened.
 */
export async function busy<T>(panel: HTMLElement, status: Status, what: string, work: () => Promise<T>): Promise<T | undefined> {
  const buttons = Array.from(panel.querySelectorAll<HTMLButtonElement>('button:not([disabled])'));
  buttons.forEach((b) => (b.disabled = true));
  panel.setAttribute('aria-busy', 'true');
  status.working(what);
  try {
    const result = await work();
    status.clear();
    return result;
  } catch (e) {
    status.error(e instanceof Error ? e.message : String(e));
    return undefined;
  } finally {
    buttons.forEach((b) => (b.disabled = false));
    panel.removeAttribute('aria-busy');
    if (!performance.getEntriesByName(READY_MARK).length) performance.mark(READY_MARK);
  }
}

/** Marked when the tabs and the first panel are on screen and take keys and clicks. */
export const SHOWN_MARK = 'secretaria-panel-mostrado';
/** Marked when the sidebar's first call has come back (the sheet is read) and its buttons work. */
export const READY_MARK = 'secretaria-panel-listo';

export function button(label: string, onClick: () => void, kind: 'primary' | 'secondary' = 'secondary'): HTMLButtonElement {
  const b = el('button', { type: 'button', class: kind, text: label });
  b.addEventListener('click', onClick);
  return b;
}

/** A small table whose cells are text. */
export function table(caption: string, head: string[], rows: (string | number)[][]): HTMLTableElement {
  return el(
    'table',
    {},
    el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...head.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, ...rows.map((r) => el('tr', {}, ...r.map((c) => el('td', { text: String(c) }))))),
  );
}

/** 0.125 → "12,5 %", as the sheet shows it. */
export function percent(fraction: number): string {
  return `${(Math.round(fraction * 1000) / 10).toString().replace('.', ',')} %`;
}

/** The children that exist, for replaceChildren with optional parts. */
/** 4250 → "$4,250.00", as Mexican offices write pesos. */
export function pesos(amount: number): string {
  return `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function present(...children: Child[]): (Node | string)[] {
  return children.filter((c): c is Node | string => Boolean(c));
}

export interface Choice {
  value: string | number;
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Shown after the label, e.g. why the choice is disabled. */
  hint?: string;
}

/** A fieldset of checkboxes or radio buttons, each with its own label (so a click or Space on the text toggles it). */
export function choiceGroup(legend: string, type: 'checkbox' | 'radio', name: string, choices: Choice[]): HTMLFieldSetElement {
  return el(
    'fieldset',
    { class: 'checks' },
    el('legend', { text: legend }),
    ...choices.map((c) => {
      const id = uniqueId(name);
      return el(
        'div',
        {},
        el('input', { type, id, name, value: c.value, checked: c.checked, disabled: c.disabled }),
        el('label', { for: id, text: c.label }),
        c.hint ? el('span', { class: 'hint', text: ` (${c.hint})` }) : null,
      );
    }),
  );
}
