import KefuScenario

/// 黄金六秒 (scaffold: the rubric issue writes the real rule).
public struct ResponseTimeRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "response_time", name: "黄金六秒", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
