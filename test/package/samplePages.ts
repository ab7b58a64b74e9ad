// The pages the package tests check: one clean, one with a single error under a gating config, and the line reporting it.
export const CLEAN_PAGE = '---\ntitle: Onboarding notes\n---\n\n## Reading list\n\nStart with [the reading list](#reading-list).\n';
export const BROKEN_PAGE = '---\ntitle: Backend Engineer\n---\n\n## Levels\n\nSee [the levels](#level).\n';
/** The `.role-docs.json` of a handbook that gates merges on broken anchors (docs/ci.md, "What fails the job"). */
export const GATE_CONFIG = '{ "rules": { "broken-anchor": "error" } }\n';
/** How `role-docs check` reports BROKEN_PAGE saved as backend-engineer.md, under GATE_CONFIG. */
export const BROKEN_PAGE_FINDING = "backend-engineer.md:7:19 error RD001/broken-anchor Broken anchor '#level': did you mean '#levels'? No heading or anchor on this page has it.\n";
