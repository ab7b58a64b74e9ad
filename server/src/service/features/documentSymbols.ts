import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { RoleDocsService } from '../roleDocsService';
import type { Role, RoleDocument, Section } from '../document/model';
import { statedGrade } from '../workspaceIndex/pageSummary';
import { ladderViewFor, type LadderView } from './ladderView';
import { headingBlockEnd } from './headingBlocks';

function sectionSymbol(section: Section, kind: SymbolKind): DocumentSymbol {
  return { name: section.heading.text || ' ', kind, range: section.range, selectionRange: section.heading.textRange };
}

function roleDetail(role: Role, view: LadderView): string | undefined {
  const level = view.levelOfRole(role)?.level;
  const grade = statedGrade(role) ?? (level ? view.gradeOf(level) : undefined);
  return [grade === undefined ? undefined : `grade ${grade}`, level?.title].filter(Boolean).join(' · ') || undefined;
}

/** The outline: page-level sections, roles (each holding its sections) and other headings outside roles, in page order. */
export class DocumentSymbolsProvider {
  readonly #service: RoleDocsService;

  constructor(service: RoleDocsService) {
    this.#service = service;
  }

  /** Roles (with their sections as children) and page sections, in document order. */
  provideDocumentSymbols(document: RoleDocument): DocumentSymbol[] {
    const view = ladderViewFor(this.#service, document);
    const top: { offset: number; symbol: DocumentSymbol }[] = [];
    for (const section of document.pageSections) top.push({ offset: section.heading.startOffset, symbol: sectionSymbol(section, SymbolKind.Namespace) });
    for (const role of document.roles) {
      top.push({
        offset: role.heading.startOffset,
        symbol: {
          name: role.title || ' ',
          detail: roleDetail(role, view),
          kind: SymbolKind.Class,
          range: role.range,
          selectionRange: role.heading.textRange,
          children: role.sections.filter((s) => s.heading !== role.heading).map((s) => sectionSymbol(s, SymbolKind.Field)),
        },
      });
    }
    // Other headings outside every role keep the outline useful on guide pages; they nest by level among themselves.
    const named = new Set([...document.sections.map((s) => s.heading), ...document.roles.map((r) => r.heading)]);
    const open: { depth: number; end: number; symbol: DocumentSymbol }[] = [];
    document.headings.forEach((heading, i) => {
      if (named.has(heading) || document.roles.some((r) => heading.startOffset > r.heading.startOffset && heading.startOffset < r.endOffset)) return;
      const end = headingBlockEnd(document, i);
      const symbol: DocumentSymbol = {
        name: heading.text || ' ',
        kind: SymbolKind.String,
        range: document.lines.rangeOf(heading.startOffset, end),
        selectionRange: heading.textRange,
      };
      while (open.length && (open[open.length - 1].end <= heading.startOffset || open[open.length - 1].depth >= heading.depth)) open.pop();
      const parent = open[open.length - 1];
      if (parent) (parent.symbol.children ??= []).push(symbol);
      else top.push({ offset: heading.startOffset, symbol });
      open.push({ depth: heading.depth, end, symbol });
    });
    return top.sort((a, b) => a.offset - b.offset).map((t) => t.symbol);
  }
}
