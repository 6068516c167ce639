import type { Parser, Tree } from 'web-tree-sitter';
import type { Dialect } from '../model/common';
import type { ParsedConfig } from '../engine/linter';
import { buildHaproxyConfig } from './haproxyModel';
import { buildNginxConfig } from './nginxModel';
import type { GrammarLoader } from './treeSitter';

/**
 * Builds the typed model of a syntax tree in the tree's dialect. Pass the text the tree was parsed
 * from when there is one: a tree without errors is then modelled from the text, much faster.
 */
export function buildConfig(dialect: Dialect, tree: Tree, text?: string): ParsedConfig {
  return dialect === 'nginx' ? buildNginxConfig(tree, text) : buildHaproxyConfig(tree, text);
}

/** One parser per dialect, created on first use and reused (parsers keep state between parses). */
export class ConfigParser {
  private readonly parsers = new Map<Dialect, Promise<Parser>>();
  private readonly loaded = new Map<Dialect, Parser>();

  constructor(private readonly loader: GrammarLoader) {}

  private parser(dialect: Dialect): Promise<Parser> {
    let p = this.parsers.get(dialect);
    if (!p) {
      p = this.loader.parser(dialect).then((parser) => {
        this.loaded.set(dialect, parser);
        return parser;
      });
      this.parsers.set(dialect, p);
    }
    return p;
  }

  /** Resolves once the dialect's grammar is loaded, after which `parseTreeNow` works. */
  async ready(dialect: Dialect): Promise<void> {
    await this.parser(dialect);
  }

  /**
   * Parses synchronously (the grammar must be loaded: see `ready`), so that no other event can
   * touch `oldTree` while the parse runs.
   */
  parseTreeNow(dialect: Dialect, text: string, oldTree?: Tree | null): Tree {
    const parser = this.loaded.get(dialect);
    if (!parser) throw new Error(`the ${dialect} grammar is not loaded yet`);
    const tree = parser.parse(text, oldTree ?? null);
    if (!tree) throw new Error(`the ${dialect} parser gave no tree`);
    return tree;
  }

  /** Parses text, reusing `oldTree` (already edited with `tree.edit`) for an incremental parse. */
  async parseTree(dialect: Dialect, text: string, oldTree?: Tree | null): Promise<Tree> {
    const parser = await this.parser(dialect);
    const tree = parser.parse(text, oldTree ?? null);
    if (!tree) throw new Error(`the ${dialect} parser gave no tree`);
    return tree;
  }

  /** A one-shot parse to the model; the syntax tree is freed before returning. */
  async parse(dialect: Dialect, text: string): Promise<ParsedConfig> {
    const tree = await this.parseTree(dialect, text);
    try {
      return buildConfig(dialect, tree, text);
    } finally {
      tree.delete();
    }
  }
}
