import type { Command } from 'vscode-languageserver';
import type { DocPage } from '../rules/docs';
import { pageFileUri } from '../rules/docsFolder';
import { SHOW_RULE_DOCS_COMMAND } from './customProtocol';

/** The server's own command: shows a page through `window/showDocument`, for clients other than ours. */
export const SHOW_DOCS_COMMAND = 'affinityLint.showDocumentation';

/**
 * How diagnostics and code actions point at a documentation page. Our VS Code client says at
 * initialize that it has SHOW_RULE_DOCS_COMMAND, which opens the page shipped with the extension in
 * the Markdown preview: links are then `command:` URIs (VS Code opens a diagnostic's code link and a
 * Problems panel link with commands allowed) and actions run that command. Any other client gets the
 * page's `file:` URI, which every editor can open, and the server command that shows it.
 */
export class DocLinks {
  private showsPages = false;
  /** Hrefs made so far, by page: a publish links every diagnostic, a few pages over and over. */
  private readonly hrefs = new Map<DocPage, string | undefined>();

  /** Set at initialize from the client's initializationOptions. */
  set clientShowsPages(value: boolean) {
    this.showsPages = value;
    this.hrefs.clear();
  }

  get clientShowsPages(): boolean {
    return this.showsPages;
  }

  /** The `codeDescription.href` of a diagnostic: undefined when the page is not installed. */
  href(page: DocPage): string | undefined {
    if (this.hrefs.has(page)) return this.hrefs.get(page);
    const href = this.clientShowsPages ? `command:${SHOW_RULE_DOCS_COMMAND}?${encodeURIComponent(JSON.stringify([page]))}` : (pageFileUri(page) ?? undefined);
    this.hrefs.set(page, href);
    return href;
  }

  command(title: string, page: DocPage): Command {
    return { title, command: this.clientShowsPages ? SHOW_RULE_DOCS_COMMAND : SHOW_DOCS_COMMAND, arguments: [page] };
  }
}
