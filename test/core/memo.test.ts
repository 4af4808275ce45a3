// memoText: a text cell is read once, other cells every time, and the cache stays bounded.
import { memoText } from '../../src/core/memo';

const counting = () => {
  const calls: unknown[] = [];
  const read = memoText((v: unknown) => {
    calls.push(v);
    return { read: v };
  });
  return { read, calls };
};

describe('memoText', () => {
  test('reads each distinct text once and shares the answer', () => {
    const { read, calls } = counting();
    const first = read('II');
    expect(read('II')).toBe(first);
    read('III');
    expect(calls).toEqual(['II', 'III']);
  });

  test('reads numbers, booleans and blanks every time', () => {
    const { read, calls } = counting();
    read(8);
    read(8);
    read(null);
    read(true);
    expect(calls).toEqual([8, 8, null, true]);
  });

  test('starts over after 2,000 distinct texts, so free text cannot grow it without bound', () => {
    const { read, calls } = counting();
    for (let i = 0; i < 2001; i++) read(`t${i}`);
    read('t2000');
    expect(calls.length).toBe(2001); // the text that started over is kept
    read('t0');
    expect(calls.length).toBe(2002); // the earlier ones were let go
  });
});
