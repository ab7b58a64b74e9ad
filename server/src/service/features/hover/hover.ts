import { MarkupKind, type Hover, type Position, type Range } from 'vscode-languageserver-types';
import type { RoleDocsService } from '../../roleDocsService';
import type { ExtendsClaim, Link, Role, RoleDocument } from '../../document/model';
import type { CancellationToken } from '../../types';
import type { WorkspaceIndex } from '../../workspaceIndex/workspaceIndex';
import { statedGrade } from '../../workspaceIndex/pageSummary';
import { isCancelled } from '../cancellation';
import { targetAt } from '../targetAt';
import { ladderViewFor } from '../ladderView';
import { formatGradeCard } from './gradeCard';
import { formatRoleCard } from './roleCard';
import { findExtenders } from '../extenders';
import { landingOf, pageSummary } from '../linkLanding';
import { previewLines } from './sectionPreview';
import { containsPosition } from '../positions';
import { formatLevelCard } from './levelWords';
import { claimOfLink, formatExtendsHover, plainClaimAt } from './extendsHover';
import { workspaceRoleSources } from '../../effective/workspaceSources';

const isTableRole = (role: Role): boolean => role.form === 'table-column' || role.form === 'table-row';

const markdown = (value: string, range: Hover['range']): Hover => ({ contents: { kind: MarkupKind.Markdown, value }, range });

/**
 * Grade cards on grade claims, role cards on role headings and level cells, level cards on level
 * statements, inherited lines on extends claims, target previews on other links.
 */
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
    if (!target) return this.#levelTextHover(document, position, token);
    if (target.kind === 'grade') {
      const view = ladderViewFor(this.#service, document);
      const roles = document.roles.map((r) => {
        const level = view.levelOfRole(r)?.level;
        return { title: r.title, grade: statedGrade(r) ?? (level ? view.gradeOf(level) : undefined) };
      });
      return markdown(formatGradeCard(view, target.claim.grade, roles), target.claim.range);
    }
    if (target.kind === 'heading') {
      const role = document.roles.find((r) => r.heading === target.heading && !isTableRole(r));
      return role ? this.#roleHover(document, role, role.heading.range, token) : undefined;
    }
    if (target.kind === 'link') return this.#linkHover(document, target.link, token);
    return undefined;
  }

  /** A table's level cell (a role of its own under the table's heading), a level statement's level, or an extends claim without a link. */
  async #levelTextHover(document: RoleDocument, position: Position, token?: CancellationToken): Promise<Hover | undefined> {
    const cellRole = document.roles.find((r) => isTableRole(r) && containsPosition(r.nameRange, position));
    if (cellRole) return this.#roleHover(document, cellRole, cellRole.nameRange, token);
    const statement = document.roles.flatMap((r) => r.levelStatements).find((c) => containsPosition(c.range, position));
    if (!statement) return this.#plainClaimHover(document, position, token);
    const view = ladderViewFor(this.#service, document);
    const level = view.ladder.levels.find((l) => l.id === statement.levelId);
    return level ? markdown(formatLevelCard(view, level), statement.range) : undefined;
  }

  async #roleHover(document: RoleDocument, role: Role, range: Range, token?: CancellationToken): Promise<Hover | undefined> {
    const page = await pageSummary(this.#index, document, document.uri);
    if (isCancelled(token) || !page) return undefined;
    const summary = page.roles[document.roles.indexOf(role)];
    const extenders = summary ? await findExtenders(this.#index, page, summary) : [];
    if (isCancelled(token)) return undefined;
    const view = ladderViewFor(this.#service, document);
    return markdown(formatRoleCard(document, role, view, extenders, this.#service.displayPath), range);
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
    // On this page the line says where; another page is named by its path.
    const where = landing.uri === document.uri ? `line ${range.start.line + 1}` : `${this.#service.displayPath(landing.uri)}:${range.start.line + 1}`;
    const lines = previewLines(target, range);
    const body = lines.length ? `\n\n${lines.join('\n')}` : '';
    return markdown(`**${title}** · ${where}${body}`, link.range);
  }
}
