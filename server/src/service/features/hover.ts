import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { RoleDocsService } from '../index';
import type { ExtendsClaim, Link, Role, RoleDocument } from '../document/model';
import type { CancellationToken } from '../types';
import type { WorkspaceIndex } from '../workspaceIndex';
import { statedGrade } from '../index/pageSummary';
import { isCancelled } from './cancellation';
import { targetAt } from './targetAt';
import { ladderViewFor } from './ladderView';
import { formatGradeCard } from './gradeCard';
import { formatRoleCard } from './roleCard';
import { findExtenders } from './extenders';
import { landingOf, pageSummary } from './linkLanding';
import { previewLines } from './sectionPreview';
import { claimOfLink, formatExtendsHover, plainClaimAt } from './extendsHover';
import { workspaceRoleSources } from '../effective/workspaceSources';

const markdown = (value: string, range: Hover['range']): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });

/** Grade cards on grade claims, role cards on role headings, inherited lines on extends links, target previews on other links. */
export class HoverProvider {
  readonly #service: RoleDocsService;
  readonly #index: WorkspaceIndex;

  constructor(service: RoleDocsService, index: WorkspaceIndex) {
    this.#service = service;
    this.#index = index;
  }

  /** The hover for what the cursor is on, or undefined. */
  async provideHover(document: RoleDocument, position: Position, token?: CancellationToken): Promise<Hover | undefined> {
    if (isCancelled(token)) return undefined;
    const target = targetAt(document, position);
    if (!target) return this.#plainClaimHover(document, position, token);
    if (target.kind === 'grade') {
      const view = ladderViewFor(this.#service, document);
      const roles = document.roles.map((r) => {
        const level = view.levelOfRole(r)?.level;
        return { title: r.title, grade: statedGrade(r) ?? (level ? view.gradeOf(level) : undefined) };
      });
      return markdown(formatGradeCard(view, target.claim.grade, roles), target.claim.range);
    }
    if (target.kind === 'heading') {
      const role = document.roles.find((r) => r.heading === target.heading);
      if (!role) return undefined;
      const page = await pageSummary(this.#index, document, document.uri);
      if (isCancelled(token) || !page) return undefined;
      const summary = page.roles.find((r) => r.headingIndex === role.heading.index);
      const extenders = summary ? await findExtenders(this.#index, page, summary) : [];
      if (isCancelled(token)) return undefined;
      const view = ladderViewFor(this.#service, document);
      return markdown(formatRoleCard(document, role, view, extenders, this.#service.displayPath), role.heading.range);
    }
    if (target.kind === 'link') return this.#linkHover(document, target.link, token);
    return undefined;
  }

  async #plainClaimHover(document: RoleDocument, position: Position, token?: CancellationToken): Promise<Hover | undefined> {
    const extending = plainClaimAt(document, position);
    return extending && this.#extendsHover(document, extending, extending.claim.range, token);
  }

  /** Every line an extends claim brings, with its origin. */
  async #extendsHover(document: RoleDocument, { role, claim }: { role: Role; claim: ExtendsClaim }, range: Range, token?: CancellationToken): Promise<Hover | undefined> {
    await this.#index.ready();
    if (isCancelled(token)) return undefined;
    const value = await formatExtendsHover(document, role, claim, workspaceRoleSources(this.#service, this.#index));
    return isCancelled(token) ? undefined : markdown(value, range);
  }

  async #linkHover(document: RoleDocument, link: Link, token?: CancellationToken): Promise<Hover | undefined> {
    const extending = claimOfLink(document, link);
    if (extending) return this.#extendsHover(document, extending, link.range, token);
    if (link.fragment === undefined) return undefined;
    const landing = await landingOf(this.#index, document, link);
    if (isCancelled(token) || !landing?.anchor) return undefined;
    const target = landing.uri === document.uri ? document : await this.#service.store.load(landing.uri);
    if (isCancelled(token) || !target) return undefined;
    const range = landing.heading?.range ?? landing.anchor.range;
    const title = landing.heading ? landing.heading.text : `#${landing.anchor.id}`;
    const where = `${this.#service.displayPath(landing.uri)}:${range.start.line + 1}`;
    const lines = previewLines(target, range);
    const body = lines.length ? `\n\n${lines.join('\n')}` : '';
    return markdown(`**${title}** · ${where}${body}`, link.range);
  }
}
