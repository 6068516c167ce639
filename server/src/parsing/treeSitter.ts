import * as fs from 'fs';
import * as path from 'path';
import { Language, Parser } from 'web-tree-sitter';
import type { Dialect } from '../model/common';

/**
 * Loads the web-tree-sitter runtime once and each grammar on first use. The WASM files sit next to
 * the bundle (dist/) or, when running from compiled sources, come from node_modules and grammars/.
 */
export class GrammarLoader {
  private init: Promise<void> | undefined;
  private readonly languages = new Map<Dialect, Promise<Language>>();

  private readonly wasmDir: string | undefined;

  /** `wasmDir` holds the runtime and grammar WASM files; by default the bundle's own folder when they sit there. */
  constructor(wasmDir?: string) {
    this.wasmDir = wasmDir ?? (fs.existsSync(path.join(__dirname, 'tree-sitter-nginx.wasm')) ? __dirname : undefined);
  }

  private runtimeWasm(): string {
    if (this.wasmDir) return path.join(this.wasmDir, 'web-tree-sitter.wasm');
    return path.join(findProjectRoot(), 'node_modules', 'web-tree-sitter', 'web-tree-sitter.wasm');
  }

  private grammarWasm(dialect: Dialect): string {
    const file = `tree-sitter-${dialect}.wasm`;
    if (this.wasmDir) return path.join(this.wasmDir, file);
    return path.join(findProjectRoot(), 'grammars', `tree-sitter-${dialect}`, file);
  }

  private ready(): Promise<void> {
    this.init ??= Parser.init({ locateFile: () => this.runtimeWasm() });
    return this.init;
  }

  language(dialect: Dialect): Promise<Language> {
    let lang = this.languages.get(dialect);
    if (!lang) {
      lang = this.ready().then(() => Language.load(this.grammarWasm(dialect)));
      this.languages.set(dialect, lang);
    }
    return lang;
  }

  async parser(dialect: Dialect): Promise<Parser> {
    const language = await this.language(dialect);
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
  }
}

function findProjectRoot(): string {
  let dir = __dirname;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'grammars'))) return dir;
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`grammars/ not found above ${__dirname}`);
    dir = up;
  }
}
