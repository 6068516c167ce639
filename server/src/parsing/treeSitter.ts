import * as fs from 'fs';
import * as path from 'path';
import { Language, Parser } from 'web-tree-sitter';
import type { Dialect } from '../model/common';

/** The application-code grammars, from the npm packages tree-sitter-javascript and tree-sitter-typescript. */
export type AppGrammar = 'javascript' | 'typescript' | 'tsx';
export type GrammarName = Dialect | AppGrammar;

/** Where each app grammar's prebuilt WASM lies in node_modules (the bundle copies them beside itself). */
const APP_GRAMMAR_PACKAGES: Readonly<Record<AppGrammar, string>> = {
  javascript: 'tree-sitter-javascript',
  typescript: 'tree-sitter-typescript',
  tsx: 'tree-sitter-typescript',
};

let runtimeStart: Promise<void> | undefined;

/**
 * Loads the web-tree-sitter runtime once and each grammar on first use. The WASM files sit next to
 * the bundle (dist/) or, when running from compiled sources, come from node_modules and grammars/
 * (ours) or node_modules (the JavaScript and TypeScript grammars).
 */
export class GrammarLoader {
  private init: Promise<void> | undefined;
  private readonly languages = new Map<GrammarName, Promise<Language>>();

  private readonly wasmDir: string | undefined;

  /** `wasmDir` holds the runtime and grammar WASM files; by default the bundle's own folder when they sit there. */
  constructor(wasmDir?: string) {
    this.wasmDir = wasmDir ?? (fs.existsSync(path.join(__dirname, 'tree-sitter-nginx.wasm')) ? __dirname : undefined);
  }

  private runtimeWasm(): string {
    if (this.wasmDir) return path.join(this.wasmDir, 'web-tree-sitter.wasm');
    return path.join(findProjectRoot(), 'node_modules', 'web-tree-sitter', 'web-tree-sitter.wasm');
  }

  private grammarWasm(name: GrammarName): string {
    const file = `tree-sitter-${name}.wasm`;
    if (this.wasmDir) return path.join(this.wasmDir, file);
    if (name === 'nginx' || name === 'haproxy') return path.join(findProjectRoot(), 'grammars', `tree-sitter-${name}`, file);
    return path.join(findProjectRoot(), 'node_modules', APP_GRAMMAR_PACKAGES[name], file);
  }

  private ready(): Promise<void> {
    // The runtime is one per process: every loader (the configurations', the app kind's) shares its start.
    this.init ??= runtimeStart ??= Parser.init({ locateFile: () => this.runtimeWasm() });
    return this.init;
  }

  language(name: GrammarName): Promise<Language> {
    let lang = this.languages.get(name);
    if (!lang) {
      lang = this.ready().then(() => Language.load(this.grammarWasm(name)));
      this.languages.set(name, lang);
    }
    return lang;
  }

  async parser(name: GrammarName): Promise<Parser> {
    const language = await this.language(name);
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
