import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuText
import XCTest

@testable import KefuRecords

/// A record carries what grading needs of its scenario (the outcome reached, `sales`, the
/// product and addons, the limit, the stop), so it grades the same whether its scenario file is
/// found, edited or gone; older records without those facts fall back to the file, looked for
/// in the folders above the record too, and are named when it cannot be found.
final class RecordFactsTests: XCTestCase {
  var dir = ""

  override func setUpWithError() throws {
    dir = NSTemporaryDirectory() + "kefu-facts-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  }

  override func tearDown() {
    try? FileManager.default.removeItem(atPath: dir)
  }

  /// After-sales: no chance to sell (`sales: 无`), a 10 s limit, and an ending reached by a
  /// branch although the buyer never says they bought.
  static let dentedKettle = """
    title: 水壶磕了一块
    persona: 挑剔
    sales: 无
    limit: 10秒
    product: 电热水壶 1.7升 129元

    == 投诉
    顾客: 今天收到的水壶，壶嘴那里磕坏了一块
    when has 抱歉|对不起 -> 处理
    otherwise -> end 流失：这种态度我去申请退货

    == 处理
    顾客: 那现在怎么办？
    when has 补发|换 -> end 成交：行吧，那就等新的
    otherwise -> end 流失：说了半天也没个办法

    """

  /// Pre-sales with an addon: 关联销售 names it.
  static let kettleSale = """
    title: 水壶选容量
    persona: 随和
    product: 电热水壶 1.7升 129元
    addon: 除垢剂/柠檬酸除垢剂 15元

    == 问
    顾客: 这个水壶一家四口够用吗
    when has 够 -> end 成交：好的我下单
    otherwise -> 问

    """

  func scenario(_ text: String, path: String) throws -> Scenario {
    let bytes = Array(text.utf8)
    let s = ScenarioLinter.lint(bytes: bytes, path: path, ruleIDs: RuleRegistry.ids).playable
    return try XCTUnwrap(s, "the test scenario lints clean")
  }

  /// The record `kefu play` writes for a session (what `SessionRecorder.save` fills in).
  func record(_ session: Session, id: String, name: String) -> SessionRecord {
    var r = SessionRecord(
      sessionID: id, scenario: RecordScenario(playing: session.scenario), seed: 0, mode: .solo,
      players: [RecordPlayer(name: name, id: "2026001", className: "电商1班")],
      startedAt: Fixtures.start, limitSeconds: session.limitSeconds)
    r.messages = session.messages
    r.finished = session.isOver && session.outcome != .unfinished
    r.ending = r.finished ? (session.outcome == .deal ? .deal : .lost) : nil
    r.stoppedMs = session.stoppedMilliseconds
    r.grade = session.grade().json
    return r
  }

  /// Three sessions played from `课/` and kept in `共享/机房1/`: an after-sales one played to its
  /// 成交 branch, one stopped while the buyer had waited 25 s (past the 10 s limit), and a sale
  /// with the addon recommended.
  func playClass() throws -> [SessionRecord] {
    let dented = try scenario(Self.dentedKettle, path: "课/磕漆.kefu")
    let sale = try scenario(Self.kettleSale, path: "课/选容量.kefu")
    var records: [SessionRecord] = []

    let clock = ManualClock()
    let won = Session(scenario: dented, rubric: Rubric(), clock: clock)
    won.startBuyerTurn()
    clock.set(milliseconds: 4000)
    won.reply("亲，您好，真抱歉让您收到磕坏的水壶，麻烦拍张照片给我看看")
    won.startBuyerTurn()
    clock.set(milliseconds: 9000)
    won.reply("亲，确认后马上给您补发一个新的，运费我们出，明天就发")
    XCTAssertEqual(won.outcome, .deal, "the 补发 branch ends 成交")
    records.append(record(won, id: "s-won", name: "赵六"))

    let waiting = Session(scenario: dented, rubric: Rubric(), clock: ManualClock())
    waiting.startBuyerTurn()
    (waiting.clock as! ManualClock).set(milliseconds: 3000)
    waiting.reply("亲，您好，非常抱歉，我这就帮您处理")
    waiting.startBuyerTurn()
    (waiting.clock as! ManualClock).set(milliseconds: 28_000)
    waiting.interrupt()
    XCTAssertEqual(waiting.unansweredMilliseconds, 25_000)
    records.append(record(waiting, id: "s-wait", name: "王小明"))

    let sold = Session(scenario: sale, rubric: Rubric(), clock: ManualClock())
    sold.startBuyerTurn()
    (sold.clock as! ManualClock).set(milliseconds: 3500)
    sold.reply("亲，您好，1.7升四口人烧水够用的，再配一瓶柠檬酸除垢剂，用久了也干净")
    records.append(record(sold, id: "s-sold", name: "张三"))

    try FileManager.default.createDirectory(
      atPath: dir + "/课", withIntermediateDirectories: true)
    try Self.dentedKettle.write(toFile: dir + "/课/磕漆.kefu", atomically: true, encoding: .utf8)
    try Self.kettleSale.write(toFile: dir + "/课/选容量.kefu", atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: dir + "/共享/机房1", withIntermediateDirectories: true)
    for r in records {
      try r.fileText.write(
        toFile: dir + "/共享/机房1/\(r.sessionID).json", atomically: true, encoding: .utf8)
    }
    return records
  }

  func export() -> (csv: String, records: ClassRecords) {
    let records = ClassRecords.load(
      [dir + "/共享"], rubric: Rubric(), library: ScenarioLibrary(extraFolders: []))
    return (ClassCSV.render(records.sessions, bom: false), records)
  }

  func testARecordGradesTheSameWithItsScenarioFoundEditedOrDeleted() throws {
    let played = try playClass()
    let found = export()
    XCTAssertEqual(found.records.sessions.map(\.lookup.check), [.ok, .ok, .ok])
    let rows = found.csv.components(separatedBy: "\r\n")
    // 王小明, 张三, 赵六 (pinyin order).
    XCTAssertTrue(rows[1].hasPrefix("王小明,2026001,电商1班,,磕漆.kefu,水壶磕了一块,solo,"), rows[1])
    XCTAssertTrue(rows[1].contains(",未完成,"), rows[1])
    XCTAssertTrue(rows[2].hasPrefix("张三,"), rows[2])
    XCTAssertTrue(rows[3].hasPrefix("赵六,"), rows[3])
    XCTAssertTrue(rows[3].contains(",,成交,"), "after-sales: no tier, 成交 by the branch: \(rows[3])")
    let waited = found.records.sessions[0]
    XCTAssertEqual(waited.graded.unansweredSeconds, 25)
    XCTAssertEqual(waited.grade.responses?.slow, 1, "the 25 s wait at the stop counts as slow")
    XCTAssertEqual(waited.graded.lateReplies, 0)
    XCTAssertEqual(found.records.sessions[1].grade.upsell, 1, "the addon 除垢剂 was offered")
    for (session, record) in zip(found.records.sessions, [played[1], played[2], played[0]]) {
      XCTAssertEqual(
        session.grade.json, record.grade, "re-graded as play graded it: \(record.sessionID)")
    }

    // Edited since: the records still grade from what was played.
    try (Self.dentedKettle + "# 改过\n").write(
      toFile: dir + "/课/磕漆.kefu", atomically: true, encoding: .utf8)
    let edited = export()
    XCTAssertEqual(edited.records.sessions.map(\.lookup.check), [.changed, .ok, .changed])
    XCTAssertEqual(edited.csv, found.csv)
    XCTAssertEqual(edited.records.changedScenarioRecords, [], "nothing to warn about")

    // Gone: the same rows.
    try FileManager.default.removeItem(atPath: dir + "/课")
    let gone = export()
    XCTAssertEqual(gone.records.sessions.map(\.lookup.check), [.missing, .missing, .missing])
    XCTAssertEqual(gone.csv, found.csv)
    XCTAssertEqual(gone.records.missingScenarioRecords, [])
    XCTAssertFalse(gone.records.sessions.contains { $0.graded.approximate })
  }

  /// Without the facts (a record written before they were kept), a missing scenario changes the
  /// grade: such records are the ones named.
  func testAnOlderRecordWithoutItsScenarioIsApproximateAndNamed() throws {
    let played = try playClass()
    for var r in played {
      r.scenario = RecordScenario(
        path: r.scenario.path, hash: r.scenario.hash, title: r.scenario.title)
      r.ending = nil
      XCTAssertFalse(r.scenario.carriesFacts)
      XCTAssertFalse(r.fileText.contains("\"sales\""))
      try r.fileText.write(
        toFile: dir + "/共享/机房1/\(r.sessionID).json", atomically: true, encoding: .utf8)
    }
    let found = export()
    XCTAssertEqual(
      found.records.sessions.map(\.lookup.check), [.ok, .ok, .ok],
      "found from the folder two above the records (played in dir, kept in dir/共享/机房1)")
    XCTAssertEqual(found.records.missingScenarioRecords, [])
    try FileManager.default.removeItem(atPath: dir + "/课")
    let gone = export()
    XCTAssertEqual(
      gone.records.missingScenarioRecords,
      ["机房1/s-sold.json", "机房1/s-wait.json", "机房1/s-won.json"])
    XCTAssertEqual(gone.records.missingScenarios, 3)
    let dented = gone.records.sessions[2]
    XCTAssertEqual(
      dented.grade.outcome, .lost, "the buyer never says they bought: the branch's 成交 is lost")
    XCTAssertEqual(dented.grade.tier, nil, "the buyer opens with a damaged item: after-sales")
    XCTAssertEqual(
      gone.records.sessions[0].grade.responses?.slow, 1,
      "the wait at the stop still counts: stopped_ms is in every record")
  }

  func testTheFactsAreReadBackAndCheckedLikeEveryField() throws {
    let played = try playClass()
    let text = played[2].fileText
    XCTAssertTrue(
      text.contains(
        "\"product\":\"电热水壶 1.7升 129元\",\"addons\":[[\"除垢剂\",\"柠檬酸除垢剂\"]],\"sales\":true}"),
      text)
    XCTAssertTrue(text.contains("  \"end\": \"deal\",\n  \"limit_s\""), text)
    let back = try SessionRecord.parse(Array(text.utf8), path: "r.json")
    XCTAssertEqual(back.scenario, played[2].scenario)
    XCTAssertEqual(back.ending, .deal)
    let unfinished = try SessionRecord.parse(Array(played[1].fileText.utf8), path: "w.json")
    XCTAssertNil(unfinished.ending)
    XCTAssertEqual(unfinished.scenario.sales, false)

    func problem(_ from: String, _ to: String) -> String? {
      let bad = text.replacingOccurrences(of: from, with: to)
      XCTAssertNotEqual(bad, text, from)
      do {
        _ = try SessionRecord.parse(Array(bad.utf8), path: "坏.json")
        return nil
      } catch let e as RecordError {
        return e.reason
      } catch {
        return "\(error)"
      }
    }
    XCTAssertEqual(
      problem("\"sales\":true", "\"sales\":\"无\""),
      "记录损坏：scenario.sales 应是true 或 false，实际是 字符串 \"无\"")
    XCTAssertEqual(
      problem("\"end\": \"deal\"", "\"end\": \"成交\""), "记录损坏：end 应是 deal、lost 或 null，实际是 字符串 \"成交\""
    )
    XCTAssertEqual(
      problem("[[\"除垢剂\",\"柠檬酸除垢剂\"]]", "[\"除垢剂\"]"),
      "记录损坏：scenario.addons 应是字符串数组的数组，实际是 数组")
    XCTAssertEqual(
      problem("\"product\":\"电热水壶 1.7升 129元\"", "\"product\":129"),
      "记录损坏：scenario.product 应是字符串，实际是 129")
  }
}
