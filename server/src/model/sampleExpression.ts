/** A problem in a `%[...]` sample expression, at an offset into the token's raw text. */
export interface SampleExpressionProblem {
  readonly offset: number;
  readonly length: number;
  readonly message: string;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*/;

/**
 * Reads the `%[fetch(args),conv(args),...]` expressions of a log-format token the way HAProxy's
 * sample parser does, and names what it would refuse: a missing fetch method, something other than
 * `,` or `]` after a fetch or converter, an expression never closed. Arguments end at the first `)`
 * (HAProxy cannot take one inside them). A token quoted whole is read inside its quotes; other
 * tokens with quotes, escapes or variables are left alone: their text is not what the parser sees.
 */
export function sampleExpressionProblems(raw: string): SampleExpressionProblem[] {
  if (!raw.includes('%[')) return [];
  // A token quoted whole ("...") with nothing special inside reads the same without its quotes.
  if (/^"[^"'\\$]*"$/.test(raw)) return sampleExpressionProblems(raw.slice(1, -1)).map((p) => ({ ...p, offset: p.offset + 1 }));
  if (/["'\\]/.test(raw)) return [];
  const problems: SampleExpressionProblem[] = [];
  let at = raw.indexOf('%[');
  while (at >= 0) {
    const start = at;
    let i = at + 2;
    let first = true;
    for (;;) {
      const name = NAME.exec(raw.slice(i))?.[0];
      if (!name) {
        const found = raw[i];
        problems.push({
          offset: i,
          length: 1,
          message: first ? `sample expression '${raw.slice(start)}' has no fetch method after '%['` : `sample expression '${raw.slice(start)}' has no converter name after ','`,
        });
        if (found === undefined) break;
        break;
      }
      i += name.length;
      if (raw[i] === '(') {
        const close = raw.indexOf(')', i);
        if (close < 0) {
          problems.push({ offset: i, length: raw.length - i, message: `sample expression '${raw.slice(start)}': '${name}(' is never closed` });
          i = raw.length;
          break;
        }
        i = close + 1;
      }
      if (raw[i] === ']') {
        i++;
        break;
      }
      if (raw[i] === ',') {
        i++;
        first = false;
        continue;
      }
      problems.push({
        offset: i,
        length: raw[i] === undefined ? 0 : 1,
        message:
          raw[i] === undefined
            ? `sample expression '${raw.slice(start)}' is never closed with ']'`
            : `sample expression '${raw.slice(start)}': expected ',' or ']' after '${raw.slice(start + 2, i)}', but found '${raw[i]}'`,
      });
      break;
    }
    if (problems.length && problems[problems.length - 1].offset >= start) break;
    at = raw.indexOf('%[', i);
  }
  return problems;
}
