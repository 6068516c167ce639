import * as path from 'path';

/**
 * A guess at what a file that is not an NGINX or HAProxy configuration is, for the message that says
 * it was not linted ("reads as JavaScript?"). Only a hint for the reader: the decision that the file
 * is not a configuration was made by parsing (engine/dialect.ts), never by this.
 */
const BY_EXTENSION: Record<string, string> = {
  '.js': 'JavaScript', '.mjs': 'JavaScript', '.cjs': 'JavaScript', '.jsx': 'JavaScript',
  '.ts': 'TypeScript', '.mts': 'TypeScript', '.cts': 'TypeScript', '.tsx': 'TypeScript',
  '.json': 'JSON', '.yaml': 'YAML', '.yml': 'YAML', '.md': 'Markdown', '.markdown': 'Markdown',
  '.sh': 'a shell script', '.bash': 'a shell script', '.py': 'Python', '.rb': 'Ruby', '.go': 'Go',
  '.toml': 'TOML', '.ini': 'INI', '.tf': 'Terraform', '.xml': 'XML', '.html': 'HTML',
  '.service': 'a systemd unit', '.socket': 'a systemd unit', '.timer': 'a systemd unit',
};

const INTERPRETERS: Record<string, string> = { sh: 'a shell script', bash: 'a shell script', dash: 'a shell script', zsh: 'a shell script', node: 'JavaScript', python: 'Python', python3: 'Python' };

function looksLikeJson(text: string): boolean {
  if (!/^\s*[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export function guessTextKind(file: string, text: string): string | null {
  const base = path.basename(file);
  if (/^(Dockerfile|Containerfile)(\.|$)/.test(base)) return 'a Dockerfile';
  const byExtension = BY_EXTENSION[path.extname(base).toLowerCase()];
  if (byExtension) return byExtension;
  if (text.includes('\0')) return 'binary data';
  const shebang = /^#!\s*(?:\S*\/)?(?:env\s+)?([a-z0-9]+)/.exec(text);
  if (shebang) return INTERPRETERS[shebang[1]] ?? `a ${shebang[1]} script`;
  if (looksLikeJson(text)) return 'JSON';
  if (/^\[(Unit|Service|Install)\]\s*$/m.test(text)) return 'a systemd unit';
  if (/^(---\s*$|apiVersion:|kind:)/m.test(text)) return 'YAML';
  if (/^\[[^\]\n]+\]\s*$/m.test(text) && /^\s*[\w.-]+\s*=/m.test(text)) return 'INI';
  return null;
}
