import Foundation
import KefuRubric
import KefuScenario
import KefuText

/// The class CSV of `kefu export`: one row per session, RFC 4180 quoting, CRLF line ends, UTF-8
/// with a BOM by default (so Excel and WPS open Chinese text correctly). Columns as PRODUCT.md
/// lists them, then one `rule_<id>` count per further rule of the registry.
public enum ClassCSV {
  /// The rules with columns of their own; every other registered rule gets a `rule_<id>` column.
  static let namedRules: Set<String> = [
    "reception_flow", "response_time", "rhetorical_question", "exclamation_overuse", "upsell",
    "forbidden_phrase",
  ]

  /// The `rule_<id>` rules, in registry order.
  public static var furtherRules: [String] { RuleRegistry.ids.filter { !namedRules.contains($0) } }

  /// Which header row to write: Chinese labels for people (the default), or the stable ids for
  /// scripts. Same columns, same order.
  public enum Header: String, CaseIterable {
    case zh, ids
  }

  /// The fixed columns: id and Chinese label.
  static let fixedColumns: [(id: String, label: String)] =
    [
      ("student", "学生"), ("student_id", "学号"), ("class", "班级"), ("partner", "搭档"),
      ("scenario", "场景文件"), ("title", "场景"), ("mode", "模式"), ("started_at", "开始时间"),
      ("duration_s", "用时（秒）"), ("score", "得分"), ("tier", "等级"), ("outcome", "结果"),
      ("steps_covered", "覆盖步骤数"),
    ] + Step.allCases.map { ("step_" + $0.rawValue, $0.chineseName) } + [
      ("first_response_s", "首次响应（秒）"), ("avg_response_s", "平均响应（秒）"),
      ("max_response_s", "最慢响应（秒）"), ("slow_replies", "超时回复"),
      ("rhetorical_questions", "反问句"), ("exclamation_overuse", "感叹号过多"),
      ("upsell", "关联销售"), ("forbidden_phrases", "服务禁语"), ("rubric_version", "规则版本"),
      ("record", "记录文件"), ("shift", "班次号"),
    ]

  /// Whether `text` (without a BOM) starts like a table `kefu export` wrote, with either
  /// header: such a file in a records folder is kefu's own output, not a damaged record.
  public static func isExport(_ text: ArraySlice<UInt8>) -> Bool {
    Header.allCases.contains { kind in
      text.starts(with: (header(kind).prefix(4).joined(separator: ",") + ",").utf8)
    }
  }

  /// The header row: the fixed columns, then one column per further rule (`rule_<id>`, or the
  /// rule's Chinese name).
  public static func header(_ kind: Header = .zh) -> [String] {
    switch kind {
    case .ids: return fixedColumns.map(\.id) + furtherRules.map { "rule_" + $0 }
    case .zh:
      return fixedColumns.map(\.label)
        + furtherRules.map { RuleRegistry.rule($0)?.description.name ?? "rule_" + $0 }
    }
  }

  /// One session's cells, unquoted.
  public static func row(_ s: ClassSession, furtherRules: [String]) -> [String] {
    let r = s.record
    let g = s.grade
    let answered = g.responses.flatMap { $0.count > 0 ? $0 : nil }
    let seller = r.seller
    var counts: [String: Int] = [:]
    for v in g.violations { counts[v.rule, default: 0] += 1 }
    func seconds(_ d: Double?) -> String { d.map(JSONValue.formatSeconds) ?? "" }
    var cells = [
      seller?.name ?? "", seller?.id ?? "", seller?.className ?? "", r.partner?.name ?? "",
      r.scenario.fileName, r.scenario.title, r.mode.rawValue, r.startedAt.spreadsheet,
      JSONValue.formatSeconds(r.durationSeconds), String(g.score),
      g.tier.map { Grade.tierName($0) } ?? "",
      g.outcome.chineseName, String(g.askedStepsCovered),
    ]
    let asked = g.askedSteps
    for step in Step.allCases {
      cells.append(!asked.contains(step) ? "" : g.stepReplies[step] != nil ? "1" : "0")
    }
    cells += [
      seconds(answered?.first), seconds(answered?.average), seconds(answered?.max),
      String(g.responses?.slow ?? 0), String(counts["rhetorical_question"] ?? 0),
      String(counts["exclamation_overuse"] ?? 0), g.tier == nil ? "" : String(g.upsell),
      String(counts["forbidden_phrase"] ?? 0), g.rubricVersion, s.relativePath,
      r.shift?.id ?? "",
    ]
    for id in furtherRules { cells.append(String(counts[id] ?? 0)) }
    return cells
  }

  /// The whole file's text (with the BOM when asked). Rows are written on all cores, in
  /// blocks, and joined in order.
  public static func render(_ sessions: [ClassSession], bom: Bool = true, header kind: Header = .zh)
    -> String
  {
    String(decoding: renderBytes(sessions, bom: bom, header: kind), as: UTF8.self)
  }

  /// `render`'s text as UTF-8 bytes, written straight into byte arrays: the cells of a row
  /// (`row`) are not made as strings and joined, the numbers are written digit by digit.
  public static func renderBytes(
    _ sessions: [ClassSession], bom: Bool = true, header kind: Header = .zh
  ) -> [UInt8] {
    let further = furtherRules
    var head = bom ? "\u{FEFF}" : ""
    appendLine(header(kind), to: &head)
    let block = 500
    var blocks = [[UInt8]](repeating: [], count: (sessions.count + block - 1) / block)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: blocks.count) { b in
      var line = RowWriter(further: further)
      line.out.reserveCapacity(block * 400)
      for i in b * block..<min(sessions.count, (b + 1) * block) {
        line.write(sessions[i])
      }
      lock.lock()
      blocks[b] = line.out
      lock.unlock()
    }
    var out: [UInt8] = []
    out.reserveCapacity(head.utf8.count + blocks.reduce(0) { $0 + $1.count })
    out.append(contentsOf: head.utf8)
    for bytes in blocks { out.append(contentsOf: bytes) }
    return out
  }

  /// Writes rows as `row` and `appendLine` would, into bytes.
  struct RowWriter {
    var out: [UInt8] = []
    /// The rules counted in columns of their own, then `further`, by rule id: each rule's
    /// place in `counts`.
    private let column: [String: Int]
    private let furtherCount: Int
    private var counts: [Int]
    private var first = true

    static let counted = ["rhetorical_question", "exclamation_overuse", "forbidden_phrase"]

    init(further: [String]) {
      var column: [String: Int] = [:]
      for (i, id) in (Self.counted + further).enumerated() where column[id] == nil {
        column[id] = i
      }
      self.column = column
      self.furtherCount = further.count
      self.counts = [Int](repeating: 0, count: Self.counted.count + further.count)
    }

    mutating func write(_ s: ClassSession) {
      let r = s.record
      let g = s.grade
      let answered = g.responses.flatMap { $0.count > 0 ? $0 : nil }
      let seller = r.seller
      for i in counts.indices { counts[i] = 0 }
      for v in g.violations {
        if let c = column[v.rule] { counts[c] += 1 }
      }
      first = true
      text(seller?.name ?? "")
      text(seller?.id ?? "")
      text(seller?.className ?? "")
      text(r.partner?.name ?? "")
      text(r.scenario.fileName)
      text(r.scenario.title)
      text(r.mode.rawValue)
      text(r.startedAt.spreadsheet)
      text(JSONValue.formatSeconds(r.durationSeconds))
      number(g.score)
      text(g.tier.map { Grade.tierName($0) } ?? "")
      text(g.outcome.chineseName)
      // A step the lesson does not ask for (推荐产品 without a chance to sell; 促成交易 too in an
      // after-sales talk) is left blank, as the card writes 本课不要求: a 0 would read as failed.
      let asked = g.askedSteps
      number(g.askedStepsCovered)
      for step in Step.allCases {
        if asked.contains(step) { number(g.stepReplies[step] != nil ? 1 : 0) } else { text("") }
      }
      seconds(answered?.first)
      seconds(answered?.average)
      seconds(answered?.max)
      number(g.responses?.slow ?? 0)
      number(counts[0])
      number(counts[1])
      if g.tier == nil { text("") } else { number(g.upsell) }
      number(counts[2])
      text(g.rubricVersion)
      text(s.relativePath)
      text(r.shift?.id ?? "")
      for k in 0..<furtherCount { number(counts[Self.counted.count + k]) }
      out.append(0x0D)
      out.append(0x0A)
    }

    private mutating func separate() {
      if first {
        first = false
      } else {
        out.append(0x2C)
      }
    }

    /// A cell as `appendLine` writes it.
    mutating func text(_ value: String) {
      separate()
      if isPlain(value) {
        out.append(contentsOf: value.utf8)
      } else {
        out.append(contentsOf: cell(value).utf8)
      }
    }

    mutating func seconds(_ d: Double?) {
      guard let d else { return text("") }
      text(JSONValue.formatSeconds(d))
    }

    /// `String(n)` as a cell.
    mutating func number(_ n: Int) {
      guard n >= 0 else { return text(String(n)) }
      separate()
      var power = 1
      while power <= n / 10 { power *= 10 }
      while power > 0 {
        out.append(UInt8(ascii: "0") + UInt8(n / power % 10))
        power /= 10
      }
    }
  }

  static func appendLine(_ cells: [String], to out: inout String) {
    for (i, c) in cells.enumerated() {
      if i > 0 { out += "," }
      if isPlain(c) {
        out += c
      } else {
        out += cell(c)
      }
    }
    out += "\r\n"
  }

  /// Whether `cell` leaves the text as it is (most cells: numbers, names, paths).
  static func isPlain(_ text: String) -> Bool {
    for u in text.utf8 {
      switch u {
      case 0x2C, 0x22, 0x0A, 0x0D: return false
      default: continue
      }
    }
    guard let first = text.unicodeScalars.first else { return true }
    return !(first == "=" || first == "+" || first == "-" || first == "@" || first == "\t")
  }

  /// One cell: a text that a spreadsheet would run as a formula (starting with `=`, `+`, `-`,
  /// `@`, a tab or a carriage return) gets a leading `'`; a cell with a comma, quote or line
  /// break is quoted, quotes doubled.
  public static func cell(_ text: String) -> String {
    var value = text
    if let first = value.unicodeScalars.first,
      first == "=" || first == "+" || first == "-" || first == "@" || first == "\t" || first == "\r"
    {
      value = "'" + value
    }
    var needsQuotes = false
    for u in value.utf8 where u == 0x2C || u == 0x22 || u == 0x0A || u == 0x0D {
      needsQuotes = true
      break
    }
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
