export interface DecodedText {
  readonly text: string;
  /** Where the bytes stopped being UTF-8, when they did; the text then maps each byte to one character. */
  readonly invalidUtf8At: number | null;
}

/** UTF-8 when the bytes are UTF-8 (a BOM is dropped), else Latin-1, which nginx and HAProxy read alike. */
export function decode(bytes: Buffer): DecodedText {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, invalidUtf8At: null };
  } catch {
    let at = 0;
    while (at < bytes.length) {
      const len = utf8SequenceLength(bytes, at);
      if (len === 0) break;
      at += len;
    }
    return { text: bytes.toString('latin1'), invalidUtf8At: at };
  }
}

function utf8SequenceLength(b: Buffer, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const need = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
  if (need === 0 || i + need > b.length) return 0;
  for (let k = 1; k < need; k++) if ((b[i + k] & 0xc0) !== 0x80) return 0;
  return need;
}
