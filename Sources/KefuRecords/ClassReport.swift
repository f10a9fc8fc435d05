import Foundation
import KefuRubric
import KefuScenario
import KefuText

/// The class at a glance (`kefu report`): per student sessions, best and last score and tier;
/// class averages; the most frequent violations with a quoted example; average score per
/// scenario; a score histogram. Scripted sessions (`mode: script`, a teacher trying paths) are
/// counted apart and never mixed into the class's figures. Rendered as aligned terminal text or
/// as one self-contained HTML page.
public struct ClassReport {
  public struct StudentRow: Equatable {
    public var className: String
    public var name: String
    public var id: String
    public var sessions: Int
    public var best: Int
    public var last: Int
    public var lastTier: Int?
    public var deals: Int
    public var averageScore: Double
    /// Scores in the order the sessions were played.
    public var scores: [Int]
    /// Per step, the share of this student's sessions that covered it, among those whose lesson
    /// asked for it (0…1); no entry when none did.
    public var stepRates: [Step: Double]
    /// Violations by rule id, most frequent first.
    public var violations: [RuleCount]
  }

  public struct RuleCount: Equatable {
    public var rule: String
    public var count: Int
  }

  public struct ViolationRow: Equatable {
    public var rule: String
    public var ruleName: String
    public var count: Int
    /// The first violation's reply, masked.
    public var example: String
  }

  public struct ScenarioRow: Equatable {
    public var scenario: String
    public var title: String
    public var sessions: Int
    public var averageScore: Double
    public var deals: Int
  }

  public var students: [StudentRow] = []
  public var sessions = 0
  public var averageScore: Double?
  public var dealRate: Double?
  public var averageFirstResponse: Double?
  public var averageSteps: Double?
  /// How many steps the sessions' lessons asked for, when they all asked the same number (8, or
  /// 7 in lessons without a chance to sell); nil when they differ (the report then gives
  /// `averageStepShare`).
  public var stepsAsked: Int?
  /// The share of the asked steps covered, averaged over sessions (0…1).
  public var averageStepShare: Double?
  public var violations: [ViolationRow] = []
  public var scenarios: [ScenarioRow] = []
  /// Sessions per score bucket: 0–9, 10–19, …, 80–89, 90–100.
  public var histogram: [Int] = Array(repeating: 0, count: 10)
  /// Scripted sessions, per scenario (kept apart).
  public var scripted: [ScenarioRow] = []
  public var scriptedSessions = 0
  /// Students who served several buyers at once (`kefu shift`), see ClassReportShift.swift.
  public var shiftStudents: [ShiftRow] = []

  public init(_ all: [ClassSession]) {
    let real = all.filter { $0.record.mode != .script }
    let script = all.filter { $0.record.mode == .script }
    sessions = real.count
    scriptedSessions = script.count

    // One student is one class + name + student id: two 张三 of one class with different ids are
    // two students, and so are two names that happen to share an id.
    var byStudent: [String: [ClassSession]] = [:]
    var keys: [String] = []
    for s in real {
      let seller = s.record.seller
      let key = [seller?.className ?? "", seller?.name ?? "", seller?.id ?? ""].joined(
        separator: "\u{1}")
      if byStudent[key] == nil { keys.append(key) }
      byStudent[key, default: []].append(s)
    }
    let rows = keys.map { ClassReport.studentRow(byStudent[$0]!) }
    students = PinyinOrder.sorted(rows, by: { [$0.className, $0.name, $0.id] })

    if !real.isEmpty {
      let n = Double(real.count)
      averageScore = Double(real.map(\.grade.score).reduce(0, +)) / n
      dealRate = Double(real.filter { $0.grade.outcome == .deal }.count) / n
      averageSteps = Double(real.map(\.grade.askedStepsCovered).reduce(0, +)) / n
      averageStepShare =
        real.map { Double($0.grade.askedStepsCovered) / Double($0.grade.askedSteps.count) }
        .reduce(0, +) / n
      let asked = Set(real.map(\.grade.askedSteps.count))
      stepsAsked = asked.count == 1 ? asked.first : nil
      let firsts = real.compactMap { $0.grade.responses }.filter { $0.count > 0 }.map(\.first)
      if !firsts.isEmpty { averageFirstResponse = firsts.reduce(0, +) / Double(firsts.count) }
    }

    var counts: [String: Int] = [:]
    var examples: [String: String] = [:]
    for s in real {
      for v in s.grade.violations {
        counts[v.rule, default: 0] += 1
        if examples[v.rule] == nil || examples[v.rule]!.isEmpty {
          let text = v.text.isEmpty ? (s.graded.reply(v.reply) ?? "") : v.text
          examples[v.rule] = PrivacyMask.mask(text)
        }
      }
    }
    violations = counts.map { rule, count in
      ViolationRow(
        rule: rule, ruleName: RuleRegistry.rule(rule)?.description.name ?? rule, count: count,
        example: examples[rule] ?? "")
    }.sorted { ($1.count, $0.rule) < ($0.count, $1.rule) }

    scenarios = ClassReport.scenarioRows(real)
    scripted = ClassReport.scenarioRows(script)
    shiftStudents = ClassReport.shiftRows(real)
    for s in real { histogram[min(9, max(0, s.grade.score) / 10)] += 1 }
  }

  /// One student's figures from their sessions.
  static func studentRow(_ sessions: [ClassSession]) -> StudentRow {
    let list = sessions.sorted { $0.record.startedAt < $1.record.startedAt }
    let last = list.last!
    let seller = last.record.seller
    let scores = list.map(\.grade.score)
    // Each step's rate among the sessions whose lesson asked for it (none: no rate).
    var stepRates: [Step: Double] = [:]
    for step in Step.allCases {
      let asking = list.filter { $0.grade.askedSteps.contains(step) }
      guard !asking.isEmpty else { continue }
      let covered = asking.filter { $0.grade.stepReplies[step] != nil }.count
      stepRates[step] = Double(covered) / Double(asking.count)
    }
    var counts: [String: Int] = [:]
    for s in list { for v in s.grade.violations { counts[v.rule, default: 0] += 1 } }
    return StudentRow(
      className: seller?.className ?? "", name: seller?.name ?? "",
      id: list.compactMap { $0.record.seller?.id }.last { !$0.isEmpty } ?? "",
      sessions: list.count, best: scores.max() ?? 0, last: last.grade.score,
      lastTier: last.grade.tier, deals: list.filter { $0.grade.outcome == .deal }.count,
      averageScore: Double(scores.reduce(0, +)) / Double(scores.count), scores: scores,
      stepRates: stepRates,
      violations: counts.map { RuleCount(rule: $0.key, count: $0.value) }.sorted {
        ($1.count, $0.rule) < ($0.count, $1.rule)
      })
  }

  /// The students who need help most first: lowest average score, then lowest last score.
  public var weakestFirst: [StudentRow] {
    students.enumerated().sorted { a, b in
      (a.element.averageScore, a.element.last, a.offset)
        < (b.element.averageScore, b.element.last, b.offset)
    }.map(\.element)
  }

  /// Per scenario, hardest (lowest average) first.
  static func scenarioRows(_ list: [ClassSession]) -> [ScenarioRow] {
    var groups: [String: [ClassSession]] = [:]
    for s in list { groups[s.record.scenario.fileName, default: []].append(s) }
    return groups.map { name, items in
      ScenarioRow(
        scenario: name, title: items.map(\.record.scenario.title).first { !$0.isEmpty } ?? "",
        sessions: items.count,
        averageScore: Double(items.map(\.grade.score).reduce(0, +)) / Double(items.count),
        deals: items.filter { $0.grade.outcome == .deal }.count)
    }.sorted { ($0.averageScore, $0.scenario) < ($1.averageScore, $1.scenario) }
  }

  /// The average step count as its figure and what follows it: 「5.2」「/8」, or the share when the
  /// lessons asked for different numbers of steps (「72%」「（按各课要求的步骤）」). The terminal and
  /// the web page both print 「平均覆盖步骤」 and these.
  var averageStepsFigure: (value: String, after: String) {
    if let asked = stepsAsked { return (Self.one(averageSteps ?? 0), "/\(asked)") }
    return (Self.percent(averageStepShare ?? 0), "（按各课要求的步骤）")
  }

  static let bucketLabels = [
    "0–9", "10–19", "20–29", "30–39", "40–49", "50–59", "60–69", "70–79", "80–89", "90–100",
  ]

  // MARK: terminal text

  /// The report as terminal text, columns aligned by display width.
  public var text: String {
    var out: [String] = []
    var title = "全班成绩一览：\(sessions) 次练习，\(students.count) 名学生"
    if scriptedSessions > 0 { title += "（另有脚本练习 \(scriptedSessions) 次，单独列出）" }
    out.append(title)
    out.append("")
    out.append("班级平均")
    if let avg = averageScore {
      var line = "  平均分 \(Self.one(avg))    成交率 \(Self.percent(dealRate ?? 0))"
      if let f = averageFirstResponse { line += "    平均首次响应 \(Self.one(f)) 秒" }
      let steps = averageStepsFigure
      line += "    平均覆盖步骤 \(steps.value)\(steps.after)"
      out.append(line)
    } else {
      out.append("  （没有练习记录）")
    }
    out.append("")
    out.append("学生")
    if students.isEmpty {
      out.append("  （没有练习记录）")
    } else {
      out += Self.table(
        header: ["班级", "姓名", "学号", "次数", "最好", "最近", "最近等级", "成交"],
        rightAligned: [3, 4, 5, 7],
        rows: students.map {
          [
            $0.className, $0.name, $0.id, String($0.sessions), String($0.best), String($0.last),
            Grade.tierName($0.lastTier), String($0.deals),
          ]
        })
    }
    out.append("")
    out.append("常见违规")
    if violations.isEmpty {
      out.append("  （没有违规）")
    } else {
      out += Self.table(
        header: ["规则", "次数", "例句"], rightAligned: [1],
        rows: violations.prefix(10).map {
          [
            $0.ruleName, String($0.count),
            "「" + DisplayWidth.truncated(Self.oneLine($0.example), to: 40) + "」",
          ]
        })
    }
    out.append("")
    out.append("各场景平均分（从难到易）")
    out += scenarioTable(scenarios)
    out += shiftLines()
    out.append("")
    out.append("分数分布")
    let most = histogram.max() ?? 0
    for (i, count) in histogram.enumerated() {
      let label = DisplayWidth.leftPadded(Self.bucketLabels[i], to: 6)
      let bar = Self.bar(count, of: most, width: 30)
      out.append("  \(label) │\(DisplayWidth.padded(bar, to: 30)) \(count)")
    }
    if scriptedSessions > 0 {
      out.append("")
      out.append("脚本练习（kefu play --script，不计入以上统计）")
      out += scenarioTable(scripted)
    }
    return out.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n") + "\n"
  }

  func scenarioTable(_ rows: [ScenarioRow]) -> [String] {
    guard !rows.isEmpty else { return ["  （没有练习记录）"] }
    return Self.table(
      header: ["场景", "标题", "次数", "平均分", "成交率"], rightAligned: [2, 3, 4],
      rows: rows.map {
        [
          $0.scenario, Self.oneLine($0.title), String($0.sessions), Self.one($0.averageScore),
          Self.percent(Double($0.deals) / Double($0.sessions)),
        ]
      })
  }

  /// Rows under a header, each column as wide as its widest cell, two spaces apart.
  static func table(header: [String], rightAligned: Set<Int>, rows: [[String]]) -> [String] {
    let all = [header] + rows
    let widths = header.indices.map { c in all.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
    return all.map { row in
      "  "
        + row.enumerated().map { c, cell in
          rightAligned.contains(c)
            ? DisplayWidth.leftPadded(cell, to: widths[c])
            : DisplayWidth.padded(cell, to: widths[c])
        }.joined(separator: "  ")
    }
  }

  /// A horizontal bar in eighths of a block: `███▍`.
  static func bar(_ value: Int, of most: Int, width: Int) -> String {
    guard most > 0, value > 0 else { return "" }
    let eighths = max(1, Int((Double(value) / Double(most) * Double(width * 8)).rounded()))
    let partial = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    return String(repeating: "█", count: eighths / 8) + partial[eighths % 8]
  }

  static func one(_ d: Double) -> String {
    let tenths = Int((d * 10).rounded())
    return "\(tenths / 10).\(abs(tenths % 10))"
  }

  static func percent(_ d: Double) -> String { "\(Int((d * 100).rounded()))%" }

  static func oneLine(_ text: String) -> String {
    text.split(whereSeparator: { $0.isNewline }).joined(separator: " ")
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = self
    while s.hasSuffix(" ") { s.removeLast() }
    return s
  }
}
