import KefuScenario

/// 重复回复 (scaffold: the rubric issue writes the real rule).
public struct RepeatedReplyRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "repeated_reply", name: "重复回复", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
