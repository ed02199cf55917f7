/** Numbers in the human output of the commands: Italian format (1.234,5). */
export function num(n: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat('it-IT', { maximumFractionDigits }).format(n);
}
