import KefuScenario

/// 关联销售 (scaffold: the rubric issue writes the real rule).
public struct UpsellRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "upsell", name: "关联销售", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
