import KefuScenario
import KefuText

/// 重复回复: the same canned reply sent again in a session. Replies are compared by their
/// content characters (letters, digits, Han — punctuation, spaces, emoticons and case ignored);
/// two replies whose character pairs overlap by `repeat_similarity` or more are near-identical.
/// Very short replies (under `repeat_min_chars`) are never called repeated.
public struct RepeatedReplyRule: Rule {
  public init() {}

  public var description: RuleDescription {
    RuleDescription(
      id: "repeated_reply", name: "重复回复",
      explanation: """
        快捷短语能让回复更快，但买家每问一句都收到同一段话，会觉得对面是机器在敷衍，\
        一直用自动回复最招人烦。同一场对话里把同样（或几乎一样）的话再发一遍，就算重复回复：\
        标点、空格、表情不同不算不同。很短的应答（如「好的亲」）不算。回答要针对买家这一句在问什么。
        """,
      triggers: [
        RuleExample(
          "亲，在的哦，请问有什么可以帮您？", earlier: ["亲，在的哦，请问有什么可以帮您？"], mark: "亲，在的哦，请问有什么可以帮您？"),
        RuleExample("亲，这款现货充足，放心拍哦！", earlier: ["亲,这款现货充足,放心拍哦~"], mark: "亲，这款现货充足，放心拍哦！"),
        RuleExample(
          "亲，这款是现货，今天下单今天发货哦", earlier: ["亲，这款是现货，今天下单今天就发货哦", "好的亲"], mark: "亲，这款是现货，今天下单今天发货哦"),
      ],
      passes: [
        RuleExample("好的亲", earlier: ["好的亲"]),
        RuleExample("亲，M码更合身哦", earlier: ["亲，在的哦，请问有什么可以帮您？"]),
        RuleExample("亲，这款现货充足，放心拍哦", earlier: []),
        RuleExample("亲，L码也有现货哦", earlier: ["亲，M码有现货哦"]),
      ],
      tip: "别把同一句快捷短语反复发{where}，针对买家这一句来回答。", tipOrder: 120,
      cost: 3, patienceCost: 1,
      summary: "同一场对话里把同样的话再发一遍",
      settingKeys: ["repeat_min_chars", "repeat_similarity", "history_window"])
  }

  /// Dice coefficient of the character pairs of two keys.
  static func similarity(_ a: ReplyKey, _ b: ReplyKey) -> Double {
    if a.scalars == b.scalars { return 1 }
    guard !a.pairs.isEmpty, !b.pairs.isEmpty else { return 0 }
    var i = 0
    var k = 0
    var common = 0
    while i < a.pairs.count && k < b.pairs.count {
      if a.pairs[i] == b.pairs[k] {
        common += 1
        i += 1
        k += 1
      } else if a.pairs[i] < b.pairs[k] {
        i += 1
      } else {
        k += 1
      }
    }
    return 2 * Double(common) / Double(a.pairs.count + b.pairs.count)
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    let content = ScalarText.contentKey(reply.scalars)
    guard content.count >= settings.repeatMinChars else { return }
    let key = ReplyKey(content: content)
    let earlier: [ReplyKey] =
      context.sellerKeys
      ?? context.previousReplies(last: settings.historyWindow).map { ReplyKey($0) }
    let threshold = settings.repeatSimilarity
    for previous in earlier.suffix(settings.historyWindow) {
      // Lengths too far apart cannot reach the threshold; skip the pair count.
      let shorter = Double(min(previous.scalars.count, key.scalars.count))
      let longer = Double(max(previous.scalars.count, key.scalars.count))
      guard previous.scalars.count >= settings.repeatMinChars,
        2 * shorter / (shorter + longer) >= threshold
      else { continue }
      if RepeatedReplyRule.similarity(key, previous) >= threshold {
        judgement.findings.append(
          reply.wholeFinding(
            "repeated_reply", "这条回复和前面发过的一条几乎一样，像是在用同一句快捷短语应付",
            suggestion: "针对买家这一句的具体问题来回答，快捷短语发出前改几个字贴合当下"))
        return
      }
    }
  }
}

/// A reply as `repeated_reply` compares it: its content characters (letters, digits, Han,
/// normalised) and their sorted character pairs.
public struct ReplyKey: Equatable {
  public let scalars: [Unicode.Scalar]
  let pairs: [UInt64]

  public init(_ text: String) {
    self.init(content: ScalarText.contentKey(Array(TextNormalizer.normalize(text).unicodeScalars)))
  }

  public init(_ reply: Reply) {
    self.init(content: ScalarText.contentKey(reply.scalars))
  }

  init(content: [Unicode.Scalar]) {
    scalars = content
    var pairs: [UInt64] = []
    if content.count >= 2 {
      pairs.reserveCapacity(content.count - 1)
      for i in 0..<(content.count - 1) {
        pairs.append(UInt64(content[i].value) << 32 | UInt64(content[i + 1].value))
      }
      pairs.sort()
    }
    self.pairs = pairs
  }
}
