import KefuRubric
import KefuText

/// What the end of a shift shows: a compact card per buyer and the shift's figures. `kefu shift`
/// fills it in from the `Shift` and hands it to `ShiftCardRenderer`.
public struct ShiftCard {
  /// One buyer's compact card.
  public struct Buyer {
    public var number: Int
    /// `买家·优柔寡断`.
    public var label: String
    public var title: String
    public var grade: Grade
    /// The seller's replies in order, to quote.
    public var replies: [String]
    /// Each reply's response time in seconds (nil when not timed).
    public var responseSeconds: [Double?]
    public var limitSeconds: Double
    /// The longest this buyer waited, answered or not (seconds).
    public var longestWait: Double
    /// The buyer gave up waiting and left; still waiting when the shift ended.
    public var walkedAway: Bool
    public var stillWaiting: Bool

    public init(
      number: Int, label: String, title: String, grade: Grade, replies: [String],
      responseSeconds: [Double?], limitSeconds: Double, longestWait: Double, walkedAway: Bool,
      stillWaiting: Bool
    ) {
      self.number = number
      self.label = label
      self.title = title
      self.grade = grade
      self.replies = replies
      self.responseSeconds = responseSeconds
      self.limitSeconds = limitSeconds
      self.longestWait = longestWait
      self.walkedAway = walkedAway
      self.stillWaiting = stillWaiting
    }
  }

  public var student: String
  public var buyers: [Buyer]
  /// Buyers who never arrived (the shift was stopped first).
  public var notArrived: Int
  public var deals: Int
  public var longestWait: Double
  public var longestWaitBuyer: Int?
  public var crossed: Int

  public init(
    student: String, buyers: [Buyer], notArrived: Int, deals: Int, longestWait: Double,
    longestWaitBuyer: Int?, crossed: Int
  ) {
    self.student = student
    self.buyers = buyers
    self.notArrived = notArrived
    self.deals = deals
    self.longestWait = longestWait
    self.longestWaitBuyer = longestWaitBuyer
    self.crossed = crossed
  }
}

/// The end of a shift as lines of text: per buyer who they were, outcome, score, tier, how long
/// they were kept waiting and which replies were late, what went wrong (quoted) and one tip;
/// then the shift summary. Every line at most `width - 1` columns; plain text carries every
/// meaning, colour only underlines it.
public enum ShiftCardRenderer {
  public static func render(_ card: ShiftCard, width: Int = 80, theme: Theme) -> [String] {
    let width = max(30, width) - 1
    var out: [String] = []
    let title = " 班次成绩 "
    let rule = max(4, min(width, 64) - DisplayWidth.of(title))
    out.append(
      theme.heading(
        String(repeating: "=", count: rule / 2) + title
          + String(repeating: "=", count: rule - rule / 2)))
    out += TextWrap.lines("学生：" + VisibleText.sanitize(card.student), width: width)
    for buyer in card.buyers {
      out.append("")
      out += buyerLines(buyer, width: width, theme: theme)
    }
    out.append("")
    out.append(theme.heading("【班次小结】"))
    var served = "接待顾客 \(card.buyers.count) 位"
    if card.notArrived > 0 { served += "（另有 \(card.notArrived) 位还没进店班次就结束了）" }
    let lost = card.buyers.filter { $0.grade.outcome == .lost }.count
    let unfinished = card.buyers.filter { $0.grade.outcome == .unfinished }.count
    served += "：成交 \(card.deals)，流失 \(lost)"
    if unfinished > 0 { served += "，未完成 \(unfinished)" }
    out += TextWrap.lines(served, width: width)
    if let whose = card.longestWaitBuyer, let b = card.buyers.first(where: { $0.number == whose }) {
      let text = VisibleText.sanitize(
        "最长等待：\(SecondsFormat.text(card.longestWait)) 秒（\(b.number) 号 \(b.label)）")
      let over = ReplyLimit.isSlow(seconds: card.longestWait, limit: b.limitSeconds)
      out += TextWrap.lines(text, width: width).map { over ? theme.bad($0) : $0 }
    } else {
      out.append("最长等待：无")
    }
    // Replies over the limit, and apart from them the buyers who never got a reply in time: a
    // wait nobody answered is not a reply (the grades count it as one more slow response).
    let late = card.buyers.map { lateReplies($0).count }.reduce(0, +)
    let walked = card.buyers.filter(\.walkedAway).count
    let leftWaiting = card.buyers.filter(leftWaitingPastLimit).count
    var slow = "超时回复：\(late) 条"
    if walked + leftWaiting > 0 {
      var who: [String] = []
      if walked > 0 { who.append("等太久走了 \(walked) 位") }
      if leftWaiting > 0 { who.append("班次结束时还在等、已超过时限 \(leftWaiting) 位") }
      slow += "；没等到回复的买家：\(walked + leftWaiting) 位（" + who.joined(separator: "，") + "）"
    }
    let allInTime =
      late == 0 && walked + leftWaiting == 0
      && card.buyers.allSatisfy {
        !ReplyLimit.isSlow(seconds: $0.longestWait, limit: $0.limitSeconds)
      }
    if allInTime {
      out.append(theme.good(slow + " ✓ 每位顾客都在时限内得到了回复"))
    } else {
      out += TextWrap.lines(slow, width: width).map {
        late + walked + leftWaiting > 0 ? theme.bad($0) : $0
      }
    }
    let crossed = "记混顾客：\(card.crossed) 次"
    out.append(card.crossed > 0 ? theme.bad(crossed) : crossed)
    return out
  }

  /// The lines as one string, each ending in a newline.
  public static func text(_ card: ShiftCard, width: Int = 80, theme: Theme) -> String {
    render(card, width: width, theme: theme).map { $0 + "\n" }.joined()
  }

  static func buyerLines(_ b: ShiftCard.Buyer, width: Int, theme: Theme) -> [String] {
    var out: [String] = []
    let g = b.grade
    let outcome: String
    switch g.outcome {
    case .deal: outcome = theme.good("成交")
    case .lost: outcome = theme.bad(b.walkedAway ? "流失（等太久走了）" : "流失")
    case .unfinished: outcome = theme.warn(b.stillWaiting ? "未完成（还在等回复）" : "未完成")
    }
    let head = VisibleText.sanitize("\(b.number) 号 \(b.label) · \(b.title)")
    out.append(theme.heading(DisplayWidth.truncated(head, to: width)))
    out.append("  \(outcome)  \(g.score) 分  \(Grade.tierName(g.tier))")
    // Waiting: the longest, how the last wait ended, then each late reply.
    let limit = SecondsFormat.limit(b.limitSeconds)
    var wait = "最长等待 \(SecondsFormat.text(b.longestWait)) 秒"
    let leftWaiting = leftWaitingPastLimit(b)
    if b.walkedAway {
      wait += "，没等到回复就走了"
    } else if leftWaiting {
      wait += "，班次结束时还在等回复（已超过 \(limit) 秒，算一次超时）"
    } else if b.stillWaiting {
      wait += "，班次结束时还在等回复"
    }
    let late = lateReplies(b).map { i, s in
      "第 \(i + 1) 条 \(SecondsFormat.text(s, limit: b.limitSeconds)) 秒"
    }
    if !late.isEmpty {
      wait += "；超时：" + late.joined(separator: "、")
    } else if b.replies.count == 1 {
      wait += "；1 条回复，在 \(limit) 秒内"
    } else if !b.replies.isEmpty {
      wait += "；\(b.replies.count) 条回复都在 \(limit) 秒内"
    } else {
      wait += "；没有回复过"
    }
    let kept = ReplyLimit.isSlow(seconds: b.longestWait, limit: b.limitSeconds) || !late.isEmpty
    out += TextWrap.lines(wait, prefix: "  ", width: width).map { kept ? theme.bad($0) : $0 }
    // What went wrong, slowness aside (shown above), at most three.
    let faults = g.violations.filter { $0.rule != "response_time" }
    for v in faults.prefix(3) {
      let name = RuleRegistry.rule(v.rule)?.description.name ?? v.rule
      let quote = DisplayWidth.truncated(VisibleText.sanitize(v.text), to: 24)
      out += TextWrap.lines(
        VisibleText.sanitize("\(name)（第 \(v.reply) 条「\(quote)」）：\(v.message)"),
        prefix: "  ✗ ", width: width)
    }
    if faults.count > 3 { out.append("  … 另有 \(faults.count - 3) 处，见记录") }
    if let tip = g.tips.first {
      out += TextWrap.lines(
        VisibleText.sanitize(WaitTip.onCard(tip, grade: g, shift: true)),
        prefix: "  提示：", width: width
      ).map(theme.muted)
    }
    return out
  }

  /// The buyer's replies over the limit: their index and seconds.
  static func lateReplies(_ b: ShiftCard.Buyer) -> [(Int, Double)] {
    b.responseSeconds.enumerated().compactMap { i, s in
      guard let s, ReplyLimit.isSlow(seconds: s, limit: b.limitSeconds) else { return nil }
      return (i, s)
    }
  }

  /// The buyer was still waiting, past the limit, when the shift was stopped: the grade counts
  /// that wait as one more slow response (its violation quotes no reply).
  static func leftWaitingPastLimit(_ b: ShiftCard.Buyer) -> Bool {
    !b.walkedAway && b.grade.countsUnansweredWait
  }
}
