// The sidebar: one tab per registered panel (arrow keys move between tabs), each panel rendered when first shown.
import { PANELS } from './panels';
import { SHOWN_MARK, el } from './ui';

function start(): void {
  const app = document.getElementById('app')!;
  const tabs = el('div', { class: 'tabs', role: 'tablist', 'aria-label': 'Paneles' });
  const rendered = new Set<string>();
  const sections = PANELS.map((p) => el('section', { id: `panel-${p.id}`, role: 'tabpanel', 'aria-labelledby': `tab-${p.id}`, class: 'panel', tabindex: -1 }));
  const buttons = PANELS.map((p, i) => {
    const b = el('button', { type: 'button', role: 'tab', id: `tab-${p.id}`, 'aria-controls': `panel-${p.id}`, text: p.title });
    b.addEventListener('click', () => select(i));
    b.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      const to = e.key === 'Home' ? 0 : e.key === 'End' ? PANELS.length - 1 : step ? (i + step + PANELS.length) % PANELS.length : -1;
      if (to < 0) return;
      e.preventDefault();
      select(to);
      buttons[to].focus();
    });
    return b;
  });

  function select(index: number): void {
    PANELS.forEach((p, i) => {
      const on = i === index;
      buttons[i].setAttribute('aria-selected', String(on));
      buttons[i].tabIndex = on ? 0 : -1;
      sections[i].hidden = !on;
      if (on && !rendered.has(p.id)) {
        rendered.add(p.id);
        p.render(sections[i]);
      }
    });
  }

  tabs.append(...buttons);
  app.replaceChildren(tabs, ...sections);
  // The menu item that opened the sidebar appends #panel-inicial (src/gas/menu.ts).
  const wanted = document.getElementById('panel-inicial')?.dataset.panel;
  select(Math.max(0, PANELS.findIndex((p) => p.id === wanted)));
  performance.mark(SHOWN_MARK);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
