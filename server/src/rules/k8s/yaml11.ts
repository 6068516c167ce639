/**
 * How the YAML library Kubernetes tools read manifests with (sigs.k8s.io/yaml over go-yaml v2, a
 * YAML 1.1 reader) types a plain scalar. Our reader follows YAML 1.2, where `yes`, `on` or `0o17`
 * stay strings or read differently; kubectl and Helm see what this function says.
 */
export type Yaml11Type = 'bool' | 'null' | 'int' | 'float' | 'string';

const BOOL = new Set(['y', 'Y', 'yes', 'Yes', 'YES', 'n', 'N', 'no', 'No', 'NO', 'true', 'True', 'TRUE', 'false', 'False', 'FALSE', 'on', 'On', 'ON', 'off', 'Off', 'OFF']);
const NULL = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOAT = new Set(['.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF']);
// Go's strconv.ParseInt(s, 0, 64) after go-yaml drops underscores: 0x, 0o, 0b prefixes and a leading 0 for octal.
const INT = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[0-7]*|0[bB][01]+|[1-9][0-9]*)$/;
// go-yaml's float pattern for values starting with a digit or sign (the exponent needs its sign).
const FLOAT = /^[-+]?[0-9]*\.?[0-9]+([eE][-+][0-9]+)?$/;
// strconv.ParseFloat for values starting with a dot.
const DOT_FLOAT = /^\.[0-9]+([eE][-+]?[0-9]+)?$/;

/** The type go-yaml v2 gives a plain (unquoted, untagged) scalar written as `raw`. */
export function yaml11Type(raw: string): Yaml11Type {
  if (BOOL.has(raw)) return 'bool';
  if (NULL.has(raw)) return 'null';
  if (SPECIAL_FLOAT.has(raw)) return 'float';
  const first = raw[0];
  if (first === '.') return DOT_FLOAT.test(raw) ? 'float' : 'string';
  if (!/[-+0-9]/.test(first)) return 'string';
  // A date such as 2024-01-02 reads as a timestamp, which go-yaml hands back as the string it was.
  if (/^\d{4}-/.test(raw)) return 'string';
  const plain = raw.replace(/_/g, '');
  if (INT.test(plain)) return 'int';
  if (FLOAT.test(plain)) return 'float';
  return 'string';
}
