import KefuScenario

/// 账号安全 (scaffold: the rubric issue writes the real rule).
public struct AccountSafetyRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "account_safety", name: "账号安全", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
