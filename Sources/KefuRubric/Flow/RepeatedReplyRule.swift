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

  public func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    let key = reply.key
    guard key.count >= settings.repeatMinChars else { return }
    let earlier: [ReplyKey] =
      context.sellerKeys
      ?? context.previousReplies(last: settings.historyWindow).map { ReplyKey($0) }
    let threshold = settings.repeatSimilarity
    let lengths = LengthRange(key.count, threshold)
    // The current reply's pairs counted, once an earlier reply comes close enough to need it.
    var counts: PairCounts?
    var round: UInt32 = 0
    for j in max(0, earlier.count - settings.historyWindow)..<earlier.count {
      // Lengths too far apart cannot reach the threshold; nor can a reply whose pairs miss too
      // many of these (by their signatures); most earlier replies stop here.
      let m = earlier[j].count
      guard m >= settings.repeatMinChars, lengths.contains(m) else { continue }
      let repeated: Bool
      if let same = ReplyKey.sameText(key, earlier[j], threshold) {
        repeated = same
      } else if !ReplyKey.mayReach(key, earlier[j], threshold) {
        repeated = false
      } else {
        if counts == nil { counts = PairCounts(key) }
        round += 1
        repeated = counts!.reaches(earlier[j], threshold, round: round)
      }
      if repeated {
        judgement.findings.append(
          reply.wholeFinding(
            "repeated_reply", "这条回复和前面发过的一条几乎一样，像是在用同一句快捷短语应付",
            suggestion: "针对买家这一句的具体问题来回答，快捷短语发出前改几个字贴合当下"))
        return
      }
    }
  }

  /// The lengths m of an earlier reply for which 2 × min(m, n) / (min + max), the best Dice
  /// coefficient two replies of n and m characters can have, reaches the threshold. That ratio
  /// grows as m nears n, so they are one range around n; its ends are found once per reply with
  /// the very expression (floating point included) that was tried per pair before, so the
  /// decisions are the same without a division per earlier reply.
  struct LengthRange {
    private let n: Int
    private let threshold: Double
    /// The range's ends, or nil: no simple range (a threshold outside (0, 1], an empty reply),
    /// and `contains` asks the expression itself.
    private let bounds: (low: Int, high: Int)?

    init(_ n: Int, _ threshold: Double) {
      self.n = n
      self.threshold = threshold
      guard n >= 1, threshold > 0, threshold <= 1 else {
        bounds = nil
        return
      }
      // reaches(n) holds (the ratio is 1); reaches(0) does not (it is 0). From a guess near the
      // exact bound, step to where the expression changes.
      var low = min(n, max(1, Int((threshold * Double(n) / (2 - threshold)).rounded(.down))))
      while low > 1 && LengthRange.reaches(low - 1, n, threshold) { low -= 1 }
      while !LengthRange.reaches(low, n, threshold) { low += 1 }
      // (Lengths beyond 2^50 never occur; the cap keeps a tiny threshold from overflowing.)
      let cap = 1 << 50
      let guess = Double(n) * (2 - threshold) / threshold
      var high = guess >= Double(cap) ? cap : max(n, Int(guess))
      while !LengthRange.reaches(high, n, threshold) { high -= 1 }
      while high < cap && LengthRange.reaches(high + 1, n, threshold) { high += 1 }
      bounds = (low, high)
    }

    // Not inlined: the few steps in `init` would otherwise be vectorised into a loop over 16
    // lengths at a time, dearer than the two or three steps actually taken.
    @inline(never)
    static func reaches(_ m: Int, _ n: Int, _ threshold: Double) -> Bool {
      let shorter = Double(min(m, n))
      let longer = Double(max(m, n))
      return 2 * shorter / (shorter + longer) >= threshold
    }

    @inline(__always)
    func contains(_ m: Int) -> Bool {
      guard let bounds else { return LengthRange.reaches(m, n, threshold) }
      // One unsigned comparison for low ≤ m ≤ high: the two were a mispredicted branch each.
      return UInt(bitPattern: m &- bounds.low) <= UInt(bitPattern: bounds.high &- bounds.low)
    }
  }

  /// One reply's character pairs with how often each occurs, in a small open-addressing table,
  /// probed with an earlier reply's pairs: the Dice coefficient of the two, 2 × common /
  /// (pairs of one + pairs of the other), pairs counted with their multiplicity. Only the
  /// current reply's pairs are counted (no sort of either reply's pairs), and an earlier reply
  /// is given up on as soon as it misses more pairs than the threshold allows.
  struct PairCounts {
    struct Slot {
      /// The pair (`ReplyKey.pair`); 0: empty (content scalars are never U+0000).
      var pair: UInt64 = 0
      /// Occurrences in the reply the table counts.
      var count: UInt32 = 0
      /// How many of them the earlier reply of `round` has matched.
      var used: UInt32 = 0
      var round: UInt32 = 0
    }
    private var slots: [Slot]
    private let shift: UInt64
    /// The number of pairs counted (with multiplicity).
    private let pairs: Int

    init(_ key: ReplyKey) {
      pairs = max(0, key.count - 1)
      var bits = 4
      while 1 << bits < 2 * pairs { bits += 1 }
      shift = UInt64(64 - bits)
      slots = [Slot](repeating: Slot(), count: 1 << bits)
      key.scalars.withUnsafeBufferPointer { s in
        for i in 0..<pairs { count(ReplyKey.pair(s, i)) }
      }
    }

    @inline(__always)
    private static func slot(_ pair: UInt64, _ shift: UInt64) -> Int {
      Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    private mutating func count(_ pair: UInt64) {
      var i = PairCounts.slot(pair, shift)
      let mask = slots.count - 1
      while slots[i].pair != 0 && slots[i].pair != pair { i = (i + 1) & mask }
      slots[i].pair = pair
      slots[i].count += 1
    }

    /// Whether `other`'s pairs and these reach `threshold` (Dice). `round` is new for each
    /// earlier reply compared (it marks which matches are this reply's).
    mutating func reaches(_ other: ReplyKey, _ threshold: Double, round: UInt32) -> Bool {
      let otherPairs = max(0, other.count - 1)
      guard pairs > 0, otherPairs > 0 else { return 0 >= threshold }
      let total = Double(pairs + otherPairs)
      // The fewest common pairs that reach the threshold, by the same expression as before
      // (2 × common / total, which only grows with common), from a guess near it.
      let most = min(pairs, otherPairs)
      var needed = threshold > 0 && threshold <= 1 ? min(most + 1, Int(threshold * total / 2)) : 0
      while needed > 0 && 2 * Double(needed - 1) / total >= threshold { needed -= 1 }
      while needed <= most && !(2 * Double(needed) / total >= threshold) { needed += 1 }
      guard needed <= most else { return false }
      if needed == 0 { return true }
      let mask = slots.count - 1
      let shift = self.shift
      var common = 0
      // Pairs the other reply may still miss before `needed` is out of reach.
      var spare = otherPairs - needed
      return other.scalars.withUnsafeBufferPointer { s in
        slots.withUnsafeMutableBufferPointer { slots in
          for k in 0..<otherPairs {
            let pair = ReplyKey.pair(s, k)
            var i = PairCounts.slot(pair, shift)
            var matched = false
            while slots[i].pair != 0 {
              if slots[i].pair == pair {
                if slots[i].round != round {
                  slots[i].round = round
                  slots[i].used = 0
                }
                if slots[i].used < slots[i].count {
                  slots[i].used += 1
                  matched = true
                }
                break
              }
              i = (i + 1) & mask
            }
            if matched {
              common += 1
              if common >= needed { return true }
            } else {
              spare -= 1
              if spare < 0 { return false }
            }
          }
          return common >= needed
        }
      }
    }
  }
}

/// A reply as `repeated_reply` compares it: its content characters (letters, digits, Han,
/// normalised), whose adjacent pairs are what two replies are compared by.
public struct ReplyKey: Equatable {
  public let scalars: [Unicode.Scalar]
  /// The number of content characters and a hash of them: most pairs of replies differ in one.
  let count: Int
  let hash: UInt64
  /// A bit per hashed character pair (128 bits): a pair whose bit one reply has and the other
  /// lacks is in the one and not the other, which bounds what the two can have in common
  /// without looking at the pairs.
  let signature: (UInt64, UInt64)

  public init(_ text: String) {
    self.init(content: ScalarText.contentKey(NormalizedText(text).scalars))
  }

  public init(_ reply: Reply) { self = reply.key }

  init(content: [Unicode.Scalar]) {
    scalars = content
    count = content.count
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    var signature: (UInt64, UInt64) = (0, 0)
    content.withUnsafeBufferPointer { s in
      for c in s { h = (h ^ UInt64(c.value)) &* 0x100_0000_01b3 }
      for i in 0..<max(0, s.count - 1) {
        let bit = (ReplyKey.pair(s, i) &* 0x9E37_79B9_7F4A_7C15) >> 57
        // Into the low or the high word without a branch (which word is a coin toss per pair).
        let mask: UInt64 = 1 << (bit & 63)
        let high = bit >> 6
        signature.0 |= mask & (high &- 1)
        signature.1 |= mask & (0 &- high)
      }
    }
    hash = h
    self.signature = signature
  }

  public static func == (a: ReplyKey, b: ReplyKey) -> Bool { a.scalars == b.scalars }

  /// The pair of characters at `i` and `i + 1`.
  @inline(__always)
  static func pair(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int) -> UInt64 {
    UInt64(s[i].value) << 32 | UInt64(s[i + 1].value)
  }

  /// Whether two keys are the same text, then whether that reaches the threshold (a similarity
  /// of 1); nil when they differ.
  @inline(__always)
  static func sameText(_ a: ReplyKey, _ b: ReplyKey, _ threshold: Double) -> Bool? {
    guard a.count == b.count, a.hash == b.hash, a.scalars == b.scalars else { return nil }
    return 1 >= threshold
  }

  /// False when the signatures alone show that two different keys of two or more characters
  /// each cannot reach the threshold: every bit one has and the other lacks is at least one
  /// pair the other cannot match. A necessary condition only (true may still fall short).
  @inline(__always)
  static func mayReach(_ a: ReplyKey, _ b: ReplyKey, _ threshold: Double) -> Bool {
    let pa = a.count - 1
    let pb = b.count - 1
    // Keys without pairs, and thresholds outside (0, 1], are left to the exact count.
    guard pa > 0, pb > 0, threshold > 0, threshold <= 1 else { return true }
    // At most this many pairs may go unmatched on either side: the fewest common pairs that
    // reach the threshold, 2 × common / total ≥ threshold, is at least this bound less one
    // (kept one lower for the rounding of the division the exact count does).
    let floor = Int(threshold * Double(pa + pb) / 2) - 1
    let onlyA =
      (a.signature.0 & ~b.signature.0).nonzeroBitCount
      + (a.signature.1 & ~b.signature.1).nonzeroBitCount
    let onlyB =
      (b.signature.0 & ~a.signature.0).nonzeroBitCount
      + (b.signature.1 & ~a.signature.1).nonzeroBitCount
    return onlyA <= pa - floor && onlyB <= pb - floor
  }
}
