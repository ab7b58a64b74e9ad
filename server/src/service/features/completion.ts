import {
  CompletionItemKind,
  InsertTextFormat,
  type CompletionItem,
  type Position,
  type Range,
} from 'vscode-languageserver-types';
import type { RoleDocsService } from '../roleDocsService';
import type { RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { PageSummary, WorkspaceIndex } from '../workspaceIndex/workspaceIndex';
import { parseLinkTarget } from '../document/linkTarget';
import { sectionTitle } from '../rules/ladder/missingSection';
import { roleAt } from '../rules/ladder/roleLookup';
import { isCancelled } from './cancellation';
import { pageSummary } from './linkLanding';
import { ladderViewFor, type LadderView } from './ladderView';
import { gradesOf, levelsAtGrade, titlesAtGrade, tracksByTopGrade } from './hover/gradeCard';
import { roleSectionStatus } from './hover/roleCard';
import { familyNoun, retitle, roleInOrBefore } from './levelTitles';
import { buildNextLevelSnippet } from './nextLevelSnippet';
import { editorResolves, type FeatureOptions } from './editorLinks';

const IN_PAGE_FRAGMENT = /\]\(#([^\s)#]*)$/;
const PATH_FRAGMENT = /\]\(([^\s)#\]]+)#([^\s)#]*)$/; // `]` excluded: a long line of `](` stays linear
const AFTER_GRADE = /\bgrade[ \t]+(\d*)$/i;
const HEADING_START = /^(#{1,6})([ \t]*)$/;

const order = (n: number): string => String(n).padStart(4, '0');

/** Anchor ids after `#`, grades after "grade ", sections and levels at a heading's start, and the next level. */
export class CompletionProvider {
  readonly #service: RoleDocsService;
  readonly #index: WorkspaceIndex;
  readonly #options: FeatureOptions;

  constructor(service: RoleDocsService, index: WorkspaceIndex, options: FeatureOptions = {}) {
    this.#service = service;
    this.#index = index;
    this.#options = options;
  }

  /** Completion items at the cursor; empty when nothing fits or when cancelled. */
  async provideCompletions(document: RoleDocument, position: Position, token?: CancellationToken): Promise<CompletionItem[]> {
    if (isCancelled(token)) return [];
    const offset = document.lines.offsetAt(position);
    const before = document.text.slice(document.lines.lineStart(position.line), offset);
    const rangeBack = (length: number): Range => ({ start: { line: position.line, character: position.character - length }, end: position });

    const inPage = IN_PAGE_FRAGMENT.exec(before);
    if (inPage) {
      if (editorResolves(this.#options, this.#service, { kind: 'fragment' })) return [];
      const page = await pageSummary(this.#index, document, document.uri);
      if (isCancelled(token) || !page) return [];
      return anchorItems(page, rangeBack(inPage[1].length));
    }
    const inPath = PATH_FRAGMENT.exec(before);
    if (inPath) {
      const parsed = parseLinkTarget(inPath[1]);
      if (editorResolves(this.#options, this.#service, parsed)) return [];
      const uri = await this.#index.resolveLink(document.uri, parsed);
      const page = uri && (await pageSummary(this.#index, document, uri));
      if (isCancelled(token) || !page) return [];
      return anchorItems(page, rangeBack(inPath[2].length));
    }
    const view = ladderViewFor(this.#service, document);
    const grade = AFTER_GRADE.exec(before);
    if (grade) return gradeItems(view, rangeBack(grade[1].length));
    const heading = HEADING_START.exec(before);
    if (heading || before.trim() === '') return this.#headingItems(document, view, offset, position, heading);
    return [];
  }

  #headingItems(
    document: RoleDocument,
    view: LadderView,
    offset: number,
    position: Position,
    heading: RegExpExecArray | null,
  ): CompletionItem[] {
    const depth = heading ? heading[1].length : 0;
    const spaced = heading ? heading[2].length > 0 : true;
    const afterMarks: Range = { start: position, end: position };
    const lead = spaced ? '' : ' ';
    const role = roleAt(document, offset);
    if (heading && role && depth > role.heading.depth) {
      const { lacks } = roleSectionStatus(document, role, view.ladder);
      const prefix = role.sections.find((s) => s.prefix)?.prefix;
      return lacks.map((kind, i) => {
        const label = prefix ? `${prefix} ${sectionTitle(view.ladder, kind)}` : sectionTitle(view.ladder, kind);
        return {
          label,
          kind: CompletionItemKind.Module,
          detail: `Section ${role.title} lacks`,
          sortText: order(i),
          textEdit: { range: afterMarks, newText: lead + label },
        };
      });
    }
    const items: CompletionItem[] = [];
    const previous = roleInOrBefore(document, offset);
    const next = previous && buildNextLevelSnippet(previous, view);
    if (next) {
      items.push({
        label: `Next level: ${next.title}`,
        kind: CompletionItemKind.Snippet,
        detail: `grade ${next.grade} · ${view.ladder.tracks.find((t) => t.id === next.level.track)?.title ?? next.level.track}`,
        sortText: order(0),
        filterText: `${'#'.repeat(previous.heading.depth)} ${next.title}`,
        insertTextFormat: InsertTextFormat.Snippet,
        textEdit: { range: { start: { line: position.line, character: 0 }, end: position }, newText: next.snippet },
      });
    }
    if (!heading) return items;
    const onPage = new Set(document.roles.map((r) => view.levelOfRole(r)?.level.id));
    const noun = familyNoun(document, view);
    const icTrack = view.ladder.tracks.find((t) => t.id === 'ic')?.id ?? view.ladder.tracks[0]?.id;
    let n = 1;
    for (const track of tracksByTopGrade(view).reverse()) {
      const levels = view.ladder.levels
        .filter((l) => l.track === track.id && view.gradeOf(l) !== undefined && !onPage.has(l.id))
        .sort((a, b) => view.gradeOf(a)! - view.gradeOf(b)!);
      for (const level of levels) {
        const base = view.ladder.baseLevels[level.track] === level.id;
        const label =
          noun && level.track === icTrack ? (base ? noun : retitle(noun, { level, explicit: false }, level)) : level.title;
        items.push({
          label,
          kind: CompletionItemKind.Class,
          detail: `grade ${view.gradeOf(level)} · ${track.title}`,
          sortText: order(n++),
          textEdit: { range: afterMarks, newText: lead + label },
        });
      }
    }
    return items;
  }
}

/** One item per id of the page: the heading's text as label, the id as what is inserted. */
function anchorItems(page: PageSummary, range: Range): CompletionItem[] {
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const anchor of page.anchors) {
    if (!anchor.id || seen.has(anchor.id)) continue;
    seen.add(anchor.id);
    const heading = anchor.source !== 'html' && anchor.headingIndex !== undefined ? page.heading(anchor.headingIndex) : undefined;
    items.push({
      label: heading?.text || anchor.id,
      kind: CompletionItemKind.Reference,
      detail: anchor.id,
      sortText: order(items.length),
      filterText: anchor.id,
      textEdit: { range, newText: anchor.id },
    });
  }
  return items;
}

/** The ladder's grades for this page's family, with the titles at each ("Director · Distinguished"). */
function gradeItems(view: LadderView, range: Range): CompletionItem[] {
  return gradesOf(view).map((grade, i) => ({
    label: String(grade),
    kind: CompletionItemKind.Value,
    detail: titlesAtGrade(view, grade, ' · '),
    documentation: levelsAtGrade(view, grade)
      .flatMap((g) => g.levels.map((l) => `${l.title}: ${l.description}`))
      .join('\n\n'),
    sortText: order(i),
    textEdit: { range, newText: String(grade) },
  }));
}
