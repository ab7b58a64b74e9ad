import type { Ladder, Level, PageLayout, SectionDefinition } from './types';
import { defaultInclusiveTerms } from './defaultInclusiveTerms';

/** A ladder as its file gives it: only name, tracks and levels are required; `sections` is the v2 form of the section fields. */
export type LadderFile = Partial<Omit<Ladder, 'levels'>> & {
  levels?: (Partial<Level> & { id: string })[];
  sections?: SectionDefinition[];
  version?: number;
  /** Words for the people who edit the file; not read. */
  description?: string;
};

/** Titles for the section kinds of v1 ladders, which named kinds but not their titles. */
const V1_SECTION_TITLES: Record<string, string> = {
  'job-grade': 'Job Grade',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  'performance-indicators': 'Performance Indicators',
  'career-ladder': 'Career Ladder',
  'hiring-process': 'Hiring Process',
  specialties: 'Specialties',
  levels: 'Levels',
};

const DEFAULT_LAYOUTS: PageLayout[] = ['heading-per-level'];

/**
 * Fills what a ladder file left out, so every consumer reads one complete shape: v2 `sections` become
 * the section vocabulary, titles and required lists; a level's code and aliases become match words;
 * absent lists are empty, except the inclusive-language terms, which default to the built-in list.
 */
export function normalizeLadder(file: LadderFile): Ladder {
  const sections = file.sections ?? [];
  const sectionVocabulary: Record<string, string[]> = { ...(file.sectionVocabulary ?? {}) };
  const sectionTitles: Record<string, string> = {};
  for (const kind of Object.keys(sectionVocabulary)) sectionTitles[kind] = V1_SECTION_TITLES[kind] ?? sectionVocabulary[kind][0] ?? kind;
  const requiredRoleSections = [...(file.requiredRoleSections ?? [])];
  const requiredPageSections = [...(file.requiredPageSections ?? [])];
  for (const section of sections) {
    sectionVocabulary[section.id] = unique([section.title, ...(section.synonyms ?? []), ...(sectionVocabulary[section.id] ?? [])]);
    sectionTitles[section.id] = section.title;
    if (section.required?.includes('role') && !requiredRoleSections.includes(section.id)) requiredRoleSections.push(section.id);
    if (section.required?.includes('page') && !requiredPageSections.includes(section.id)) requiredPageSections.push(section.id);
  }
  return {
    name: file.name ?? 'Ladder',
    tracks: file.tracks ?? [],
    levels: (file.levels ?? []).map(normalizeLevel),
    baseLevels: file.baseLevels ?? {},
    gradeLinks: file.gradeLinks ?? [],
    sectionVocabulary,
    sectionTitles: { ...sectionTitles, ...(file.sectionTitles ?? {}) },
    sectionVariants: file.sectionVariants ?? {},
    requiredRoleSections,
    requiredPageSections,
    requiredPhrases: file.requiredPhrases ?? [],
    layoutAnchors: file.layoutAnchors ?? [],
    frontMatterKeys: file.frontMatterKeys ?? [],
    inclusiveLanguage: file.inclusiveLanguage ?? defaultInclusiveTerms,
    families: file.families ?? [],
    levelStatements: file.levelStatements ?? [],
    familyTitleWords: file.familyTitleWords ?? [],
    layouts: file.layouts?.length ? file.layouts : DEFAULT_LAYOUTS,
    ...(file.rolePages ? { rolePages: file.rolePages } : {}),
  };
}

function normalizeLevel(level: Partial<Level> & { id: string }): Level {
  const named = [level.code, ...(level.aliases ?? [])].filter((name): name is string => !!name);
  const match = { ...(level.match ?? { words: [level.title ?? level.id] }) };
  if (named.length) match.words = unique([...(match.words ?? []), ...named]);
  return {
    ...level,
    title: level.title ?? level.id,
    track: level.track ?? '',
    description: level.description ?? '',
    match,
  } as Level;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
