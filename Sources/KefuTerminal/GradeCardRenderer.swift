import KefuRubric
import KefuScenario
import KefuText

/// What the grade card shows beyond the `Grade` itself: who played, which scenario, the replies
/// (to quote them) and the typing speed. `kefu play`, `kefu pair` and the instructor's
/// `kefu grade` each fill one in and hand it to `GradeCardRenderer`.
public struct GradeCard {
  /// The student the card is for (the seller).
  public struct Student: Equatable, Sendable {
    public var name: String
    /// 学号.
    public var id: String?
    /// 班级.
    public var className: String?
    public init(name: String, id: String? = nil, className: String? = nil) {
      self.name = name
      self.id = id
      self.className = className
    }
  }

  public var grade: Grade
  public var student: Student
  /// The buyer's player in pair play.
  public var partner: String?
  public var scenarioTitle: String
  /// How it was played, when it is not plain solo play (`脚本`, `双人`, `联机`, `聊天记录`).
  public var mode: String?
  /// The seller's replies in order; violations and steps quote them by number.
  public var replies: [String]
  /// The response-time limit of the session in seconds.
  public var limitSeconds: Double
  /// 汉字 typed a minute, when known (`KefuEngine.TypingSpeed`).
  public var typingSpeed: Double?
  /// Replies that arrived faster than anyone types (pasted, or a phrase the input method
  /// committed at once).
  public var pastedReplies: Int

  /// Every text from a record, a log, a scenario or a name shown visibly (`VisibleText`).
  func sanitized() -> GradeCard {
    let clean = { (s: String) in VisibleText.sanitize(s) }
    var copy = self
    copy.student.name = clean(student.name)
    copy.student.id = student.id.map(clean)
    copy.student.className = student.className.map(clean)
    copy.partner = partner.map(clean)
    copy.scenarioTitle = clean(scenarioTitle)
    copy.replies = replies.map(clean)
    for i in copy.grade.violations.indices {
      copy.grade.violations[i].text = clean(copy.grade.violations[i].text)
      copy.grade.violations[i].message = clean(copy.grade.violations[i].message)
    }
    copy.grade.tips = grade.tips.map(clean)
    return copy
  }

  public init(
    grade: Grade, student: Student, partner: String? = nil, scenarioTitle: String,
    mode: String? = nil, replies: [String], limitSeconds: Double = ReplyLimit.standardSeconds,
    typingSpeed: Double? = nil,
    pastedReplies: Int = 0
  ) {
    self.grade = grade
    self.student = student
    self.partner = partner
    self.scenarioTitle = scenarioTitle
    self.mode = mode
    self.replies = replies
    self.limitSeconds = limitSeconds
    self.typingSpeed = typingSpeed
    self.pastedReplies = pastedReplies
  }
}

/// The grade card of PRODUCT.md as lines of text: who, scenario, outcome, score, tier; the eight
/// steps with ✓/✗ and the reply that showed each; response times; typing speed; each violation
/// with its reply quoted and the rule's Chinese name; the tips. Columns are aligned by display
/// width; every line is at most `width - 1` columns (80 by default, readable down to 40); colour
/// only when the theme says so, and the plain text carries every meaning.
public enum GradeCardRenderer {
  public static func render(_ card: GradeCard, width: Int = 80, theme: Theme) -> [String] {
    let width = max(30, width) - 1
    let grade = card.grade
    var out: [String] = []

    // Heading.
    let title = " 成绩单 "
    let rule = max(4, min(width, 64) - DisplayWidth.of(title))
    out.append(
      theme.heading(
        String(repeating: "=", count: rule / 2) + title
          + String(repeating: "=", count: rule - rule / 2)))

    // Who and what.
    out += field("学生", who(card.student), width: width, theme: theme)
    if let partner = card.partner, !partner.isEmpty {
      out += field("买家", partner, width: width, theme: theme)
    }
    let scenario = card.scenarioTitle + (card.mode.map { "（\($0)）" } ?? "")
    out += field("场景", scenario, width: width, theme: theme)
    let outcome = grade.outcome.chineseName
    let outcomeStyled: String
    switch grade.outcome {
    case .deal: outcomeStyled = theme.good(outcome)
    case .lost: outcomeStyled = theme.bad(outcome)
    case .unfinished: outcomeStyled = theme.warn(outcome)
    }
    let parts = [
      ("结果：" + outcome, "结果：" + outcomeStyled),
      ("得分：\(grade.score)/100", "得分：" + theme.heading("\(grade.score)") + "/100"),
      (
        "等级：" + Grade.tierName(grade.tier) + (grade.tierNote.map { "（\($0)）" } ?? ""),
        "等级：" + theme.heading(Grade.tierName(grade.tier))
          + (grade.tierNote.map { theme.muted("（\($0)）") } ?? "")
      ),
    ]
    out += flow(parts, separator: "    ", width: width)
    out.append("")

    // The eight steps. A lesson without a chance to sell (no tier) does not ask for a
    // recommendation: it is neither counted nor quoted.
    let asked = grade.askedSteps
    // When fewer than all asked steps earn full marks (a lesson without a chance to sell), the
    // heading says how many do, so 4/6 does not read as a shortfall.
    let full =
      grade.stepsForFullMarks < asked.count ? "，做到 \(grade.stepsForFullMarks) 步即得满分" : ""
    out.append(
      theme.heading("八步接待流程（\(grade.askedStepsCovered)/\(asked.count)\(full)）"))
    let numberWidth =
      asked.compactMap { grade.stepReplies[$0] }
      .map { DisplayWidth.of(replyNumber($0)) }.max() ?? 0
    for step in Step.allCases {
      if !asked.contains(step) {
        out.append("  " + theme.muted("– " + step.chineseName + "（本课不要求）"))
      } else if let n = grade.stepReplies[step] {
        let head = "  " + theme.good("✓") + " " + step.chineseName + "  "
        let headWidth = 2 + 1 + 1 + DisplayWidth.of(step.chineseName) + 2
        let number = DisplayWidth.padded(replyNumber(n), to: numberWidth)
        // The step was done only in a reply with a 反问句 or a 服务禁语: counted, but no model.
        // The note is left out where it would squeeze the quote (the violations list it anyway).
        let flawed = grade.violations.contains {
          $0.reply == n && GradeFormula.unquotable.contains($0.rule)
        }
        let room = width - headWidth - numberWidth
        let note = flawed && room - DisplayWidth.of(Self.flawedNote) >= 16 ? Self.flawedNote : ""
        out.append(
          head + number + quote(card.reply(n), room: room - DisplayWidth.of(note))
            + theme.muted(note))
      } else {
        out.append("  " + theme.bad("✗") + " " + theme.muted(step.chineseName))
      }
    }
    out.append("")

    // Response times.
    out.append(theme.heading("响应时间（限时 \(SecondsFormat.limit(card.limitSeconds)) 秒）"))
    if let r = grade.responses, r.count == 0 {
      let wait = "买家等了 \(SecondsFormat.text(r.max, limit: card.limitSeconds)) 秒没有等到回复"
      out += flow(
        [
          ("没有回复", "没有回复"), (wait, theme.bad(wait)),
          ("超时 \(r.slow) 次", theme.bad("超时 \(r.slow) 次")),
        ],
        separator: "  ", width: width, indent: "  ")
    } else if let r = grade.responses {
      func figure(_ label: String, _ value: Double) -> (String, String) {
        let text = label + " " + SecondsFormat.text(value, limit: card.limitSeconds) + "秒"
        return (text, value > card.limitSeconds ? theme.bad(text) : text)
      }
      let slow = "超时 \(r.slow) 次"
      out += flow(
        [
          figure("首次", r.first), figure("平均", r.average), figure("最慢", r.max),
          (slow, r.slow > 0 ? theme.bad(slow) : theme.good(slow)),
          ("共 \(r.count) 句", "共 \(r.count) 句"),
        ], separator: "  ", width: width, indent: "  ")
    } else {
      out.append("  没有回复")
    }
    // A reply faster than anyone types was pasted or committed as a phrase: said so, no speed.
    let pasted = card.pastedReplies > 0 ? "\(card.pastedReplies) 条是粘贴或快捷短语，不计速度" : nil
    if let speed = card.typingSpeed {
      let text = "每分钟 \(Int(speed.rounded())) 个汉字" + (pasted.map { "（另有 \($0)）" } ?? "")
      out += field("打字速度", text, width: width, theme: theme)
    } else if let pasted {
      out += field("打字速度", pasted, width: width, theme: theme)
    }
    // A lesson without a chance to sell (an after-sales complaint) asks for no cross-sell; the
    // replies that pushed something anyway (read as 推荐产品 or 关联销售: a new product at a
    // complaining buyer, an addon) are counted as such, not shown as a success.
    // In an after-sales talk those replies cost points, and the card says how many.
    let cost =
      grade.sellingCost > 0
      ? "，扣 \(RubricSettings.format(grade.sellingCost, integer: false)) 分" : ""
    let upsell =
      grade.tier == nil
      ? (grade.selling > 0
        ? "本课不要求（有 \(grade.selling) 句回复仍在推荐或推销商品\(cost)）" : "本课不要求")
      : grade.upsell > 0 ? "\(grade.upsell) 句回复做了搭配推荐" : "没有"
    out += field("关联销售", upsell, width: width, theme: theme)
    out.append("")

    // Violations.
    if grade.violations.isEmpty {
      out.append(theme.heading("违规") + "：" + theme.good("没有"))
    } else {
      out.append(theme.heading("违规（\(grade.violations.count) 处）"))
      let names = grade.violations.map { ruleName($0.rule) }
      let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
      let numbers = grade.violations.map { $0.reply > 0 ? replyNumber($0.reply) : "" }
      let numberWidth = numbers.map { DisplayWidth.of($0) }.max() ?? 0
      for (i, v) in grade.violations.enumerated() {
        let compact = nameWidth + numberWidth + 20 > width
        let name = compact ? names[i] : DisplayWidth.padded(names[i], to: nameWidth)
        let number = compact ? numbers[i] : DisplayWidth.padded(numbers[i], to: numberWidth)
        let text =
          v.reply > 0 && card.replies.indices.contains(v.reply - 1)
          ? card.replies[v.reply - 1] : v.text
        let head = "  " + theme.bad("✗") + " " + name + "  "
        let headWidth = 4 + DisplayWidth.of(name) + 2
        if compact {
          // Narrow: the quote goes on a line of its own.
          out.append(head + number)
          out.append("    " + quote(text, room: width - 4))
        } else {
          out.append(head + number + quote(text, room: width - headWidth - DisplayWidth.of(number)))
        }
        if !v.message.isEmpty {
          out += TextWrap.lines(v.message, width: width - 4).map { theme.muted("    " + $0) }
        }
      }
    }

    // Tips.
    if !grade.tips.isEmpty {
      out.append("")
      out.append(theme.heading("建议"))
      for (i, tip) in grade.tips.enumerated() {
        let tip = WaitTip.onCard(tip, grade: grade, shift: false)
        out += TextWrap.lines(tip, prefix: "  \(i + 1). ", width: width)
      }
    }
    out.append(theme.heading(String(repeating: "=", count: min(width, 64))))
    return out
  }

  /// The card as one string, lines ended by `\n`.
  public static func text(_ card: GradeCard, width: Int = 80, theme: Theme) -> String {
    let card = card.sanitized()
    return render(card, width: width, theme: theme).map { $0 + "\n" }.joined()
  }

  // MARK: - Pieces

  static func who(_ s: GradeCard.Student) -> String {
    let name = s.name.isEmpty ? "（未署名）" : s.name
    var details: [String] = []
    if let id = s.id, !id.isEmpty { details.append("学号 " + id) }
    if let c = s.className, !c.isEmpty { details.append("班级 " + c) }
    return details.isEmpty ? name : name + "（" + details.joined(separator: "，") + "）"
  }

  static func ruleName(_ id: String) -> String {
    RuleRegistry.rule(id)?.description.name ?? id
  }

  static func replyNumber(_ n: Int) -> String { "第\(n)句" }

  /// 「reply」 cut to fit `room` columns (at least a few characters always show).
  /// After the quote of a step's reply that broke a 反问句 or 服务禁语 rule.
  static let flawedNote = "（有违规，别照学）"

  static func quote(_ text: String, room: Int) -> String {
    let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
    return "「" + DisplayWidth.truncated(flat, to: max(6, room - 4)) + "」"
  }

  /// `标签：value`, wrapped under a hanging indent.
  static func field(_ label: String, _ value: String, width: Int, theme: Theme) -> [String] {
    TextWrap.lines(value, prefix: label + "：", width: width)
  }

  /// Parts side by side while they fit, else on the next line.
  static func flow(
    _ parts: [(plain: String, styled: String)], separator: String, width: Int, indent: String = ""
  ) -> [String] {
    var lines: [String] = []
    var line = ""
    var used = 0
    for part in parts {
      let w = DisplayWidth.of(part.plain)
      if used > 0 && used + DisplayWidth.of(separator) + w > width {
        lines.append(line)
        line = ""
        used = 0
      }
      if used == 0 {
        line = indent + part.styled
        used = DisplayWidth.of(indent) + w
      } else {
        line += separator + part.styled
        used += DisplayWidth.of(separator) + w
      }
    }
    if used > 0 { lines.append(line) }
    return lines
  }
}

extension GradeCard {
  /// Reply `n` (1-based), or an empty string when the card has no such reply.
  func reply(_ n: Int) -> String {
    replies.indices.contains(n - 1) ? replies[n - 1] : ""
  }
}
