import type { RoleDocument } from '../document/model';
import type { ResolvedFinding } from '../types';
import { applyOffsetEdits, detectEol } from './applyEdits';
import { planSafeFixes } from './planSafeFixes';

/** Enough for fixes that uncover others; a fix that keeps re-creating itself stops here. */
export const MAX_FIX_PASSES = 5;

export interface CheckedText {
  document: RoleDocument;
  findings: ResolvedFinding[];
}

export interface FixOutcome {
  /** The text after every pass; equal to the input when nothing was safe to fix. */
  text: string;
  /** Findings fixed over all passes. */
  fixed: number;
  /** Findings of the input text. */
  before: ResolvedFinding[];
  /** Findings of the fixed text. */
  after: ResolvedFinding[];
}

/** Applies safe fixes and checks again until none is left, so running it twice changes nothing more. */
export async function applySafeFixes(text: string, check: (text: string) => Promise<CheckedText>, maxPasses = MAX_FIX_PASSES): Promise<FixOutcome> {
  let current = await check(text);
  const before = current.findings;
  let fixed = 0;
  for (let pass = 0; pass < maxPasses; pass++) {
    const plan = planSafeFixes(current.document, current.findings);
    if (!plan.edits.length) break;
    text = applyOffsetEdits(text, plan.edits, detectEol(text));
    fixed += plan.fixedFindings;
    current = await check(text);
  }
  return { text, fixed, before, after: current.findings };
}
