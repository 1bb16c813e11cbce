/** @internal Word matching for whoIsResponsible: a light English stemmer and a tokeniser. */

/** @internal Light English stemmer: plural, -ing, -ed, and -ize → -ise. */
export function stem(word: string): string {
  let w = word.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  if (w.length > 5 && w.endsWith('ing')) w = undouble(w.slice(0, -3));
  else if (w.length > 4 && w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith('ed')) w = undouble(w.slice(0, -2));
  else if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

function undouble(w: string): string {
  const n = w.length;
  return n > 2 && w[n - 1] === w[n - 2] && !/[aeiousl]/.test(w[n - 1] as string)
    ? w.slice(0, -1)
    : w;
}

/** @internal Lower-cases, splits on anything but letters and digits, stems. */
export function tokens(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0)
    .map(stem);
}
