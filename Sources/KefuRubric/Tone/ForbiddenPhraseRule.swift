import KefuScenario

/// 服务禁语 (scaffold: the rubric issue writes the real rule).
public struct ForbiddenPhraseRule: Rule {
  public init() {}
  public var description: RuleDescription {
    RuleDescription(id: "forbidden_phrase", name: "服务禁语", explanation: "", triggers: [], passes: [])
  }
  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings, into judgement: inout ReplyJudgement
  ) {}
}
