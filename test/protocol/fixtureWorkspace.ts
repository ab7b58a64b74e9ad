// A small handbook for the protocol tests: two job-family pages that link into each other, and a notes page.
import { mkdtempSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const BACKEND = 'job-families/engineering/backend-engineer.md';
export const STAFF = 'job-families/engineering/staff-backend-engineer.md';
export const NOTES = 'job-families/engineering/notes.md';

/** Levels Intermediate and Senior; LSP line 50 links to '#hiring-proces' (a typo). */
export const BACKEND_TEXT = `---
title: "Backend Engineer"
---

Backend Engineers build the services behind the product.

## Responsibilities

- Build and run the services of their group
- Review merge requests from other engineers

## Requirements

- Experience with a server-side language
- Ability to use GitLab

## Levels

### Backend Engineer (Intermediate)

The Backend Engineer reports to the Manager, Backend Engineering.

#### Backend Engineer (Intermediate) Job Grade

The Backend Engineer (Intermediate) is a [grade 6](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Backend Engineer (Intermediate) Responsibilities

- Ship small features with guidance

#### Backend Engineer (Intermediate) Requirements

- Writes tested code

### Senior Backend Engineer

The Senior Backend Engineer reports to the Manager, Backend Engineering.

#### Senior Backend Engineer Job Grade

The Senior Backend Engineer is a [grade 7](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

#### Senior Backend Engineer Responsibilities

- Extends that of the [Backend Engineer (Intermediate)](#backend-engineer-intermediate-responsibilities) responsibilities
- Leads features across teams

#### Senior Backend Engineer Requirements

- Extends that of the Backend Engineer (Intermediate) requirements
- Mentors others, see [the hiring steps](#hiring-proces)

## Performance Indicators

- [Merge request rate](/handbook/engineering/performance-indicators/)

## Career Ladder

The next step is Staff Backend Engineer.

## Hiring Process

- Screening call with a recruiter
`;

/** Extends the Senior level of BACKEND by site-path links (LSP lines 16 and 21). */
export const STAFF_TEXT = `---
title: "Staff Backend Engineer"
---

Staff Backend Engineers set technical direction for a stage.

## Staff Backend Engineer

The Staff Backend Engineer reports to the Manager, Backend Engineering.

### Job Grade

The Staff Backend Engineer is a [grade 8](/handbook/total-rewards/compensation/compensation-calculator/#gitlab-job-grades).

### Responsibilities

- Extends that of the [Senior Backend Engineer](/job-families/engineering/backend-engineer/#senior-backend-engineer-responsibilities) responsibilities
- Sets direction for a stage

### Requirements

- Extends that of the [Senior Backend Engineer](/job-families/engineering/backend-engineer/#senior-backend-engineer-requirements) requirements
- Ability to use GitLab

### Performance Indicators

- [Merge request rate](/handbook/engineering/performance-indicators/)

### Hiring Process

- Screening call with a recruiter
`;

/** Never opened in the tests; its link to '#level' is broken. */
export const NOTES_TEXT = `# Notes

See [the levels](#level).

## Levels
`;

export interface Fixture {
  root: string;
  write(relativePath: string, text: string): void;
  remove(): void;
}

export function createFixture(): Fixture {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'role-docs-protocol-')));
  const write = (relativePath: string, text: string) => {
    mkdirSync(dirname(join(root, relativePath)), { recursive: true });
    writeFileSync(join(root, relativePath), text);
  };
  write(BACKEND, BACKEND_TEXT);
  write(STAFF, STAFF_TEXT);
  write(NOTES, NOTES_TEXT);
  return { root, write, remove: () => rmSync(root, { recursive: true, force: true }) };
}
