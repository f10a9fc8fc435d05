import KefuScenario

/// 感叹号不宜多 (scaffold: the rubric issue writes the real rule).
public struct ExclamationOveruseRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "exclamation_overuse", name: "感叹号不宜多", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
