// memoText: a text cell (and, when asked, a number) is read once, other cells every time, and the cache stays bounded.
import { memoText } from '../../src/core/memo';

const counting = (options?: { numbers?: boolean }) => {
  const calls: unknown[] = [];
  const read = memoText((v: unknown) => {
    calls.push(v);
    return { read: v };
  }, options);
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

  test('with numbers: true, reads each distinct number once too, but still booleans and blanks every time', () => {
    const { read, calls } = counting({ numbers: true });
    const first = read(234567);
    expect(read(234567)).toBe(first);
    read('234567');
    read('234567');
    read(true);
    read(true);
    expect(calls).toEqual([234567, '234567', true, true]);
  });

  test('with numbers: true, numbers also start over after 2,000 distinct ones', () => {
    const { read, calls } = counting({ numbers: true });
    for (let i = 0; i < 2001; i++) read(i);
    read(0);
    expect(calls.length).toBe(2002);
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
