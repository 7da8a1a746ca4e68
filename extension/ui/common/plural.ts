/** "1 session added", "3 sessions added": a count with the word that fits it. */
export function counted(n: number, one: string, many: string, formatNumber: (n: number) => string = String): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}
