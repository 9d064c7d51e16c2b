/**
 * `array` itself when it already holds `size` ints, else a copy at least `size` long. Doubling keeps appending
 * linear: every growable Int32Array buffer in the reader and the table builder grows through here.
 */
export function growInt32(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= array.length) return array;
  const bigger = new Int32Array(Math.max(size, array.length * 2));
  bigger.set(array);
  return bigger;
}
