// memoText: a text cell (and, when asked, a number) is read once, other cells every time, and the cache stays bounded while keeping what is in use.
import { GENERATION_SIZE, Generations, memoText } from '../../src/core/memo';

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

  test('with numbers: true, a number read again after 2,001 other distinct ones is still remembered', () => {
    const { read, calls } = counting({ numbers: true });
    read(0);
    for (let i = 1; i <= 2001; i++) read(i);
    read(0);
    for (let i = 2; i <= 2001; i++) read(i);
    expect(calls.length).toBe(2002);
  });

  test('a text read again within the last GENERATION_SIZE distinct ones is remembered, whatever came before', () => {
    const { read, calls } = counting();
    for (let i = 0; i < 50_000; i++) read(`t${i}`);
    for (let i = 50_000 - GENERATION_SIZE; i < 50_000; i++) read(`t${i}`);
    expect(calls.length).toBe(50_000);
  });

  test('a column cycling through more distinct texts than a generation holds still reads each once', () => {
    const { read, calls } = counting();
    const distinct = GENERATION_SIZE + 1;
    for (let row = 0; row < 5 * distinct; row++) read(`escuela ${row % distinct}`);
    expect(calls.length).toBe(distinct);
  });

  test('a column cycling through 2,001 distinct texts reads each once, however many rows', () => {
    const { read, calls } = counting();
    for (let row = 0; row < 100_000; row++) read(`escuela ${row % 2001}`);
    expect(calls.length).toBe(2001);
  });

  test('free text is let go: a text not seen for more than twice GENERATION_SIZE distinct ones is read again', () => {
    const { read, calls } = counting();
    for (let i = 0; i <= 2 * GENERATION_SIZE; i++) read(`t${i}`);
    read('t0');
    expect(calls.length).toBe(2 * GENERATION_SIZE + 2);
    expect(calls[2 * GENERATION_SIZE + 1]).toBe('t0');
  });
});

describe('Generations', () => {
  test('never holds more than twice GENERATION_SIZE entries, however many distinct keys', () => {
    const cache = new Generations<number, number>();
    let largest = 0;
    for (let i = 0; i < 10 * GENERATION_SIZE; i++) {
      cache.get(i, (k) => k * 2);
      largest = Math.max(largest, cache.size);
    }
    expect(largest).toBe(2 * GENERATION_SIZE);
  });

  test('a key found in the old generation moves to the current one and answers the same', () => {
    const cache = new Generations<string, { v: string }>();
    const first = cache.get('a', (k) => ({ v: k }));
    for (let i = 0; i < GENERATION_SIZE; i++) cache.get(`k${i}`, (k) => ({ v: k }));
    // 'a' is now in the old generation; reading it promotes it and returns the same answer.
    expect(cache.get('a', () => ({ v: 'otra' }))).toBe(first);
    for (let i = 0; i < GENERATION_SIZE - 1; i++) cache.get(`m${i}`, (k) => ({ v: k }));
    expect(cache.get('a', () => ({ v: 'otra' }))).toBe(first);
  });
});
