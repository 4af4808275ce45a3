// The one Spanish order, HTML escape and text fingerprint of the add-on, and the sorts that use them.
import { DEFAULT_RULES } from '../../src/core/config';
import { RESUMEN_WORDS } from '../../src/core/es/words';
import { StudentOutcome, summarize } from '../../src/core/students/summary';
import { compareSpanish, escapeHtml, hashText } from '../../src/core/text';

describe('compareSpanish', () => {
  test('orders numbers inside text by value, accents and case aside, ñ after n', () => {
    expect(['IE 10', 'ie 2', 'Ñaña', 'Nazca', 'Ámbar', 'azul'].sort(compareSpanish)).toEqual(['Ámbar', 'azul', 'ie 2', 'IE 10', 'Nazca', 'Ñaña']);
  });

  test('the Resumen orders plans of study with it: "Plan 2" before "Plan 10"', () => {
    const student = (studyPlan: string): StudentOutcome => ({ name: 'Alumno', studyPlan, becaPlan: '', beca: '', status: '', examRight: '' });
    const s = summarize(['Plan 10', 'Plan 2', 'plan 1'].map(student), DEFAULT_RULES, RESUMEN_WORDS);
    expect(s.perStudyPlan.map((p) => p.studyPlan)).toEqual(['plan 1', 'Plan 2', 'Plan 10']);
  });
});

test('escapeHtml escapes the five characters HTML gives meaning to, and nothing else', () => {
  expect(escapeHtml(`<b title="x" data-y='z'>Tom & Jerry</b> ñ`)).toBe('&lt;b title=&quot;x&quot; data-y=&#39;z&#39;&gt;Tom &amp; Jerry&lt;/b&gt; ñ');
});

test('hashText is FNV-1a 32 as 8 hex digits', () => {
  expect(hashText('')).toBe('811c9dc5');
  expect(hashText('a')).toBe('e40c292c');
});
