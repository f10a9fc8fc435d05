import KefuScenario
import KefuText

/// 黄金六秒: each reply against the session's limit (the scenario's `limit:`, else the rubric's,
/// 6 s by default). Compared in whole milliseconds: 6.000 s is on time, 6.001 s is slow.
public struct ResponseTimeRule: Rule {
  public init() {}

  public var description: RuleDescription {
    RuleDescription(
      id: "response_time", name: "黄金六秒",
      explanation: """
        买家发来消息后，客服要在六秒之内给出回应：网上购物随时可以关掉页面去别家，\
        回得越快，买家越愿意留下来继续问、继续买。计时从买家消息出现到客服发出回复为止\
        （聊天记录里从第一条还没回复的买家消息算起）；时限取剧本的 limit:，剧本没写就用评分标准的 limit，\
        默认 6 秒。正好 6.000 秒算按时，6.001 秒就算超时。
        """,
      triggers: [
        RuleExample("亲，在的，请问有什么可以帮您？", seconds: 6.001, mark: "亲，在的，请问有什么可以帮您？"),
        RuleExample("亲，这款有现货哦～", seconds: 12.5, mark: "亲，这款有现货哦～"),
      ],
      passes: [
        RuleExample("亲，在的，请问有什么可以帮您？", seconds: 6.0),
        RuleExample("亲，这款有现货哦～", seconds: 2.4),
        RuleExample("没有计时的回复不评判快慢"),
      ],
      tip: "有 {slow} 条回复超过了时限：先用一句快捷短语接住买家（「亲，在的哦，马上帮您看」），再补充细节。", tipOrder: 40,
      cost: 0, patienceCost: 1,
      summary: "买家发消息后要在时限（默认 6 秒）内回复", settingKeys: ["limit"])
  }

  /// Whether `seconds` is over `limit`, compared in whole milliseconds.
  public static func isSlow(_ seconds: Double, limit: Double) -> Bool {
    ReplyLimit.isSlow(seconds: seconds, limit: limit)
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    guard let seconds = context.responseSeconds,
      ResponseTimeRule.isSlow(seconds, limit: context.limitSeconds)
    else { return }
    judgement.slow = true
    judgement.findings.append(
      reply.wholeFinding(
        "response_time",
        // The figure as the transcript and the card show it (one decimal; 6.04 against 6 s
        // stays 6.04), the limit as the card's heading writes it.
        "这条回复用了 \(SecondsFormat.text(seconds, limit: context.limitSeconds)) 秒，超过了 \(SecondsFormat.limit(context.limitSeconds)) 秒的时限",
        suggestion: "先用一句快捷短语接住买家（如「亲，在的哦，马上为您查」），再慢慢补充细节"))
  }

  /// The session's response figures; nil when no reply has a known time.
  /// `unansweredSeconds`, a wait past the limit at the end of the session, counts as one more
  /// slow response and as the longest when it is; the count and average stay those of the
  /// replies sent.
  public static func figures(_ turns: [Turn], unansweredSeconds: Double? = nil) -> ResponseFigures?
  {
    let times = turns.compactMap(\.responseSeconds)
    let slow = turns.filter(\.judgement.slow).count + (unansweredSeconds == nil ? 0 : 1)
    guard let first = times.first else {
      return unansweredSeconds.map {
        ResponseFigures(count: 0, first: $0, average: $0, max: $0, slow: slow)
      }
    }
    return ResponseFigures(
      count: times.count, first: first, average: times.reduce(0, +) / Double(times.count),
      max: Swift.max(times.max() ?? first, unansweredSeconds ?? 0), slow: slow)
  }
}
