import type { Parser, Tree } from 'web-tree-sitter';
import type { Dialect } from '../model/common';
import type { ParsedConfig } from '../engine/linter';
import { buildHaproxyConfig, haproxyConfigInSteps } from './haproxyModel';
import { buildNginxConfig, nginxConfigInSteps } from './nginxModel';
import type { GrammarLoader } from './treeSitter';
import { SLICE_MS, yieldToEvents } from '../schedule/slices';

/**
 * Builds the typed model of a syntax tree in the tree's dialect. Pass the text the tree was parsed
 * from when there is one: a tree without errors is then modelled from the text, much faster.
 */
export function buildConfig(dialect: Dialect, tree: Tree, text?: string): ParsedConfig {
  return dialect === 'nginx' ? buildNginxConfig(tree, text) : buildHaproxyConfig(tree, text);
}

/** The model of a tree built in steps, pausing whenever `pause` says so (see nginxConfigInSteps, haproxyConfigInSteps). */
export function buildConfigInSteps(dialect: Dialect, tree: Tree, text: string, pause: () => boolean): Generator<void, ParsedConfig> {
  return dialect === 'nginx' ? nginxConfigInSteps(tree, text, pause) : haproxyConfigInSteps(tree, text, pause);
}

/** One parser per dialect, created on first use and reused (parsers keep state between parses). */
export class ConfigParser {
  private readonly parsers = new Map<Dialect, Promise<Parser>>();
  private readonly loaded = new Map<Dialect, Parser>();
  /**
   * A second parser per dialect for sliced parses: a parse halted between slices resumes on the
   * next call to the same parser, so no other parse may run on it meanwhile.
   */
  private readonly slicers = new Map<Dialect, Promise<Parser>>();
  /** Sliced parses run one after another (the end of the last one queued). */
  private slicing: Promise<unknown> = Promise.resolve();

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

  /**
   * Parses a whole text (no old tree) in slices of about 20 ms, letting other events run between
   * them: the first parse of a 100k-line file is a few hundred milliseconds of WebAssembly that
   * would otherwise hold the language server's event loop in one piece. The text must not change
   * meanwhile (the caller passes an immutable string, so it cannot).
   */
  parseTreeSliced(dialect: Dialect, text: string): Promise<Tree> {
    const run = async (): Promise<Tree> => {
      let slicer = this.slicers.get(dialect);
      if (!slicer) {
        slicer = this.loader.parser(dialect);
        this.slicers.set(dialect, slicer);
      }
      const parser = await slicer;
      try {
        for (;;) {
          const started = performance.now();
          const tree = parser.parse(text, null, { progressCallback: () => performance.now() - started > SLICE_MS });
          if (tree) return tree;
          await yieldToEvents();
        }
      } catch (error) {
        parser.reset();
        throw error;
      }
    };
    const result = this.slicing.then(run, run);
    this.slicing = result.catch(() => undefined);
    return result;
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
