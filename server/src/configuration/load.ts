import { inputProblems } from '../engine/lintText';
import type { ParsedConfig } from '../engine/linter';
import type { Dialect } from '../model/common';
import type { ConfigParser } from '../parsing/configParser';
import type { FileAccess } from './fileAccess';
import { loadHaproxyConfiguration } from './haproxy/joinHaproxy';
import { loadNginxConfiguration } from './nginx/joinNginx';
import type { ConfigurationSpec, LoadedConfiguration, ModelSource, ReadPolicy } from './spec';
import { SourceText } from '../text/sourceText';

/** Reads a configuration as its server would (see loadNginxConfiguration, loadHaproxyConfiguration). */
export function loadConfiguration(spec: ConfigurationSpec, files: FileAccess, models: ModelSource, policy: ReadPolicy): Promise<LoadedConfiguration> {
  return spec.dialect === 'nginx' ? loadNginxConfiguration(spec.entry, files, models, policy) : loadHaproxyConfiguration(spec.paths, files, models, policy);
}

/**
 * The model of each file, parsed once per text: configurations that share files, and the next
 * load after an edit to one file, parse only what changed.
 */
export class ModelCache {
  private readonly byFile = new Map<string, { dialect: Dialect; text: string; config: ParsedConfig; source?: SourceText }>();

  constructor(private readonly parser: ConfigParser) {}

  readonly models: ModelSource = Object.assign(
    async (dialect: Dialect, file: string, text: string): Promise<ParsedConfig> => {
      const cached = this.byFile.get(file);
      if (cached && cached.dialect === dialect && cached.text === text) return cached.config;
      const config = await modelOf(this.parser, dialect, text);
      this.byFile.set(file, { dialect, text, config });
      return config;
    },
    {
      // The line index of a file's text, made once per text.
      sources: (file: string, text: string): SourceText => {
        const cached = this.byFile.get(file);
        if (cached && cached.text === text) return (cached.source ??= new SourceText(text));
        return new SourceText(text);
      },
    },
  );

  /** Takes a model built elsewhere (an open document's), so that it is not parsed again. */
  put(file: string, dialect: Dialect, text: string, config: ParsedConfig, source?: SourceText): void {
    const cached = this.byFile.get(file);
    if (cached && cached.text === text && cached.config === config) return;
    this.byFile.set(file, { dialect, text, config, source });
  }

  forget(file: string): void {
    this.byFile.delete(file);
  }
}

/** A file's model; a file too big or binary gets an empty one whose syntax problem says why. */
async function modelOf(parser: ConfigParser, dialect: Dialect, text: string): Promise<ParsedConfig> {
  const problems = inputProblems(dialect, text);
  if (problems.length) {
    const syntaxProblems = problems.map((p) => ({ message: p.message, span: p.span }));
    return dialect === 'nginx'
      ? { dialect, directives: [], comments: [], syntaxProblems }
      : { dialect, sections: [], orphans: [], comments: [], syntaxProblems };
  }
  return parser.parse(dialect, text);
}
