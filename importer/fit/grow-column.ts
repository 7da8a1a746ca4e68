// Growing a typed-array column: a larger copy whose new space starts at
// `fill`, so a column only needs the values it is given.
export type Column = Float64Array | Float32Array | Int32Array;

export function grown<T extends Column>(old: T, make: (n: number) => T, capacity: number, fill: number): T {
  const next = make(capacity);
  next.set(old);
  next.fill(fill, old.length);
  return next;
}
