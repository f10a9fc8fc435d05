import Foundation
import XCTest

final class PlayCLITests: XCTestCase {
  let scenario = "scenarios/01-starter-greeting.kefu"
  var records: URL!

  override func setUpWithError() throws { records = try KefuProcess.temporaryDirectory() }
  override func tearDownWithError() throws { try? FileManager.default.removeItem(at: records) }

  func script(_ text: String) throws -> String {
    let url = records.appendingPathComponent("script-\(UUID().uuidString).txt")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  func recordFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: records, includingPropertiesForKeys: nil)
      .filter { $0.pathExtension == "json" }
  }

  func play(_ args: [String], stdin: [UInt8] = []) throws -> KefuRun {
    try KefuProcess.run(
      ["play", scenario, "--records", records.path] + args, stdin: stdin,
      directory: KefuProcess.repoRoot)
  }

  func testWithoutATerminalPlayPointsToScript() throws {
    let run = try play(["--name", "张三"])
    XCTAssertEqual(run.code, 2)
    XCTAssertTrue(run.err.contains("--script"), run.err)
  }

  func testAMalformedScriptIsRefusedWithItsLineBeforeAnythingIsPlayed() throws {
    let path = try script("+1 亲，您好\n2 忘了加号\n")
    let run = try play(["--script", path, "--name", "张三"])
    XCTAssertEqual(run.code, 2)
    XCTAssertTrue(run.err.contains("\(path):2: 脚本格式错误"), run.err)
    XCTAssertEqual(try recordFiles().count, 0, "nothing was played, nothing recorded")
  }

  func testAMissingOrMistypedScenarioSuggestsTheNearestFile() throws {
    for (typed, meant) in [
      ("scenarios/01-starter.kefu", "scenarios/01-starter-greeting.kefu"),
      ("scenarios/02-sneaker-sise.kefu", "scenarios/02-sneaker-size.kefu"),
      ("scenarios/07", "scenarios/07-bargain-hold-price.kefu"),
    ] {
      let run = try KefuProcess.run(
        ["play", typed, "--name", "张三", "--records", records.path], directory: KefuProcess.repoRoot)
      XCTAssertEqual(run.code, 1, typed)
      XCTAssertEqual(
        run.err, "kefu play: 找不到场景文件「\(typed)」\n提示：是不是「\(meant)」？\n", typed)
    }
    let folder = try KefuProcess.run(
      ["play", "scenarios", "--name", "张三"], directory: KefuProcess.repoRoot)
    XCTAssertEqual(folder.code, 1)
    XCTAssertTrue(folder.err.contains("这是一个文件夹"), folder.err)
    XCTAssertTrue(folder.err.contains("scenarios/01-starter-greeting.kefu"), folder.err)
    XCTAssertFalse(folder.err.contains("kefu lint"), "nothing to lint: " + folder.err)
  }

  func testAWrongFlagIsNamedOnceWithTheCommandPrefixOnce() throws {
    let run = try play(["--nmae", "张三"])
    XCTAssertEqual(run.code, 2)
    XCTAssertEqual(
      run.err, "kefu play: 不认识选项 --nmae，是不是想用 --name？\n运行 kefu help play 查看用法。\n")
  }

  func testEveryMalformedScriptLineIsReportedNotOnlyTheFirst() throws {
    let path = try script("+1 亲，您好\n2 忘了加号\n+3 好的\n+x 秒数写错\n# 期望：成功\n")
    let run = try play(["--script", path, "--name", "张三"])
    XCTAssertEqual(run.code, 2)
    for line in [2, 4, 5] {
      XCTAssertTrue(run.err.contains("\(path):\(line): 脚本格式错误"), "line \(line): \(run.err)")
    }
    XCTAssertFalse(run.err.contains("\(path):3:"), run.err)
    XCTAssertTrue(run.err.hasPrefix("kefu play: 脚本里有 3 行格式错误：\n\(path):2: "), run.err)
    XCTAssertEqual(run.err.components(separatedBy: "kefu play:").count, 2, "the prefix once")
    XCTAssertEqual(try recordFiles().count, 0)
  }

  func testAPathThatEndsOtherwiseThanItsExpectationExitsOne() throws {
    let win =
      "+3 亲，您好，欢迎光临，白色这款现货充足哦\n+4 亲，今天下单今天就能发出，一般两三天就能收到呢\n"
      + "+3 好的亲，感谢您的支持，收到货有任何问题随时找我哦\n"
    let wrong = try script("# 期望：流失\n" + win)
    let run = try play(["--script", wrong, "--name", "张三", "--json"])
    XCTAssertEqual(run.code, 1, run.err)
    XCTAssertTrue(
      run.out.contains("\"outcome\":\"deal\""), "the grade is still printed: \(run.out)")
    XCTAssertTrue(run.err.contains("第 1 行期望「流失」，实际「成交」"), run.err)
    XCTAssertEqual(try recordFiles().count, 1, "the session is still recorded")

    let right = try script("#期望: 成交\n" + win)
    let ok = try play(["--script", right, "--name", "张三", "--json"])
    XCTAssertEqual(ok.code, 0, ok.err)
  }

  func testAScriptThatEndsEarlyLeavesAnUnfinishedRecordWithEveryMessage() throws {
    let path = try script("# 只回一句\n+2.5 亲，您好，欢迎光临，在的哦\n")
    let run = try play(
      ["--script", path, "--json"]
    )
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertTrue(run.out.contains("\"outcome\":\"unfinished\""), run.out)
    let files = try recordFiles()
    XCTAssertEqual(files.count, 1)
    let record =
      try JSONSerialization.jsonObject(with: Data(contentsOf: files[0])) as! [String: Any]
    XCTAssertEqual(record["mode"] as? String, "script")
    XCTAssertEqual(record["finished"] as? Bool, false)
    let messages = record["messages"] as! [[String: Any]]
    XCTAssertEqual(
      messages.filter { $0["role"] as? String == "seller" }.map { $0["ms"] as? Int }, [2500])
    XCTAssertEqual(
      messages.filter { $0["role"] as? String == "seller" }.map { $0["text"] as? String },
      ["亲，您好，欢迎光临，在的哦"])
    XCTAssertEqual(messages.last?["role"] as? String, "buyer", "the buyer's next line was shown")
  }

  /// `kefu play 慢慢聊.kefu --script 脚本` with 40 lines of 「+86400 亲，在的哦」 for a buyer whom
  /// slowness costs nothing wrote a record of 40 days, which `kefu grade` then refused:
  /// 「记录损坏：stopped_ms 应是 0 到 2592000000 之间的整数」. The session now stops at the line
  /// past 30 days, the record is whole and unfinished, and the script's line is named (exit 1).
  func testAScriptPastThirtyDaysStopsThereAndLeavesAReadableRecord() throws {
    let lesson = records.appendingPathComponent("慢慢聊.kefu")
    try """
    title: 慢慢聊
    persona: 慢性子
    patience: 99
    == 开场
    顾客: 在吗
    when has 再见 -> end 成交
    otherwise -> 开场
    """.write(to: lesson, atomically: true, encoding: .utf8)
    let path = try script(String(repeating: "+86400 亲，在的哦\n", count: 40))
    let run = try KefuProcess.run(
      ["play", lesson.path, "--records", records.path, "--script", path, "--json"])
    XCTAssertEqual(run.code, 1, run.err)
    XCTAssertEqual(
      run.err,
      "kefu play: 脚本第 31 行的回复已在练习开始 30 天之后（一份记录最长 30 天），练习在这一行之前中断，记录为未完成\n")
    XCTAssertTrue(run.out.contains("\"outcome\":\"unfinished\""), run.out)
    let files = try recordFiles()
    XCTAssertEqual(files.count, 1)
    let grade = try KefuProcess.run(["grade", files[0].path])
    XCTAssertEqual(grade.code, 0, grade.err)
    let record =
      try JSONSerialization.jsonObject(with: Data(contentsOf: files[0])) as! [String: Any]
    XCTAssertEqual(record["stopped_ms"] as? Int, 30 * 86_400_000)
    XCTAssertEqual(
      (record["messages"] as! [[String: Any]]).filter { $0["role"] as? String == "seller" }.count,
      30)
  }

  func testPlayerDefaultsComeFromTheEnvironmentAndNamesAreNormalised() throws {
    let path = try script("+1 亲，您好，在的哦\n")
    let run = try KefuProcess.run(
      ["play", scenario, "--script", path, "--json"],
      environment: [
        "KEFU_NAME": " 张三 ", "KEFU_ID": "２０２４００１", "KEFU_CLASS": "电商1班",
        "KEFU_RECORDS": records.path,
      ],
      directory: KefuProcess.repoRoot)
    XCTAssertEqual(run.code, 0, run.err)
    let files = try recordFiles()
    XCTAssertEqual(files.count, 1)
    XCTAssertTrue(files[0].lastPathComponent.contains("张三"))
    let record =
      try JSONSerialization.jsonObject(with: Data(contentsOf: files[0])) as! [String: Any]
    let player = (record["players"] as! [[String: Any]])[0]
    XCTAssertEqual(player["name"] as? String, "张三")
    XCTAssertEqual(player["id"] as? String, "2024001")
    XCTAssertEqual(player["class"] as? String, "电商1班")
  }

  func testAnUnwritableRecordsFolderIsReportedBeforeTheSession() throws {
    let blocker = records.appendingPathComponent("not-a-folder")
    try "x".write(to: blocker, atomically: true, encoding: .utf8)
    let path = try script("+1 亲，您好\n")
    let run = try KefuProcess.run(
      ["play", scenario, "--script", path, "--records", blocker.path],
      directory: KefuProcess.repoRoot)
    XCTAssertEqual(run.code, 1)
    XCTAssertTrue(run.err.contains("记录"), run.err)
    XCTAssertTrue(run.out.isEmpty, "no session was played")
    let below = try KefuProcess.run(
      ["play", scenario, "--script", path, "--records", blocker.path + "/子文件夹"],
      directory: KefuProcess.repoRoot)
    XCTAssertEqual(below.code, 1)
    XCTAssertTrue(below.err.contains("无法创建记录文件夹（路径中有一段不是文件夹）"), below.err)
  }

  func testABrokenScenarioIsNotPlayed() throws {
    let broken = records.appendingPathComponent("broken.kefu")
    try "title: 坏\npersona: 随和\n== 开场\n顾客: 在吗\notherwise -> 不存在\n".write(
      to: broken, atomically: true, encoding: .utf8)
    let path = try script("+1 亲，您好\n")
    let run = try KefuProcess.run([
      "play", broken.path, "--script", path, "--records", records.path,
    ])
    XCTAssertEqual(run.code, 1)
    XCTAssertTrue(run.err.contains("broken.kefu:5:"), run.err)
  }

  func testTheCardIsPlainWhenPiped() throws {
    let path = try script("+1.5 亲，您好，欢迎光临，在的哦\n+2 这款白色现货充足，今天拍今天发\n")
    let run = try play(["--script", path, "--name", "张三"])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertFalse(run.out.contains("\u{1B}["), "no escape codes when piped")
    XCTAssertTrue(run.out.contains("成绩单"))
    XCTAssertTrue(run.out.contains("张三"))
  }

  func testABadRubricFileIsNamedWithItsLineInEveryCommand() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let bad = dir.appendingPathComponent("评分.txt")
    try "limit: 六秒\n".write(to: bad, atomically: true, encoding: .utf8)
    let scenario = "scenarios/01-starter-greeting.kefu"
    for (args, code) in [
      (["play", scenario, "--name", "张三", "--records", dir.path], Int32(1)),
      (["check"], 2), (["rules", "upsell"], 2),
    ] {
      let run = try KefuProcess.run(
        args + ["--rubric", bad.path], directory: KefuProcess.repoRoot)
      XCTAssertEqual(run.code, code, "\(args): \(run.err)")
      XCTAssertTrue(run.err.contains("\(bad.path):1:"), run.err)
      XCTAssertFalse(run.err.contains("RubricFileError"), "no Swift value dumped: \(run.err)")
    }
  }
}
