import KefuScenario

/// 八步接待流程 (scaffold: the rubric issue writes the real rule).
public struct ReceptionFlowRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "reception_flow", name: "八步接待流程", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
