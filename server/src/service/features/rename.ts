import type { Position, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import type { RoleDocsService } from '../roleDocsService';
import type { Anchor, Heading, RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import { slugProfiles } from '../document/slug';
import type { WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { RenameRefusedError, type PrepareRenameResult } from './languageFeatures';
import { isCancelled } from './cancellation';
import { targetAt } from './targetAt';
import { landingOf, pageSummary } from './linkLanding';
import { compareRanges } from './positions';
import { idsAfterRename, plainHeadingText } from './headingIds';

/** What a rename changes: a heading's text (its id follows) or an explicit id. */
interface Declaration {
  page: RoleDocument;
  id: string;
  /** The source text the new name replaces. */
  range: Range;
  heading?: Heading;
  anchor?: Anchor;
  explicit: boolean;
}

const ATTRIBUTE_ID = /^[A-Za-z][\w:.-]*$/;
const HTML_ID = /^[^\s"'<>`=]+$/;

/** Renames a heading or explicit anchor together with every fragment link to it, across the workspace. */
export class RenameProvider {
  readonly #service: RoleDocsService;
  readonly #index: WorkspaceIndex;

  constructor(service: RoleDocsService, index: WorkspaceIndex) {
    this.#service = service;
    this.#index = index;
  }

  /** The range to rename and its current name; from a link, the name is the target's (heading text or explicit id). */
  async prepareRename(document: RoleDocument, position: Position, token?: CancellationToken): Promise<PrepareRenameResult | undefined> {
    if (isCancelled(token)) return undefined;
    const target = targetAt(document, position);
    if (target?.kind === 'link' && target.link.fragment !== undefined && target.link.fragmentRange) {
      const declaration = await this.#declarationAt(document, position, token);
      if (isCancelled(token)) return undefined;
      if (!declaration) return { error: `No heading or anchor in the workspace has the id '#${target.link.fragment}'.` };
      return { range: target.link.fragmentRange, placeholder: textIn(declaration.page, declaration.range) };
    }
    const declaration = await this.#declarationAt(document, position, token);
    if (isCancelled(token) || !declaration) return undefined;
    return { range: declaration.range, placeholder: textIn(declaration.page, declaration.range) };
  }

  /** Edits for the rename; throws RenameRefusedError when the new id would collide on the target page. */
  async provideRenameEdits(document: RoleDocument, position: Position, newName: string, token?: CancellationToken): Promise<WorkspaceEdit | undefined> {
    if (isCancelled(token)) return undefined;
    const declaration = await this.#declarationAt(document, position, token);
    if (isCancelled(token) || !declaration) return undefined;
    const renamedIds = this.#renamedIds(declaration, newName);
    const changes: Record<string, TextEdit[]> = {};
    const add = (uri: string, edit: TextEdit): void => {
      (changes[uri] ??= []).push(edit);
    };
    add(declaration.page.uri, { range: declaration.range, newText: newName.trim() });
    for (const [oldId, newId] of renamedIds) {
      const incoming = await this.#index.incomingLinks(declaration.page.uri, oldId);
      if (isCancelled(token)) return undefined;
      for (const { sourceUri, link } of incoming) if (link.fragmentRange) add(sourceUri, { range: link.fragmentRange, newText: newId });
    }
    for (const edits of Object.values(changes)) edits.sort((a, b) => compareRanges(a.range, b.range));
    return { changes };
  }

  /** Old id → new id for every anchor of the page whose id the rename changes. */
  #renamedIds(declaration: Declaration, newName: string): Map<string, string> {
    const { page, heading, id } = declaration;
    const name = newName.trim();
    const taken = (newId: string): boolean =>
      newId !== id && page.anchors.some((a) => a.id === newId && !(heading && a.headingIndex === heading.index && a.source !== 'html'));
    if (declaration.explicit || !heading) {
      const valid = declaration.anchor?.source === 'html' ? HTML_ID : ATTRIBUTE_ID;
      if (!valid.test(name)) throw new RenameRefusedError(`'${name}' is not a valid id.`);
      if (taken(name)) throw new RenameRefusedError(`'#${name}' is already an id on ${this.#where(page)}.`);
      return new Map(name === id ? [] : [[id, name]]);
    }
    const profile = slugProfiles[this.#service.config.slugProfile];
    const after = idsAfterRename(page.headings, heading.index, name, profile);
    const wanted = profile.slug(plainHeadingText(name), name);
    if (!wanted) throw new RenameRefusedError(`'${name}' gives the heading no id.`);
    if (taken(wanted) || after[heading.index] !== wanted) {
      throw new RenameRefusedError(`The new heading's id '#${wanted}' is already an id on ${this.#where(page)}; links to either would be ambiguous.`);
    }
    const out = new Map<string, string>();
    page.headings.forEach((h, i) => {
      if (h.id !== after[i] && !out.has(h.id)) out.set(h.id, after[i]);
    });
    return out;
  }

  #where(page: RoleDocument): string {
    return this.#service.displayPath(page.uri);
  }

  /** The heading or anchor under the cursor, or the one the link under the cursor lands on. */
  async #declarationAt(document: RoleDocument, position: Position, token?: CancellationToken): Promise<Declaration | undefined> {
    await pageSummary(this.#index, document, document.uri);
    if (isCancelled(token)) return undefined;
    const target = targetAt(document, position);
    if (target?.kind === 'heading') return declarationOf(document, target.heading.id);
    if (target?.kind === 'anchor') return declarationOf(document, target.anchor.id);
    if (target?.kind !== 'link' || target.link.fragment === undefined) return undefined;
    const landing = await landingOf(this.#index, document, target.link);
    if (isCancelled(token) || !landing?.anchor) return undefined;
    const page = landing.uri === document.uri ? document : await this.#service.store.load(landing.uri);
    if (isCancelled(token)) return undefined;
    return page && declarationOf(page, landing.anchor.id);
  }
}

function textIn(document: RoleDocument, range: Range): string {
  return document.text.slice(document.lines.offsetAt(range.start), document.lines.offsetAt(range.end));
}

/** The declaration an id names on a page: the first anchor with it. */
function declarationOf(page: RoleDocument, id: string): Declaration | undefined {
  const anchor = page.anchorsById.get(id)?.[0];
  if (!anchor) return undefined;
  if (anchor.source === 'html') return { page, id, range: anchor.range, anchor, explicit: true };
  const heading = anchor.headingIndex === undefined ? undefined : page.headings[anchor.headingIndex];
  if (!heading) return undefined;
  if (heading.explicitId) {
    const range = explicitIdRange(page, heading);
    return range && { page, id, range, heading, anchor, explicit: true };
  }
  return { page, id, range: heading.textRange, heading, anchor, explicit: false };
}

/** Where `{#id}` (on the heading line) or `{: #id}` (on the next line) writes a heading's explicit id. */
function explicitIdRange(page: RoleDocument, heading: Heading): Range | undefined {
  const id = heading.explicitId!;
  const nextLineStart = page.lines.lineStart(heading.range.start.line + 1);
  const nextLineEnd = page.lines.lineStart(heading.range.start.line + 2);
  const searchEnd = nextLineEnd > nextLineStart ? nextLineEnd : page.text.length;
  const source = page.text.slice(heading.startOffset, searchEnd);
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found = new RegExp(`\\{:?[^{}\\n]*#(${escaped})(?=[\\s}])`, 'd').exec(source);
  if (!found?.indices?.[1]) return undefined;
  const [start, end] = found.indices[1];
  return page.lines.rangeOf(heading.startOffset + start, heading.startOffset + end);
}
