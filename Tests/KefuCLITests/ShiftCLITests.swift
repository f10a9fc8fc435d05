import Foundation
import XCTest

/// `kefu shift` end to end: a scripted shift to its cards, summary and JSON, its records and
/// their export, malformed scripts and usage errors, and (in tmux) a student switching chats.
final class ShiftCLITests: XCTestCase {
  let scenarios = [
    "scenarios/01-starter-greeting.kefu", "scenarios/02-sneaker-size.kefu",
    "scenarios/03-cross-sell-beach.kefu",
  ]
  let demo = "scenarios/paths/shift-01-02-03.txt"
  var records: URL!

  override func setUpWithError() throws { records = try KefuProcess.temporaryDirectory() }
  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: records) }

  func shift(_ args: [String]) throws -> KefuRun {
    try KefuProcess.run(
      ["shift"] + scenarios + ["--records", records.path] + args, directory: KefuProcess.repoRoot)
  }

  func script(_ text: String) throws -> String {
    let url = records.appendingPathComponent("script-\(UUID().uuidString).txt")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  func recordObjects() throws -> [[String: Any]] {
    try FileManager.default.contentsOfDirectory(at: records, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" }
      .map { try JSONSerialization.jsonObject(with: Data(contentsOf: $0)) as! [String: Any] }
      .sorted {
        (($0["shift"] as? [String: Any])?["buyer"] as? Int ?? 0)
          < (($1["shift"] as? [String: Any])?["buyer"] as? Int ?? 0)
      }
  }

  func testTheDemoShiftEndsWithEachBuyersCardAndTheSummary() throws {
    let run = try shift(["--every", "10", "--script", demo, "--name", "张三"])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertEqual(run.err, "")
    for expected in [
      "班次成绩", "学生：张三", "1 号 买家·随和 · 第一次接待：白T恤有没有货",
      "2 号 买家·外向果断 · 跑鞋42码有没有", "最长等待 13.0 秒；超时：第 3 条 13.0 秒",
      "3 号 买家·随和 · 泳衣加购：去海边还缺什么", "【班次小结】", "接待顾客 3 位：成交 3，流失 0",
      "最长等待：13.0 秒（2 号 买家·外向果断）", "超时回复：1 条", "记混顾客：0 次",
    ] {
      XCTAssertTrue(run.out.contains(expected), "missing 「\(expected)」 in\n\(run.out)")
    }
    let card = run.out.components(separatedBy: "记录：")[0]
    for line in card.split(separator: "\n") {
      XCTAssertLessThan(DisplayColumns.of(String(line)), 80, String(line))
    }
  }

  func testTheDemoShiftAsJSONAndItsRecords() throws {
    let run = try shift(["--every", "10", "--script", demo, "--json", "--name", "张三"])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertTrue(
      run.out.hasPrefix(
        #"{"shift":{"buyers":3,"deals":3,"longest_wait_s":13.0,"longest_wait_buyer":2,"slow":1,"crossed":0,"late_replies":1,"walked_away":0,"left_waiting":0},"grades":[{"score":"#
      ), run.out)
    let json = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as! [String: Any]
    let grades = json["grades"] as! [[String: Any]]
    XCTAssertEqual(grades.map { $0["outcome"] as? String }, ["deal", "deal", "deal"])
    let recs = try recordObjects()
    XCTAssertEqual(recs.count, 3)
    let shifts = recs.map { $0["shift"] as! [String: Any] }
    XCTAssertEqual(recs.map { $0["mode"] as? String }, ["script", "script", "script"])
    XCTAssertEqual(Set(shifts.map { $0["id"] as! String }).count, 1, "one shift id for all")
    XCTAssertEqual(shifts.map { $0["arrival_ms"] as? Int }, [0, 10_000, 20_000])
    XCTAssertEqual(recs.map { $0["finished"] as? Bool }, [true, true, true])
    XCTAssertEqual(Set(recs.map { "\($0["seed"]!)" }).count, 3, "each buyer has a seed")
    // The other chats are kept with shift times.
    let others = shifts[0]["others"] as! [[String: Any]]
    XCTAssertEqual(others.map { $0["buyer"] as? Int }, [2, 3])
  }

  func testExportGivesOneRowPerBuyerWithTheShiftID() throws {
    XCTAssertEqual(try shift(["--every", "10", "--script", demo, "--name", "张三"]).code, 0)
    let run = try KefuProcess.run(["export", records.path, "--no-bom", "--header", "ids"])
    XCTAssertEqual(run.code, 0, run.err)
    let rows = run.out.split(separator: "\r\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    let header = rows[0]
    let shiftColumn = try XCTUnwrap(header.firstIndex(of: "shift"))
    XCTAssertEqual(header[shiftColumn - 1], "record")
    let mode = try XCTUnwrap(header.firstIndex(of: "mode"))
    XCTAssertEqual(rows.count, 4)
    XCTAssertEqual(Set(rows.dropFirst().map { $0[mode] }), ["script"])
    let ids = Set(rows.dropFirst().map { $0[shiftColumn] })
    XCTAssertEqual(ids.count, 1)
    XCTAssertFalse(ids.first!.isEmpty)
    XCTAssertTrue(header.contains("rule_crossed_chats"))
  }

  func testTheReportShowsWhoKeepsEveryBuyerWithinTheLimit() throws {
    XCTAssertEqual(try shift(["--every", "10", "--script", demo, "--name", "张三"]).code, 0)
    let calm = try script(
      """
      @2 #1 亲，您好，欢迎光临，白色这款现货充足哦
      @5 #1 亲，今天下单今天就能发出，一般两三天就能收到呢
      @8 #1 好的亲，感谢您的支持，收到货有任何问题随时找我哦
      @22 #2 亲，您好，黑色42码现货有的，您可以直接拍哦
      @25 #2 亲，这双是标准码，按您平时穿的42码就可以
      @28 #2 亲，下午四点前拍下当天就发出，周六前能到的
      @31 #2 好的亲，已经给您备注今天发货，感谢您的支持，祝您周六比赛顺利
      """)
    let two = try KefuProcess.run(
      [
        "shift", scenarios[0], scenarios[1], "--script", calm, "--name", "李四", "--records",
        records.path,
      ],
      directory: KefuProcess.repoRoot)
    XCTAssertEqual(two.code, 0, two.err)
    // Live play records these buyers as mode shift; scripted runs are kept apart as scripts.
    let scripted = try KefuProcess.run(["report", records.path], directory: KefuProcess.repoRoot)
    XCTAssertFalse(scripted.out.contains("班次：同时接待几位买家"), scripted.out)
    try markAsShift(records)
    let run = try KefuProcess.run(["report", records.path], directory: KefuProcess.repoRoot)
    XCTAssertEqual(run.code, 0, run.err)
    let section = try XCTUnwrap(run.out.components(separatedBy: "班次：同时接待几位买家").last)
    let rows = section.split(separator: "\n").prefix(4).map(String.init)
    XCTAssertTrue(rows[1].contains("全部按时"), section)
    XCTAssertTrue(rows[2].contains("李四") && rows[2].hasSuffix("✓"), section)
    XCTAssertTrue(
      rows[3].contains("张三") && rows[3].contains("1/12") && rows[3].hasSuffix("✗"), section)
    let page = records.appendingPathComponent("report.html").path
    let html = try KefuProcess.run(["report", records.path, "--html", page])
    XCTAssertEqual(html.code, 0, html.err)
    let text = try String(contentsOfFile: page, encoding: .utf8)
    XCTAssertTrue(text.contains("<h2>班次：同时接待几位买家（全部按时的在前）</h2>"))
    XCTAssertTrue(text.contains("李四"))
  }

  /// Stopped while buyer 1 has waited 18 s (past the 8 s limit) after a reply in time: the card
  /// says the reply was in time and the wait counts once, its tip is about the wait (not about
  /// a late reply), the summary tells replies from unanswered waits, and so does the report.
  func testABuyerLeftWaitingIsNotCalledALateReply() throws {
    let path = try script("@2 #1 亲，在的，白色这款有现货，您要几件\n")
    let run = try KefuProcess.run(
      [
        "shift", scenarios[0], scenarios[1], "--every", "20", "--script", path, "--name", "郑十",
        "--records", records.path,
      ],
      directory: KefuProcess.repoRoot)
    XCTAssertEqual(run.code, 0, run.err)
    // Wrapped lines joined again.
    let card = run.out.replacingOccurrences(
      of: #"\n +"#, with: "", options: .regularExpression)
    for expected in [
      "最长等待 18.0 秒，班次结束时还在等回复（已超过 8 秒，算一次超时）；1 条回复，在 8 秒内",
      "提示：班次结束时这位买家已经等过了时限还没得到回复：几位买家同时在等时，先给每位回一句快捷短语接住",
      "超时回复：0 条；没等到回复的买家：1 位（班次结束时还在等、已超过时限 1 位）",
    ] {
      XCTAssertTrue(card.contains(expected), "missing 「\(expected)」 in\n\(run.out)")
    }
    XCTAssertFalse(card.contains("超过了时限：先用"), "no tip about a late reply:\n\(run.out)")
    XCTAssertFalse(card.contains("都在"), "one reply is not 都: \n\(run.out)")

    let json = try KefuProcess.run(
      [
        "shift", scenarios[0], scenarios[1], "--every", "20", "--script", path, "--json",
        "--name", "郑十", "--records", records.path,
      ],
      directory: KefuProcess.repoRoot)
    XCTAssertTrue(
      json.out.contains(
        #""slow":1,"crossed":0,"late_replies":0,"walked_away":0,"left_waiting":1}"#),
      json.out)

    try markAsShift(records)
    let report = try KefuProcess.run(["report", records.path], directory: KefuProcess.repoRoot)
    XCTAssertEqual(report.code, 0, report.err)
    let section = try XCTUnwrap(report.out.components(separatedBy: "班次：同时接待几位买家").last)
    let rows = section.split(separator: "\n").prefix(3).map {
      $0.split(separator: " ").map(String.init)
    }
    XCTAssertEqual(
      rows[1], ["班级", "姓名", "学号", "班次", "买家", "超时回复", "最慢回复（秒）", "没等到回复", "记混", "成交", "全部按时"])
    // Two shifts of two buyers: one reply each time (2.0 s), one buyer left waiting each time.
    XCTAssertEqual(rows[2], ["郑十", "2", "4", "0/2", "2.0", "2", "0", "0", "✗"])
  }

  func testMixingUpTwoBuyersIsCountedAndSurvivesRegrading() throws {
    let path = try script(
      "@2 #1 亲，您好，白色这款现货充足哦\n@12 #2 亲，您好，这款泳衣M码有现货哦\n")
    let run = try shift(["--every", "5", "--script", path, "--json", "--name", "张三"])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertTrue(run.out.contains(#""crossed":1,"#), run.out)
    let recs = try FileManager.default.contentsOfDirectory(
      at: records, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "json" }.map(\.path)
    let graded = try KefuProcess.run(["grade"] + recs, directory: KefuProcess.repoRoot)
    XCTAssertTrue(graded.out.contains("记混顾客"), graded.out)
    XCTAssertTrue(graded.out.contains("「泳衣」是 3 号顾客的商品"), graded.out)
  }

  func testAMalformedScriptIsRefusedWithItsLineAndNothingIsRecorded() throws {
    let path = try script("@2 #1 亲，您好\n@5 #7 亲，在的\n")
    let run = try shift(["--script", path])
    XCTAssertEqual(run.code, 2)
    XCTAssertTrue(run.err.contains("\(path):2: 脚本格式错误：没有第 7 位顾客"), run.err)
    XCTAssertEqual(try recordObjects().count, 0)
  }

  func testUsageErrors() throws {
    let one = try KefuProcess.run(
      ["shift", scenarios[0], "--records", records.path], directory: KefuProcess.repoRoot)
    XCTAssertEqual(one.code, 2)
    XCTAssertTrue(one.err.contains("至少要两位买家"), one.err)
    let every = try shift(["--every", "十秒", "--script", demo])
    XCTAssertEqual(every.code, 2)
    XCTAssertTrue(every.err.contains("--every"), every.err)
    let noTerminal = try shift(["--name", "张三"])
    XCTAssertEqual(noTerminal.code, 2)
    XCTAssertTrue(noTerminal.err.contains("--script"), noTerminal.err)
  }

  /// A student in tmux at 80×24: two buyers, a reply to the first, Ctrl-N to the second, a reply
  /// there, Ctrl-C; the cards show both, and both records hold the replies.
  func testInTmuxAStudentSwitchesChatsAndAnswersTwoBuyers() throws {
    let tmux = try TmuxScreen(
      folder: records,
      command: "cd '\(KefuProcess.repoRoot.path)' && NO_COLOR=1 '\(TmuxScreen.kefu)' shift"
        + " \(scenarios[0]) \(scenarios[1]) --every 1 --name 张三 --records '\(records.path)'; sleep 30"
    )
    defer { tmux.stop() }
    let first = tmux.screen(showing: "进店 2/2")
    XCTAssertTrue(first.contains("客服工作台"), first)
    XCTAssertTrue(first.contains("回复1号："), first)
    for line in first.split(separator: "\n") {
      XCTAssertLessThanOrEqual(DisplayColumns.of(String(line)), 80, String(line))
    }
    tmux.type("亲，您好，白色这款现货充足哦")
    tmux.keys("Enter")
    _ = tmux.screen(showing: "我：亲，您好，白色这款现货充足哦")
    tmux.keys("C-n")
    _ = tmux.screen(showing: "回复2号：")
    tmux.type("亲，您好，黑色42码现货有的")
    tmux.keys("Enter")
    _ = tmux.screen(showing: "我：亲，您好，黑色42码现货有的")
    tmux.keys("C-c")
    let end = tmux.screen(showing: "【班次小结】")
    XCTAssertTrue(end.contains("接待顾客 2 位"), end)
    let recs = try recordObjects()
    XCTAssertEqual(recs.count, 2)
    for (i, rec) in recs.enumerated() {
      let messages = rec["messages"] as! [[String: Any]]
      XCTAssertTrue(messages.contains { $0["role"] as? String == "seller" }, "buyer \(i + 1)")
      XCTAssertEqual(rec["finished"] as? Bool, false)
    }
  }

  /// The records folder disappears mid-shift (a network share dropped): the student is told
  /// once, the shift goes on, and at the end the cards are printed, then why nothing was saved,
  /// exit 1. It had ended the shift at once with `CommandError(message: …)` and no cards.
  func testInTmuxAFailedSaveMidShiftKeepsTheShiftAndPrintsTheCards() throws {
    let folder = records.appendingPathComponent("共享")
    let tmux = try TmuxScreen(
      folder: records,
      command: "cd '\(KefuProcess.repoRoot.path)' && NO_COLOR=1 '\(TmuxScreen.kefu)' shift"
        + " \(scenarios[0]) \(scenarios[1]) --every 30 --name 张三 --records '\(folder.path)';"
        + " echo 退出码=$?; sleep 30")
    defer { tmux.stop() }
    _ = tmux.screen(showing: "回复1号：")
    try FileManager.default.removeItem(at: folder)
    tmux.type("亲，您好，白色这款现货充足哦")
    tmux.keys("Enter")
    let told = tmux.screen(showing: "班次继续")
    XCTAssertTrue(told.contains("记录无法保存"), told)
    tmux.keys("C-c")
    let end = tmux.screen(showing: "退出码=")
    XCTAssertTrue(end.contains("【班次小结】"), end)
    XCTAssertTrue(end.contains("kefu: 班次记录未能保存："), end)
    XCTAssertTrue(end.contains("退出码=1"), end)
    XCTAssertFalse(end.contains("CommandError"), end)
  }

  /// Scripted runs are recorded as mode script; the class report's shift table counts live
  /// shift records, so the test's records are marked as such.
  private func markAsShift(_ records: URL) throws {
    for url in try FileManager.default.contentsOfDirectory(
      at: records, includingPropertiesForKeys: nil)
    where url.pathExtension == "json" {
      let text = try String(contentsOf: url, encoding: .utf8)
      try text.replacingOccurrences(of: "\"mode\": \"script\"", with: "\"mode\": \"shift\"")
        .write(to: url, atomically: true, encoding: .utf8)
    }
  }
}

/// Columns a line takes on a terminal (a 汉字 is two), for the width checks above.
enum DisplayColumns {
  static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { width, s in
      let v = s.value
      let wide =
        (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v)
        || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v)
        || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
        || (0xFFE0...0xFFE6).contains(v)
      return width + (wide ? 2 : 1)
    }
  }
}

/// A kefu command running in a private tmux server at 80×24 (its socket in the test's own
/// folder, so the test neither sees nor disturbs anyone else's sessions), driven through the C
/// library's system() and popen(): the server new-session starts lives on in the background, and
/// Foundation's Process waits on it (its pipes, its process group).
final class TmuxScreen {
  static let kefu = KefuProcess.productsDirectory.appendingPathComponent("kefu").path
  let tmux: String
  let socket: String
  let session = "kefu-test-\(getpid())"

  init(folder: URL, command: String) throws {
    guard
      let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"].first(
        where: { FileManager.default.isExecutableFile(atPath: $0) })
    else {
      throw XCTSkip("tmux 不在这台机器上：跳过工作台的 tmux 测试（装上 tmux 即可运行）")
    }
    self.tmux = tmux
    socket = folder.appendingPathComponent("tmux.sock").path
    run(["new-session", "-d", "-s", session, "-x", "80", "-y", "24", command])
  }

  func stop() { run(["kill-server"]) }

  func type(_ text: String) { run(["send-keys", "-t", session, "-l", text]) }
  func keys(_ key: String) { run(["send-keys", "-t", session, key]) }

  private func quoted(_ arg: String) -> String {
    "'" + arg.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  private func run(_ args: [String]) {
    _ = system(
      ([tmux, "-S", socket] + args).map(quoted).joined(separator: " ")
        + " </dev/null >/dev/null 2>&1")
  }

  func capture() -> String {
    let line = [tmux, "-S", socket, "capture-pane", "-p", "-t", session].map(quoted)
      .joined(separator: " ")
    guard let pipe = popen(line + " 2>/dev/null", "r") else { return "" }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 4096)
    while true {
      let n = fread(&buffer, 1, buffer.count, pipe)
      if n <= 0 { break }
      bytes += buffer[0..<n]
    }
    pclose(pipe)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The screen once it shows `text` (at most 15 s); fails the test otherwise.
  func screen(showing text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let deadline = Date().addingTimeInterval(15)
    var last = ""
    while Date() < deadline {
      last = capture()
      if last.contains(text) { return last }
      Thread.sleep(forTimeInterval: 0.2)
    }
    XCTFail("never showed 「\(text)」:\n\(last)", file: file, line: line)
    return last
  }
}
