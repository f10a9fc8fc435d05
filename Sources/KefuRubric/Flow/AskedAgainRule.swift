import KefuScenario

/// 重复询问 (scaffold: the rubric issue writes the real rule).
public struct AskedAgainRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "asked_again", name: "重复询问", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
