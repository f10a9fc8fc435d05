import KefuScenario

/// 感叹号不宜多: two or more exclamation marks in one reply, or exclamation marks in more than a
/// third of a session's replies.
///
/// Counted after normalisation, so ！ and ! are the same mark and ‼ (which NFKC turns into `!!`)
/// counts as two; ⁉ counts as one (its `!?`), the emoji marks ❗ and ❕ count as one each.
public struct ExclamationOveruseRule: Rule {
  public init() {}

  public var description: RuleDescription {
    RuleDescription(
      id: "exclamation_overuse", name: "感叹号不宜多",
      explanation: """
        感叹号只在需要加强语气时才用。客服回复里感叹号一多，买家读起来像在被催促、被大声说话，\
        反而显得急躁、不耐烦。一条回复用两个及以上感叹号（全角！和半角!一起算，‼ 算两个，⁉、❗、❕ 各算一个）\
        就算滥用；一场对话里超过三分之一的回复带感叹号，也算滥用。想表达热情，用「哦」「呢」和～更自然。
        """,
      triggers: [
        RuleExample("好的呢！！", mark: "！！"),
        RuleExample("亲，今天下单立减20元！快来抢!", mark: "！快来抢!"),
        RuleExample("感谢亲的支持‼", mark: "‼"),
        RuleExample("现货充足❗马上拍❗", mark: "❗马上拍❗"),
        RuleExample("太适合您了！！！", mark: "！！！"),
        RuleExample("亲⁉这款真的很划算！", mark: "⁉这款真的很划算！"),
      ],
      passes: [
        RuleExample("亲，您好，欢迎光临～"),
        RuleExample("感谢您的支持！"),
        RuleExample("这款是现货，今天就能发出哦。"),
        RuleExample("M码更合身一些，您参考下～"),
        RuleExample(""),
      ],
      tip: "少用感叹号{where}：一条回复最多一个，热情用「哦」「呢」和～来表达。", tipOrder: 80,
      cost: 3, patienceCost: 1,
      summary: "一条回复两个以上感叹号，或整场超过三分之一的回复带感叹号",
      settingKeys: [
        "exclamation_max_per_reply", "exclamation_session_share", "exclamation_session_min_replies",
      ])
  }

  /// Exclamation marks in normalised scalars, with the offsets of the first and the last.
  static func count(_ scalars: [Unicode.Scalar]) -> (count: Int, first: Int, last: Int) {
    var n = 0
    var first = -1
    var last = -1
    for (i, s) in scalars.enumerated()
    where s == "!" || s.value == 0x2757 || s.value == 0x2755 {  // ❗ ❕
      n += 1
      if first < 0 { first = i }
      last = i
    }
    return (n, first, last)
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    let (n, first, last) = ExclamationOveruseRule.count(reply.scalars)
    judgement.exclamations = n
    guard n > settings.exclamationMaxPerReply else { return }
    judgement.exclamationOveruse = true
    judgement.findings.append(
      reply.finding(
        "exclamation_overuse", first, last + 1, "一条回复用了 \(n) 个感叹号，读起来像在催促买家",
        suggestion: "最多留一个感叹号，其余改成「。」或「～」，语气词「哦」「呢」同样能表达热情"))
  }

  /// The session part: replies carrying an exclamation mark, and whether they are too many.
  /// Returns the 1-based number of the reply that pushed the share over, or nil.
  public static func sessionOveruse(_ turns: [Turn], settings: RubricSettings) -> Int? {
    guard turns.count >= settings.exclamationSessionMinReplies else { return nil }
    let carrying = turns.indices.filter { turns[$0].judgement.exclamations > 0 }
    guard Double(carrying.count) > settings.exclamationSessionShare * Double(turns.count) + 1e-9
    else { return nil }
    return carrying.last.map { $0 + 1 }
  }
}
