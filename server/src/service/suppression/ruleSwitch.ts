/** Which rules are on: everything but `except` when `allOn`, else only `except`. Immutable. */
export class RuleSwitch {
  private constructor(
    private readonly allOn: boolean,
    private readonly except: ReadonlySet<string>,
  ) {}

  static allEnabled(): RuleSwitch {
    return new RuleSwitch(true, new Set());
  }

  isEnabled(ruleId: string): boolean {
    return this.except.has(ruleId) ? !this.allOn : this.allOn;
  }

  /** The switch after turning the given rules (or all) on or off. */
  set(on: boolean, ruleIds: readonly string[] | 'all'): RuleSwitch {
    if (ruleIds === 'all') return new RuleSwitch(on, new Set());
    const except = new Set(this.except);
    // `except` lists the rules that differ from `allOn`.
    for (const id of ruleIds) {
      if (on === this.allOn) except.delete(id);
      else except.add(id);
    }
    return new RuleSwitch(this.allOn, except);
  }
}
