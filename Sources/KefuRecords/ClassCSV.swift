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
  ]

  /// The `rule_<id>` rules, in registry order.
  public static var furtherRules: [String] { RuleRegistry.ids.filter { !namedRules.contains($0) } }

  public static var header: [String] {
    [
      "student", "student_id", "class", "partner", "scenario", "title", "mode", "started_at",
      "duration_s", "score", "tier", "outcome", "steps_covered",
    ] + Step.allCases.map { "step_" + $0.rawValue } + [
      "first_response_s", "avg_response_s", "max_response_s", "slow_replies",
      "rhetorical_questions", "exclamation_overuse", "upsell", "forbidden_phrases",
      "rubric_version", "record", "shift",
    ] + furtherRules.map { "rule_" + $0 }
  }

  /// One session's cells, unquoted.
  public static func row(_ s: ClassSession, furtherRules: [String]) -> [String] {
    let r = s.record
    let g = s.grade
    let seller = r.seller
    var counts: [String: Int] = [:]
    for v in g.violations { counts[v.rule, default: 0] += 1 }
    func seconds(_ d: Double?) -> String { d.map(JSONValue.formatSeconds) ?? "" }
    var cells = [
      seller?.name ?? "", seller?.id ?? "", seller?.className ?? "", r.partner?.name ?? "",
      r.scenario.fileName, r.scenario.title, r.mode.rawValue, r.startedAt.spreadsheet,
      JSONValue.formatSeconds(r.durationSeconds), String(g.score), Grade.tierName(g.tier),
      g.outcome.chineseName, String(g.stepReplies.count),
    ]
    for step in Step.allCases { cells.append(g.stepReplies[step] != nil ? "1" : "0") }
    cells += [
      seconds(g.responses?.first), seconds(g.responses?.average), seconds(g.responses?.max),
      String(g.responses?.slow ?? 0), String(counts["rhetorical_question"] ?? 0),
      String(counts["exclamation_overuse"] ?? 0), String(g.upsell),
      String(counts["forbidden_phrase"] ?? 0), g.rubricVersion, s.relativePath,
      r.shift?.id ?? "",
    ]
    for id in furtherRules { cells.append(String(counts[id] ?? 0)) }
    return cells
  }

  /// The whole file's text (with the BOM when asked).
  public static func render(_ sessions: [ClassSession], bom: Bool = true) -> String {
    let further = furtherRules
    var out = bom ? "\u{FEFF}" : ""
    out.reserveCapacity(sessions.count * 300)
    appendLine(header, to: &out)
    for s in sessions { appendLine(row(s, furtherRules: further), to: &out) }
    return out
  }

  static func appendLine(_ cells: [String], to out: inout String) {
    for (i, c) in cells.enumerated() {
      if i > 0 { out += "," }
      out += cell(c)
    }
    out += "\r\n"
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
