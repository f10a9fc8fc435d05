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

  /// Whether two keys are at least `threshold` similar — the Dice coefficient of their sorted
  /// character pairs, 2 × common / (pairs of one + pairs of the other) — stopping as soon as the
  /// pairs left could no longer reach it.
  static func similar(_ a: ReplyKey, _ b: ReplyKey, _ threshold: Double) -> Bool {
    if a.count == b.count && a.hash == b.hash && a.scalars == b.scalars { return 1 >= threshold }
    guard !a.pairs.isEmpty, !b.pairs.isEmpty else { return 0 >= threshold }
    let total = Double(a.pairs.count + b.pairs.count)
    return a.pairs.withUnsafeBufferPointer { x in
      b.pairs.withUnsafeBufferPointer { y in
        var i = 0
        var k = 0
        var common = 0
        while i < x.count && k < y.count {
          if x[i] == y[k] {
            common += 1
            i += 1
            k += 1
          } else {
            if x[i] < y[k] { i += 1 } else { k += 1 }
            let best = common + min(x.count - i, y.count - k)
            if 2 * Double(best) / total < threshold { return false }
          }
        }
        return 2 * Double(common) / total >= threshold
      }
    }
  }

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    let key = reply.key
    guard key.scalars.count >= settings.repeatMinChars else { return }
    let earlier: [ReplyKey] =
      context.sellerKeys
      ?? context.previousReplies(last: settings.historyWindow).map { ReplyKey($0) }
    let threshold = settings.repeatSimilarity
    let n = key.count
    for j in max(0, earlier.count - settings.historyWindow)..<earlier.count {
      // Lengths too far apart cannot reach the threshold; skip the pair count.
      let m = earlier[j].count
      let shorter = Double(min(m, n))
      let longer = Double(max(m, n))
      guard m >= settings.repeatMinChars, 2 * shorter / (shorter + longer) >= threshold
      else { continue }
      let previous = earlier[j]
      if RepeatedReplyRule.similar(key, previous, threshold) {
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
  /// The number of content characters and a hash of them: most pairs of replies differ in one.
  let count: Int
  let hash: UInt64

  public init(_ text: String) {
    self.init(content: ScalarText.contentKey(Array(TextNormalizer.normalize(text).unicodeScalars)))
  }

  public init(_ reply: Reply) { self = reply.key }

  init(content: [Unicode.Scalar]) {
    scalars = content
    count = content.count
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in content { h = (h ^ UInt64(c.value)) &* 0x100_0000_01b3 }
    hash = h
    var pairs: [UInt64] = []
    if content.count >= 2 {
      pairs.reserveCapacity(content.count - 1)
      for i in 0..<(content.count - 1) {
        pairs.append(UInt64(content[i].value) << 32 | UInt64(content[i + 1].value))
      }
      ReplyKey.sort(&pairs)
    }
    self.pairs = pairs
  }

  /// Sorts a reply's pairs: insertion sort for the usual few dozen, the library's beyond.
  static func sort(_ pairs: inout [UInt64]) {
    guard pairs.count <= 48 else { return pairs.sort() }
    pairs.withUnsafeMutableBufferPointer { p in
      for i in 1..<max(1, p.count) {
        let x = p[i]
        var k = i
        while k > 0 && p[k - 1] > x {
          p[k] = p[k - 1]
          k -= 1
        }
        p[k] = x
      }
    }
  }
}
