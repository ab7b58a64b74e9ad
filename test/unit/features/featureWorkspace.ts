import { createRoleDocsService, type RoleDocsService } from '../../../server/src/service/index';
import { InMemoryWorkspace } from '../../../server/src/service/workspace';
import { defaultConfig } from '../../../server/src/service/config/defaultConfig';
import { WorkspaceIndex } from '../../../server/src/service/workspaceIndex/workspaceIndex';
import { createLanguageFeatures, type FeatureOptions } from '../../../server/src/service/features/index';
import type { LanguageFeatures } from '../../../server/src/service/features/languageFeatures';
import type { RoleDocument } from '../../../server/src/service/document/model';
import type { Position, Range } from 'vscode-languageserver-types';

export const ROOT = 'file:///ws';
export const BACKEND_URI = `${ROOT}/job-families/engineering/backend-engineer/index.html.md`;
export const MANAGEMENT_URI = `${ROOT}/job-families/engineering/engineering-management/index.html.md`;
export const CAREER_URI = `${ROOT}/handbook/engineering/career-development/index.md`;
export const GRADE_LINK = '/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades';

/** An IC family page: three levels, in-page extends links, Staff lacking Requirements. */
export const BACKEND_PAGE = `---
title: Backend Engineer
description: Backend Engineers build the services behind the product.
---

Backend Engineers work on the Rails monolith and the Go services around it.

## Backend Engineer

### Job Grade

The Backend Engineer is a [grade 6](${GRADE_LINK}).

### Responsibilities

- Ship small, well-tested merge requests.
- Review code from other engineers.

### Requirements

- Two years of professional experience with Ruby or Go.
- Ability to use GitLab.

## Senior Backend Engineer

### Job Grade

The Senior Backend Engineer is a [grade 7](${GRADE_LINK}).

### Responsibilities

- Extends that of the [Backend Engineer](#responsibilities) responsibilities.
- Lead the design of features that span several services.

### Requirements

- Extends that of the [Backend Engineer](#requirements) requirements.
- Mentor other engineers.

## Staff Backend Engineer

### Job Grade

The Staff Backend Engineer is a [grade 8](${GRADE_LINK}).

### Responsibilities

- Extends that of the [Senior Backend Engineer](#responsibilities-1) responsibilities.
- Set technical direction for a [stage](/handbook/engineering/career-development/#staff-level).

## Performance Indicators

- Merge request rate.

## Hiring Process

- A screening call, then a technical interview.
`;

/** A management page linking into the backend family by site path. */
export const MANAGEMENT_PAGE = `---
title: Engineering Management
---

## Manager, Backend Engineering

### Job Grade

The Manager, Backend Engineering is a [grade 8](${GRADE_LINK}).

### Responsibilities

- Extends that of the [Staff Backend Engineer](/job-families/engineering/backend-engineer/#staff-backend-engineer) role.
- Hire and grow a team of [backend engineers](/job-families/engineering/backend-engineer/#requirements).

### Requirements

- Extends that of the [Backend Engineer](/job-families/engineering/backend-engineer/#requirements) requirements.
- Ability to use GitLab.
`;

/** A handbook page with an HTML anchor and a relative link into the family. */
export const CAREER_PAGE = `# Career Development

<a name="staff-level"></a>
## Staff engineers

Staff engineers lead across teams, like the [Senior Backend Engineer](../../../job-families/engineering/backend-engineer/#senior-backend-engineer) does within one.
`;

export interface FeatureWorkspace {
  service: RoleDocsService;
  index: WorkspaceIndex;
  features: LanguageFeatures;
  workspace: InMemoryWorkspace;
  /** The page's model at version 1 (or the given version), as an editor would hand it over. */
  open(uri: string, version?: number): RoleDocument;
}

/** The three pages above (or the given files) in one in-memory workspace with the language features over it. */
export function featureWorkspace(files: Record<string, string> = defaultFiles(), options: FeatureOptions = {}): FeatureWorkspace {
  const workspace = new InMemoryWorkspace([ROOT], { ...files });
  const service = createRoleDocsService({ workspace, config: defaultConfig() });
  const index = new WorkspaceIndex(service);
  const features = createLanguageFeatures(service, index, options);
  const open = (uri: string, version = 1): RoleDocument => {
    const text = workspace.files.get(uri);
    if (text === undefined) throw new Error(`no file ${uri}`);
    return service.getDocument(uri, text, version);
  };
  return { service, index, features, workspace, open };
}

export function defaultFiles(): Record<string, string> {
  return { [BACKEND_URI]: BACKEND_PAGE, [MANAGEMENT_URI]: MANAGEMENT_PAGE, [CAREER_URI]: CAREER_PAGE };
}

/** Text with a `$$CURSOR$$` marker: the text without it, and the marker's position. */
export function withCursor(marked: string): { text: string; position: Position } {
  const at = marked.indexOf('$$CURSOR$$');
  if (at === -1) throw new Error('no $$CURSOR$$ marker');
  const before = marked.slice(0, at).split('\n');
  return { text: marked.replace('$$CURSOR$$', ''), position: { line: before.length - 1, character: before[before.length - 1].length } };
}

/** The position of the `nth` occurrence of `needle` in `text`, plus `offset` characters. */
export function positionOf(text: string, needle: string, offset = 0, nth = 0): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`'${needle}' occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, at + offset).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** A 0-based range literal. */
export function range(line: number, start: number, endLine: number, end: number): Range {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export const at = (line: number, character: number): Position => ({ line, character });

/** A token that says the caller already gave up. */
export const CANCELLED = { isCancellationRequested: true };
