import type { DocumentLink, Location, Range, ReferenceParams, RenameParams, SymbolInformation, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { includeLinks } from './includeLinks';
import { configurationScope, definitions, documentScope, prepareRename, references, rename, type NavigationScope } from './navigation';
import type { DocumentStore, OpenDocument } from './documentStore';
import { baseLabel, workspaceSymbols, type SymbolScope } from './workspaceSymbols';
import { pathToUri, uriToPath, type WorkspaceConfigurations } from './workspaceConfigurations';

/**
 * Navigation across the files of a configuration: definitions, references, renames, include links
 * and the workspace symbol search, each over the configurations that read the asking file, or the
 * file alone when none does.
 */
export class Navigator {
  constructor(
    private readonly store: DocumentStore,
    private readonly configurations: WorkspaceConfigurations,
    /** Brings a document's model and its configurations up to its current text (the linter's run). */
    private readonly current: (doc: OpenDocument) => Promise<unknown>,
  ) {}

  /** The open document and the scopes it is read in, its configurations' first. */
  private async scopes(uri: string): Promise<{ doc: OpenDocument; scopes: NavigationScope[] } | null> {
    const doc = this.store.get(uri);
    if (!doc) return null;
    await this.current(doc);
    const file = uriToPath(uri);
    const scopes: NavigationScope[] = [];
    if (file) {
      for (const state of await this.configurations.configurationsOf(uri)) {
        const scope = state.loaded && configurationScope(state.loaded, file, doc.source.text);
        if (scope) scopes.push(scope);
      }
    }
    if (!scopes.length) {
      await this.store.refresh(doc);
      const alone = documentScope(doc);
      if (alone) scopes.push(alone);
    }
    return { doc, scopes };
  }

  async definition({ textDocument, position }: TextDocumentPositionParams): Promise<Location[]> {
    const read = await this.scopes(textDocument.uri);
    return read ? definitions(read.scopes, read.doc.source.offsetAt(position)) : [];
  }

  async references({ textDocument, position, context }: ReferenceParams): Promise<Location[]> {
    const read = await this.scopes(textDocument.uri);
    return read ? references(read.scopes, read.doc.source.offsetAt(position), context.includeDeclaration) : [];
  }

  async prepareRename({ textDocument, position }: TextDocumentPositionParams): Promise<{ range: Range; placeholder: string } | null> {
    const read = await this.scopes(textDocument.uri);
    return read ? prepareRename(read.scopes, read.doc.source, read.doc.source.offsetAt(position)) : null;
  }

  async rename({ textDocument, position, newName }: RenameParams): Promise<WorkspaceEdit | null> {
    const read = await this.scopes(textDocument.uri);
    return read ? rename(read.scopes, read.doc.source.offsetAt(position), newName) : null;
  }

  async documentLinks(uri: string): Promise<DocumentLink[]> {
    const doc = this.store.get(uri);
    const file = uriToPath(uri);
    if (!doc || !file) return [];
    await this.current(doc);
    const loaded = (await this.configurations.configurationsOf(uri)).flatMap((s) => (s.loaded ? [s.loaded] : []));
    return includeLinks(file, doc.source, loaded);
  }

  /** Every configuration of the workspace, and the open documents none of them reads. */
  async workspaceSymbols(query: string): Promise<SymbolInformation[]> {
    for (const doc of this.store.all()) await this.current(doc);
    await this.configurations.ready();
    const scopes: SymbolScope[] = [];
    for (const state of this.configurations.all()) {
      const loaded = state.loaded;
      if (!loaded) continue;
      const labels = new Map(loaded.files.map((f) => [pathToUri(f.path), f.label]));
      const first = loaded.files[0];
      const scope = first && configurationScope(loaded, first.path, first.source.text);
      if (scope) scopes.push({ scope, label: (uri) => labels.get(uri) ?? baseLabel(uri) });
    }
    for (const doc of this.store.all()) {
      if (this.configurations.isMember(doc.uri)) continue;
      const scope = documentScope(doc);
      if (scope) scopes.push({ scope, label: baseLabel });
    }
    return workspaceSymbols(scopes, query);
  }
}
