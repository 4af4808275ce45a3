// The local page: the workbook's sheets as a read-only grid (values as text, formulas on hover), the
// add-on menu as buttons, and the sidebar and dialogs in sandboxed frames whose calls go to POST /rpc.

import { chartTypeName } from '../charts/svg';

interface State {
  book: string;
  sheets: { name: string; hidden: boolean }[];
  active: string;
  menu: { caption: string; functionName: string }[];
  sidebarBuilt: boolean;
  /** Where the changes are saved, when not in the workbook itself, and what the copy lacks. */
  saveNote?: string;
  /** Set when the workbook was read again because another program saved it. */
  reloaded?: string;
}

interface SheetView {
  name: string;
  rows: string[][];
  totalRows: number;
  columns: number;
  frozenRows: number;
  formulas: [number, number, string][];
  errors: [number, number, string][];
  spills: [number, number][];
  numbers: [number, number][];
  /** Each chart the bundle inserted, drawn by the server (local/charts/svg.ts) from its ranges' values. */
  charts: { type: string; title: string; cell: string; range: string; svg: string }[];
}

interface Events {
  alerts: string[];
  dialogs: { title: string; html: string }[];
  sidebar?: { title: string; html: string };
  toasts: string[];
}

interface RpcReply {
  ok: boolean;
  value?: unknown;
  error?: string;
  events: Events;
  saveError?: string;
  reloaded?: string;
  /** Time on the server, saving included, and Apps Script service calls counted during the call. */
  stats: { ms: number; calls: number };
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const sidebar = $<HTMLIFrameElement>('barra');
const dialog = $<HTMLDialogElement>('dialogo');
const dialogFrame = $<HTMLIFrameElement>('dialogo-marco');
let shown = '';
/** The sheet the bundle last made active: when it activates another one, the page follows. */
let lastActive = '';
let running = 0;

/** The key the server wrote into this page when it started; it refuses requests without it. */
const token = document.querySelector<HTMLMetaElement>('meta[name="clave-sesion"]')?.content ?? '';

async function getJson<T>(url: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { 'X-Clave-Sesion': token, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) };
  const response = await fetch(url, body === undefined ? { headers } : { method: 'POST', headers, body: JSON.stringify(body) });
  if (!response.ok) {
    const text = await response.text();
    let error = text;
    try {
      error = String((JSON.parse(text) as { error?: unknown }).error ?? text);
    } catch {
      // Not JSON: the text as it came.
    }
    throw new Error(`El servidor local respondió ${response.status}: ${error}`);
  }
  return (await response.json()) as T;
}

function status(text: string): void {
  $('estado').textContent = text;
}

function notice(text: string, kind: '' | 'alerta' | 'error' = '', seconds = 6): void {
  const box = document.createElement('div');
  box.className = `aviso ${kind}`;
  box.setAttribute('role', kind ? 'alert' : 'status');
  box.textContent = text;
  if (kind) {
    const ok = document.createElement('button');
    ok.type = 'button';
    ok.textContent = 'Aceptar';
    ok.addEventListener('click', () => box.remove());
    box.append(ok);
    $('avisos').append(box);
    ok.focus();
  } else {
    $('avisos').append(box);
    setTimeout(() => box.remove(), seconds * 1000);
  }
}


function columnLetters(n: number): string {
  let s = '';
  for (let c = n; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/** The charts as figures: the SVG comes from the server, which escaped every text in it. */
function renderCharts(charts: SheetView['charts']): void {
  const box = $('graficos');
  box.hidden = charts.length === 0;
  box.replaceChildren(
    ...charts.map((c) => {
      const figure = document.createElement('figure');
      figure.className = 'grafico';
      figure.innerHTML = c.svg;
      const caption = document.createElement('figcaption');
      caption.textContent = `«${c.title || 'sin título'}» (${chartTypeName(c.type)}, en ${c.cell})${c.range ? ` · datos de ${c.range}` : ''}`;
      figure.append(caption);
      return figure;
    }),
  );
}

function renderSheet(view: SheetView): void {
  const thead = document.querySelector('#tabla thead')!;
  const tbody = document.querySelector('#tabla tbody')!;
  const head = document.createElement('tr');
  head.append(document.createElement('th'));
  for (let c = 1; c <= view.columns; c++) {
    const th = document.createElement('th');
    th.textContent = columnLetters(c);
    head.append(th);
  }
  thead.replaceChildren(head);
  const marks = new Map<string, { cls: string[]; title?: string }>();
  const mark = (r: number, c: number, cls: string, title?: string) => {
    const m = marks.get(`${r},${c}`) ?? { cls: [] };
    m.cls.push(cls);
    if (title) m.title = m.title ? `${m.title}\n${title}` : title;
    marks.set(`${r},${c}`, m);
  };
  for (const [r, c, f] of view.formulas) mark(r, c, 'formula', f);
  for (const [r, c, e] of view.errors) mark(r, c, 'error', e);
  for (const [r, c] of view.spills) mark(r, c, 'derrame');
  for (const [r, c] of view.numbers) mark(r, c, 'numero');
  const body = document.createDocumentFragment();
  view.rows.forEach((row, r) => {
    const tr = document.createElement('tr');
    if (r < view.frozenRows) tr.className = 'congelada';
    const th = document.createElement('th');
    th.textContent = String(r + 1);
    tr.append(th);
    for (let c = 0; c < view.columns; c++) {
      const td = document.createElement('td');
      td.textContent = row[c] ?? '';
      const m = marks.get(`${r},${c}`);
      if (m) {
        td.className = m.cls.join(' ');
        if (m.title) td.title = m.title;
      }
      tr.append(td);
    }
    body.append(tr);
  });
  tbody.replaceChildren(body);
  const rowsNotice = $('aviso-filas');
  rowsNotice.hidden = view.rows.length >= view.totalRows;
  rowsNotice.textContent = `Se muestran las primeras ${view.rows.length} filas de ${view.totalRows}.`;
  renderCharts(view.charts);
}

function renderTabs(state: State): void {
  const tabs = state.sheets.filter((s) => !s.hidden || s.name === shown).map((s) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.setAttribute('role', 'tab');
    b.setAttribute('aria-selected', String(s.name === shown));
    b.textContent = s.name;
    b.addEventListener('click', () => void showSheet(s.name, true));
    return b;
  });
  $('pestanas').replaceChildren(...tabs);
}

function renderMenu(state: State): void {
  const buttons = state.menu.map((item) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = item.caption;
    b.addEventListener('click', () => void menuItem(item.caption, item.functionName));
    return b;
  });
  $('menu').replaceChildren(...buttons);
}

async function refresh(): Promise<void> {
  const state = await getJson<State>('/api/state');
  if (state.reloaded) notice(state.reloaded, 'alerta');
  if (state.saveNote && !$('estado').textContent) status(state.saveNote);
  $('libro').textContent = `Secretaría escolar · ${state.book}`;
  if (state.active !== lastActive || !state.sheets.some((s) => s.name === shown)) shown = state.active;
  lastActive = state.active;
  renderMenu(state);
  renderTabs(state);
  if (shown) renderSheet(await getJson<SheetView>(`/api/sheet?name=${encodeURIComponent(shown)}`));
}

async function showSheet(name: string, activate: boolean): Promise<void> {
  shown = name;
  if (activate) await getJson('/api/activate', { name });
  await refresh();
}

/** The bundle's alerts, dialogs, sidebar and toasts of one call, shown as Sheets would. */
function showEvents(events: Events): void {
  for (const text of events.alerts) notice(text, 'alerta');
  for (const text of events.toasts) notice(text);
  const last = events.dialogs[events.dialogs.length - 1];
  if (last) {
    $('dialogo-titulo').textContent = last.title;
    dialogFrame.srcdoc = last.html;
    if (!dialog.open) dialog.showModal();
  }
  if (events.sidebar) {
    $('panel-nombre').textContent = events.sidebar.title || 'Secretaría escolar';
    sidebar.srcdoc = events.sidebar.html; // srcdoc wins over src; removing src would race it to about:blank
    $('panel').hidden = false;
  }
}

function setBusy(busy: boolean): void {
  running += busy ? 1 : -1;
  for (const b of document.querySelectorAll<HTMLButtonElement>('#menu button')) b.disabled = running > 0;
}

/** A sidebar call (POST /rpc) or a menu item (POST /api/menu), then the grid as it is now. */
async function rpc(name: string, args: unknown[], endpoint: '/rpc' | '/api/menu' = '/rpc'): Promise<RpcReply> {
  setBusy(true);
  try {
    const reply = await getJson<RpcReply>(endpoint, { name, args });
    if (reply.reloaded) notice(reply.reloaded, 'alerta');
    showEvents(reply.events);
    if (reply.saveError) notice(`No se pudo guardar el libro: ${reply.saveError}`, 'error');
    await refresh();
    return reply;
  } finally {
    setBusy(false);
  }
}

async function menuItem(caption: string, functionName: string): Promise<void> {
  status(`Ejecutando «${caption}»…`);
  try {
    const reply = await rpc(functionName, [], '/api/menu');
    if (!reply.ok) notice(`«${caption}» falló: ${reply.error}`, 'error');
    status(reply.ok ? `«${caption}» terminó en ${reply.stats.ms} ms con ${reply.stats.calls} llamadas a los servicios.` : '');
  } catch (e) {
    notice((e as Error).message, 'error');
    status('');
  }
}

window.addEventListener('message', (event: MessageEvent) => {
  const fromSidebar = event.source === sidebar.contentWindow;
  const fromDialog = event.source === dialogFrame.contentWindow;
  const data = event.data as { type?: string; id?: number; name?: string; args?: unknown[] };
  if ((!fromSidebar && !fromDialog) || !data) return;
  const source = event.source as Window;
  if (data.type === 'host-close') {
    if (fromDialog) dialog.close();
    else $('panel').hidden = true;
    return;
  }
  if (data.type !== 'rpc' || typeof data.name !== 'string') return;
  const name = data.name;
  rpc(name, Array.isArray(data.args) ? data.args : [])
    .then((reply) => {
      status(`Panel: ${name} ${reply.ok ? 'respondió' : 'falló'} en ${reply.stats.ms} ms con ${reply.stats.calls} llamadas a los servicios.`);
      return reply;
    })
    .then((reply) => source.postMessage({ type: 'rpc-result', id: data.id, ok: reply.ok, value: reply.value, error: reply.error }, '*'))
    .catch((e: Error) => source.postMessage({ type: 'rpc-result', id: data.id, ok: false, error: e.message }, '*'));
});

$('panel-cerrar').addEventListener('click', () => ($('panel').hidden = true));
dialog.addEventListener('close', () => dialogFrame.removeAttribute('srcdoc'));

refresh().catch((e: Error) => notice(e.message, 'error'));

