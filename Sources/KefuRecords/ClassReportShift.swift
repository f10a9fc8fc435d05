import KefuRubric
import KefuText

/// The report's 班次 section: who keeps every buyer within the limit when serving several at
/// once (`kefu shift`). Built from the shift buyers' records of live play (scripted shifts are
/// left out with the other scripts).
extension ClassReport {
  /// One student's shifts.
  public struct ShiftRow: Equatable {
    public var className: String
    public var name: String
    public var id: String
    /// Distinct shifts (shift ids).
    public var shifts: Int
    /// Buyers served over those shifts.
    public var buyers: Int
    public var replies: Int
    /// Replies over the limit (replies only: a wait nobody answered is not a reply).
    public var slow: Int
    /// The slowest reply, seconds.
    public var slowest: Double?
    /// Buyers who never got an answer to their last message in time: those who walked away,
    /// and those still waiting past the limit when the shift was stopped.
    public var unanswered: Int
    public var deals: Int
    /// Replies that mixed up the chats.
    public var crossed: Int

    /// Every buyer answered within the limit and nobody left unanswered.
    public var allInTime: Bool { slow == 0 && unanswered == 0 && replies > 0 }
  }

  /// Per student, those who kept every buyer within the limit first, then by fewest late
  /// replies per reply.
  static func shiftRows(_ sessions: [ClassSession]) -> [ShiftRow] {
    var byStudent: [String: [ClassSession]] = [:]
    var keys: [String] = []
    for s in sessions where s.record.shift != nil {
      let seller = s.record.seller
      let key = [seller?.className ?? "", seller?.name ?? "", seller?.id ?? ""].joined(
        separator: "\u{1}")
      if byStudent[key] == nil { keys.append(key) }
      byStudent[key, default: []].append(s)
    }
    let rows = keys.map { key -> ShiftRow in
      let list = byStudent[key]!
      let seller = list[0].record.seller
      let replies = list.map { $0.grade.responses?.count ?? 0 }.reduce(0, +)
      let walked = list.filter {
        $0.record.finished && $0.record.buyerEnd == .lost && $0.record.messages.last?.role == .buyer
      }.count
      let leftWaiting = list.filter { $0.graded.unansweredSeconds != nil }.count
      return ShiftRow(
        className: seller?.className ?? "", name: seller?.name ?? "", id: seller?.id ?? "",
        shifts: Set(list.compactMap { $0.record.shift?.id }).count, buyers: list.count,
        replies: replies, slow: list.map(\.graded.lateReplies).reduce(0, +),
        slowest: list.compactMap(\.slowestReply).max(), unanswered: walked + leftWaiting,
        deals: list.filter { $0.grade.outcome == .deal }.count,
        crossed: list.map { $0.grade.violations.filter { $0.rule == "crossed_chats" }.count }
          .reduce(0, +))
    }
    return rows.sorted {
      func share(_ r: ShiftRow) -> Double {
        Double(r.slow + r.unanswered) / Double(max(1, r.replies + r.unanswered))
      }
      if $0.allInTime != $1.allInTime { return $0.allInTime }
      if share($0) != share($1) { return share($0) < share($1) }
      return ($0.className, $0.name, $0.id) < ($1.className, $1.name, $1.id)
    }
  }

  static let shiftHeader = [
    "班级", "姓名", "学号", "班次", "买家", "超时回复", "最慢回复（秒）", "没等到回复", "记混", "成交", "全部按时",
  ]

  func shiftCells(_ r: ShiftRow) -> [String] {
    [
      r.className, r.name, r.id, String(r.shifts), String(r.buyers), "\(r.slow)/\(r.replies)",
      r.slowest.map(Self.one) ?? "", String(r.unanswered), String(r.crossed), String(r.deals),
      r.allInTime ? "✓" : "✗",
    ]
  }

  /// The section as terminal lines; empty when nobody played a shift.
  func shiftLines() -> [String] {
    guard !shiftStudents.isEmpty else { return [] }
    var out = ["", "班次：同时接待几位买家（全部按时的在前）"]
    out += Self.table(
      header: Self.shiftHeader, rightAligned: [3, 4, 5, 6, 7, 8, 9],
      rows: shiftStudents.map(shiftCells))
    return out
  }

  /// The section as HTML; empty when nobody played a shift.
  func shiftHTML() -> String {
    guard !shiftStudents.isEmpty else { return "" }
    return "<h2>班次：同时接待几位买家（全部按时的在前）</h2>\n"
      + Self.htmlTable(
        header: Self.shiftHeader, numeric: [3, 4, 5, 6, 7, 8, 9],
        rows: shiftStudents.map(shiftCells))
  }
}
