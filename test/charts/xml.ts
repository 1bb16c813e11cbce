/**
 * A strict well-formedness check for the SVG the charts write (a small XML
 * 1.0 subset: elements, attributes in double quotes, text, the five
 * predefined entities and numeric references; no comments, CDATA, DOCTYPE or
 * processing instructions, which the charts never write). Returns the
 * problems found, `[]` for a well-formed document with one root element.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const name = /^[A-Za-z_][\w.-]*/;
  const checkText = (text: string, where: number) => {
    if (/[<>]/.test(text)) problems.push(`raw < or > in text at ${where}`);
    for (const m of text.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(m[0]))
        problems.push(`bad entity ${m[0]} at ${where}`);
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: checking for them
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text))
      problems.push(`control character at ${where}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt === -1) {
      checkText(xml.slice(i), i);
      if (xml.slice(i).trim() !== '') problems.push('text after the root');
      break;
    }
    const text = xml.slice(i, lt);
    checkText(text, i);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root at ${i}`);
    const gt = xml.indexOf('>', lt);
    if (gt === -1) {
      problems.push(`unclosed tag at ${lt}`);
      break;
    }
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const closing = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== closing) problems.push(`</${closing}> closes <${open ?? 'nothing'}> at ${lt}`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const m = name.exec(body);
      if (m === null) {
        problems.push(`bad tag name at ${lt}`);
        break;
      }
      let rest = body.slice(m[0].length);
      const seen = new Set<string>();
      while (rest.trim() !== '') {
        const a = /^\s+([A-Za-z_:][\w:.-]*)="([^"]*)"/.exec(rest);
        if (a === null) {
          problems.push(`bad attribute in <${m[0]}> at ${lt}: ${rest.slice(0, 40)}`);
          break;
        }
        if (seen.has(a[1] as string)) problems.push(`repeated attribute ${a[1]} at ${lt}`);
        seen.add(a[1] as string);
        checkText(a[2] as string, lt);
        rest = rest.slice(a[0].length);
      }
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(m[0]);
    }
    i = gt + 1;
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
