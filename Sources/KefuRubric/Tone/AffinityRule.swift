import KefuScenario

/// 亲和力 (scaffold: the rubric issue writes the real rule).
public struct AffinityRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "affinity", name: "亲和力", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
