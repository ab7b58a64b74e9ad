/** The shapes of ladder `role-docs init` can start from, the default first. */
export const LADDER_SHAPES = ['gitlab', 'level-codes', 'level-table'] as const;
export type LadderShape = (typeof LADDER_SHAPES)[number];

/** What each shape is, for the line `init` prints. */
export const SHAPE_SUMMARIES: Record<LadderShape, string> = {
  gitlab: 'the built-in GitLab ladder, ready to change',
  'level-codes': 'levels named by code (IC1–IC5, M1–M3), no grades',
  'level-table': 'levels L1–L5 as the columns or rows of a table',
};

// Written as text rather than serialised, so each level stays on one line the way people edit ladders.
const STARTERS: Record<LadderShape, string> = {
  gitlab: `{
  "extends": "gitlab",
  "name": "Handbook",
  "description": "Starts from the built-in GitLab ladder (role-docs ladder prints it). Fields added here change it: \\"levels\\" merge by id ({ \\"id\\": \\"staff\\", \\"grade\\": 8 } changes one, a new id adds one), \\"removeLevels\\" drops levels, \\"sections\\" adds sections. docs/ladders.md lists every field."
}
`,
  'level-codes': `{
  "version": 2,
  "name": "Engineering",
  "description": "Levels named by code, without grades: pages give one heading per level (## IC2) with a labelled bullet per section (- **Impact**: ...). Rename, add or remove levels and sections to match your framework; docs/ladders.md lists every field.",
  "tracks": [
    { "id": "ic", "title": "Individual contributor" },
    { "id": "management", "title": "Management" }
  ],
  "levels": [
    { "id": "ic1", "code": "IC1", "title": "Associate Engineer", "track": "ic" },
    { "id": "ic2", "code": "IC2", "title": "Engineer", "track": "ic" },
    { "id": "ic3", "code": "IC3", "title": "Senior Engineer", "track": "ic", "equivalent": "m1" },
    { "id": "ic4", "code": "IC4", "title": "Staff Engineer", "track": "ic", "equivalent": "m2" },
    { "id": "ic5", "code": "IC5", "title": "Principal Engineer", "track": "ic", "equivalent": "m3" },
    { "id": "m1", "code": "M1", "title": "Engineering Manager", "track": "management", "equivalent": "ic3" },
    { "id": "m2", "code": "M2", "title": "Senior Engineering Manager", "track": "management", "equivalent": "ic4" },
    { "id": "m3", "code": "M3", "title": "Director of Engineering", "track": "management", "equivalent": "ic5" }
  ],
  "sections": [
    { "id": "impact", "title": "Impact", "required": ["role"] },
    { "id": "scope", "title": "Scope", "required": ["role"] },
    { "id": "teamwork", "title": "Teamwork", "synonyms": ["Collaboration"], "required": ["role"] }
  ],
  "levelStatements": ["is an {level}", "Level: {level}"]
}
`,
  'level-table': `{
  "version": 2,
  "name": "Design",
  "description": "Levels L1-L5 laid out as a table: one column (or row) per level, headed by its title or code (Senior Designer (L3)), one row (or column) per section. Rename, add or remove levels and sections to match your framework; docs/ladders.md lists every field.",
  "tracks": [{ "id": "ic", "title": "Individual contributor" }],
  "levels": [
    { "id": "l1", "code": "L1", "title": "Associate Designer", "track": "ic" },
    { "id": "l2", "code": "L2", "title": "Designer", "track": "ic" },
    { "id": "l3", "code": "L3", "title": "Senior Designer", "track": "ic" },
    { "id": "l4", "code": "L4", "title": "Lead Designer", "track": "ic" },
    { "id": "l5", "code": "L5", "title": "Principal Designer", "track": "ic" }
  ],
  "sections": [
    { "id": "mastery", "title": "Mastery", "synonyms": ["Craft"], "required": ["role"] },
    { "id": "scope", "title": "Scope", "required": ["role"] },
    { "id": "communication", "title": "Communication", "required": ["role"] }
  ],
  "layouts": ["table-columns", "table-rows"]
}
`,
};

/** The starter ladder file of a shape, as the text `init` writes. */
export function starterLadderText(shape: LadderShape): string {
  return STARTERS[shape];
}

/** The `.role-docs.json` that names the starter ladder. */
export function starterConfigText(ladderFile: string): string {
  return `${JSON.stringify({ ladder: ladderFile }, null, 2)}\n`;
}
