import KefuScenario

/// 禁用反问句 (scaffold: the rubric issue writes the real rule).
public struct RhetoricalQuestionRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(
      id: "rhetorical_question", name: "禁用反问句", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {}
}
