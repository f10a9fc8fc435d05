import KefuScenario

/// 核对订单信息 (scaffold: the rubric issue writes the real rule).
public struct OrderConfirmationRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "order_confirmation", name: "核对订单信息", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
