import Foundation
import XCTest

/// `kefu check` end to end: the built binary, its exact output.
final class CheckCLITests: XCTestCase {
  let acceptance = "亲，您好，欢迎光临～\n\n好的呢！！\n这款裙子搭配我们的小白鞋很好看，一起买还能减10元哦\n"

  func lines(_ text: String) -> [String] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).filter {
      !$0.isEmpty
    }
  }

  func testJSONLinesGiveOneObjectPerInputLineInOrder() throws {
    let run = try KefuProcess.run(["check", "--jsonl"], stdin: Array(acceptance.utf8))
    XCTAssertEqual(run.code, 0)
    XCTAssertEqual(run.err, "")
    let out = lines(run.out)
    XCTAssertEqual(out.count, 4)
    XCTAssertEqual(
      out[0],
      #"{"file":"-","line":1,"text":"亲，您好，欢迎光临～","rhetorical":false,"exclamations":0,"exclamation_overuse":false,"steps":["greet"],"upsell":false,"forbidden":[],"findings":[]}"#
    )
    XCTAssertEqual(
      out[1],
      #"{"file":"-","line":2,"text":"","rhetorical":false,"exclamations":0,"exclamation_overuse":false,"steps":[],"upsell":false,"forbidden":[],"findings":[]}"#
    )
    XCTAssertEqual(
      out[2],
      #"{"file":"-","line":3,"text":"好的呢！！","rhetorical":false,"exclamations":2,"exclamation_overuse":true,"steps":[],"upsell":false,"forbidden":[],"findings":[{"rule":"exclamation_overuse","start":3,"end":5,"message":"一条回复用了 2 个感叹号，读起来像在催促买家"}]}"#
    )
    XCTAssertTrue(out[3].contains(#""line":4,"#))
    XCTAssertTrue(out[3].contains(#""upsell":true"#))
  }

  /// A file of many reads is judged in batches on several cores, more batches than are read
  /// ahead at once: the lines still come out in order, and each batch remembers the replies
  /// before it (a reply repeated from ten lines earlier is caught whichever batch the two fall in).
  func testBatchesKeepOrderAndHistory() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("many.txt")
    var text = ""
    let replies = [
      "亲，这款外套今天有现货哦", "尺码表在详情页第三张图", "我们是顺丰包邮的呢", "纯棉面料不起球",
      "下午四点前拍当天发出", "收到后不满意七天可退", "亲亲可以领券再拍更划算", "颜色以实物为准哦",
      "需要发票的话请备注", "感谢您的支持，欢迎再来",
    ]
    for i in 0..<40_000 { text += replies[i % 10] + "\n" }
    try Data(text.utf8).write(to: file)
    XCTAssertGreaterThan(text.utf8.count, 17 * 65_536, "more reads than 4 per core of 4 cores")
    let run = try KefuProcess.run(["check", "--jsonl", "many.txt"], directory: dir)
    XCTAssertEqual(run.code, 0)
    let out = lines(run.out)
    XCTAssertEqual(out.count, 40_000)
    for (k, line) in out.enumerated() {
      XCTAssertTrue(line.contains("\"line\":\(k + 1),"), line)
      XCTAssertEqual(line.contains("repeated_reply"), k >= 10, "line \(k + 1)")
    }
  }

  /// With `--with-buyer`, buyer-only and empty lines fall on batch edges too: input that repeats
  /// every 13 lines is judged the same in every period after the first few, wherever the
  /// batches were cut (the history carried from batch to batch is the whole history).
  func testBatchesWithBuyerLinesJudgeEveryPeriodAlike() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("chat.txt")
    let period = [
      "在吗\t亲，在的，有什么可以帮您", "这件外套有黑色吗\t", "", "\t有黑色的哦", "多少钱\t活动价199元",
      "能便宜点吗\t已经是最低价了亲", "\t", "好吧\t亲亲可以领券再拍更划算", "什么时候发货\t下午四点前拍当天发出",
      "", "包邮吗\t我们是顺丰包邮的呢", "那我拍了\t感谢您的支持，欢迎再来", "\t感谢您的支持，欢迎再来",
    ]
    var text = ""
    for i in 0..<(13 * 6_000) { text += period[i % 13] + "\n" }
    try Data(text.utf8).write(to: file)
    XCTAssertGreaterThan(text.utf8.count, 17 * 65_536, "more reads than 4 per core of 4 cores")
    let run = try KefuProcess.run(["check", "--jsonl", "--with-buyer", "chat.txt"], directory: dir)
    XCTAssertEqual(run.code, 0, run.err)
    // Each verdict by its line number, the number itself taken out.
    var verdicts: [Int: Substring] = [:]
    for line in lines(run.out) {
      guard let at = line.range(of: #""line":"#),
        let comma = line[at.upperBound...].firstIndex(of: ",")
      else { return XCTFail(line) }
      verdicts[Int(line[at.upperBound..<comma])!] = line[comma...]
    }
    XCTAssertGreaterThan(verdicts.count, 13 * 6_000 / 2)
    for n in (13 * 8)...(13 * 6_000) where verdicts[n] != verdicts[n - 13] {
      return XCTFail("line \(n) is judged unlike line \(n - 13): \(verdicts[n] ?? "—")")
    }
  }

  func testFilesAreNamedAndCountLinesEachCRLFAndForbiddenPhrasesListed() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let a = dir.appendingPathComponent("a.txt")
    try Data("亲，您好～\r\n不知道，你自己看\r\n".utf8).write(to: a)
    let run = try KefuProcess.run(["check", "--jsonl", "a.txt", "a.txt"], directory: dir)
    XCTAssertEqual(run.code, 0)
    let out = lines(run.out)
    XCTAssertEqual(out.count, 4)
    XCTAssertTrue(out[0].hasPrefix(#"{"file":"a.txt","line":1,"text":"亲，您好～","#), out[0])
    XCTAssertTrue(out[1].contains(#""forbidden":["不知道","你自己看"]"#), out[1])
    XCTAssertTrue(out[1].contains(#"{"rule":"forbidden_phrase","start":0,"end":3,"#), out[1])
    XCTAssertTrue(out[3].hasPrefix(#"{"file":"a.txt","line":2,"#), out[3])
  }

  func testInvalidUTF8LineIsJudgedWithReplacementAndAWarning() throws {
    var bytes = Array("亲，您好～\n".utf8)
    bytes += [0xFF, 0xFE] + Array("好的亲\n".utf8)
    let run = try KefuProcess.run(["check", "--jsonl"], stdin: bytes)
    XCTAssertEqual(run.code, 0)
    let out = lines(run.out)
    XCTAssertEqual(out.count, 2)
    XCTAssertTrue(out[1].contains(#""text":"\#u{FFFD}\#u{FFFD}好的亲""#), out[1])
    XCTAssertTrue(run.err.contains("-:2:"), run.err)
  }

  /// A file saved as 「Unicode」 by Windows Notepad or Excel (UTF-16 with a byte-order mark) is
  /// named as such, like kefu grade and kefu lint name it; it had been judged as lines of
  /// replacement characters (「第一条回复没有问好」 for 亲，您好), exit 0.
  func testAUTF16FileIsNamedAndNotJudged() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    func little(_ text: String) -> [UInt8] {
      [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    }
    func big(_ text: String) -> [UInt8] {
      [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
    }
    for (name, bytes) in [("小.txt", little("亲，您好\n好的亲\n")), ("大.txt", big("亲，您好\n"))] {
      let path = dir.appendingPathComponent(name).path
      FileManager.default.createFile(atPath: path, contents: Data(bytes))
      let run = try KefuProcess.run(["check", "--jsonl", path])
      XCTAssertEqual(run.code, 1, name)
      XCTAssertEqual(run.out, "", name)
      XCTAssertTrue(
        run.err.hasPrefix("kefu check: \(path): 文件是 UTF-16 编码（Windows 记事本的“Unicode”），请另存为 UTF-8"),
        run.err)
    }
    let piped = try KefuProcess.run(["check"], stdin: little("亲\n"))
    XCTAssertEqual(piped.code, 1)
    XCTAssertTrue(piped.err.contains("-: 文件是 UTF-16 编码"), piped.err)
  }

  /// A spreadsheet or a document given instead of its text (an .xlsx is a zip: NUL bytes at the
  /// start) is named as binary, as kefu grade and kefu lint name it; it had been checked as one
  /// reply of replacement characters: 「共检查 1 条回复，没有发现问题。」, exit 0.
  func testABinaryFileIsNamedAndNotJudged() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("回复.xlsx").path
    let zip: [UInt8] =
      [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00] + Array("亲，您好\n".utf8)
    FileManager.default.createFile(atPath: path, contents: Data(zip))
    let run = try KefuProcess.run(["check", "--jsonl", path])
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(run.out, "", "no line judged")
    XCTAssertEqual(run.err, "kefu check: \(path): 这是二进制文件，不是文本\n")
  }

  func testCutOffCharacterWarnsAndARealReplacementCharacterDoesNot() throws {
    // A 4-byte character cut after 3 bytes becomes one U+FFFD, also 3 bytes: the line is as
    // long as before and still reported. A U+FFFD written in the file is valid text.
    var bytes = Array("好\u{FFFD}的\n".utf8)
    bytes += [0xF0, 0x9F, 0x98] + Array("好的\n".utf8)
    let run = try KefuProcess.run(["check", "--jsonl"], stdin: bytes)
    XCTAssertEqual(run.code, 0)
    let out = lines(run.out)
    XCTAssertEqual(out.count, 2)
    XCTAssertTrue(out[0].contains(#""text":"好\#u{FFFD}的""#), out[0])
    XCTAssertTrue(out[1].contains(#""text":"\#u{FFFD}好的""#), out[1])
    XCTAssertFalse(run.err.contains("-:1:"), run.err)
    XCTAssertTrue(run.err.contains("-:2:"), run.err)
  }

  func testRepeatedLinesOfAFileAreOneSession() throws {
    let text = "亲，在的哦，请问有什么可以帮您？\n亲，在的哦，请问有什么可以帮您？\n"
    let run = try KefuProcess.run(["check", "--jsonl"], stdin: Array(text.utf8))
    let out = lines(run.out)
    XCTAssertFalse(out[0].contains("repeated_reply"))
    XCTAssertTrue(out[1].contains(#""rule":"repeated_reply""#), out[1])
  }

  func testHumanReportMarksTheSpanAlignedByDisplayWidth() throws {
    let run = try KefuProcess.run(["check"], stdin: Array("亲，您好～\n好的呢！！\n".utf8))
    XCTAssertEqual(run.code, 0)
    XCTAssertEqual(
      run.out,
      """
      -:2:4: 感叹号不宜多（exclamation_overuse）：一条回复用了 2 个感叹号，读起来像在催促买家
          好的呢！！
                ^^^^
          建议：最多留一个感叹号，其余改成「。」或「～」，语气词「哦」「呢」同样能表达热情
      共检查 2 条回复，1 条有问题，共 1 处。

      """)
  }

  /// A line with no reply (a buyer's message and nothing after the tab, a blank line) is not a
  /// reply checked and found fine: the summary says it was empty and where.
  func testLinesWithoutAReplyAreNamedNotCountedAsChecked() throws {
    let onlyBuyer = try KefuProcess.run(
      ["check", "--with-buyer"], stdin: Array("请问这双鞋有白色的吗\t\n".utf8))
    XCTAssertEqual(onlyBuyer.code, 0)
    XCTAssertEqual(onlyBuyer.out, "没有可检查的回复：1 行的回复是空的（第 1 行），没有检查。\n")
    let mixed = try KefuProcess.run(
      ["check", "--with-buyer"],
      stdin: Array("请问这双鞋有白色的吗\t\n\t您好，有白色的呢亲，37码到40码都有货哦\n\t  \n\n".utf8))
    XCTAssertEqual(
      mixed.out, "共检查 1 条回复，没有发现问题。另有 3 行的回复是空的（第 1、3、4 行），没有检查。\n")
    let many = try KefuProcess.run(["check"], stdin: Array("\n\n\n\n亲，您好～\n".utf8))
    XCTAssertEqual(
      many.out, "共检查 1 条回复，没有发现问题。另有 4 行的回复是空的（第 1、2、3 行等），没有检查。\n")
    // --jsonl still gives one object for each line, empty or not.
    let json = try KefuProcess.run(
      ["check", "--with-buyer", "--jsonl"], stdin: Array("请问这双鞋有白色的吗\t\n".utf8))
    XCTAssertEqual(lines(json.out).count, 1)
    XCTAssertTrue(json.out.contains(#""text":"""#), json.out)
  }

  /// --with-buyer: a pair pasted with spaces instead of a Tab is judged as a reply with no buyer
  /// (as before: the output is the same), and standard error names the line. (It said nothing:
  /// 「没有发现问题」 for a line whose buyer message was never read.)
  func testWithBuyerNamesLinesWithoutATab() throws {
    let spaced = "这双雨靴防滑吗    防滑的亲，鞋底有深纹路\n"
    let one = try KefuProcess.run(["check", "--with-buyer"], stdin: Array(spaced.utf8))
    XCTAssertEqual(one.code, 0)
    XCTAssertTrue(one.out.contains("共检查 1 条回复"), one.out)
    XCTAssertEqual(
      one.err,
      "kefu check: -: 注意：第 1 行没有 Tab，整行当作客服回复、没有买家消息来检查。买家消息和回复之间要用 Tab 隔开（空格不算）\n")
    let plain = try KefuProcess.run(["check"], stdin: Array(spaced.utf8))
    XCTAssertEqual(plain.out, one.out, "the same verdict as a reply")
    XCTAssertEqual(plain.err, "", "without --with-buyer a line needs no Tab")
    // Tabbed lines, a line that is only a Tab and blank lines are not named; five untabbed
    // lines are named by their first three and counted.
    var input = "在吗\t亲，在的\n\t\n\n   \n"
    for k in 1...5 { input += "亲，第\(k)条回复\n" }
    let many = try KefuProcess.run(["check", "--with-buyer", "--jsonl"], stdin: Array(input.utf8))
    XCTAssertEqual(many.code, 0)
    XCTAssertEqual(many.out.split(separator: "\n").count, 9, "one object for each line, as before")
    XCTAssertTrue(many.err.contains("-: 注意：第 5、6、7 等 5 行没有 Tab"), many.err)
    let tabbed = try KefuProcess.run(["check", "--with-buyer"], stdin: Array("在吗\t亲，在的\n".utf8))
    XCTAssertEqual(tabbed.err, "")
  }

  func testUnreadableFileExitsOneAndUsageErrorsExitTwo() throws {
    let missing = try KefuProcess.run(["check", "/nonexistent/replies.txt"])
    XCTAssertEqual(missing.code, 1)
    XCTAssertTrue(missing.err.contains("/nonexistent/replies.txt"), missing.err)
    let flag = try KefuProcess.run(["check", "--jsonn"])
    XCTAssertEqual(flag.code, 2)
    XCTAssertTrue(flag.err.contains("--jsonl"), flag.err)
  }

  /// A file that cannot be read prints only the error, exit 1: it had printed
  /// 「共检查 0 条回复，没有发现问题。」 as if an empty file had passed. With a readable file
  /// next to it the summary counts that file's replies.
  func testAFileThatCannotBeReadPrintsOnlyTheError() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let folder = dir.appendingPathComponent("回复 文件夹").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    for path in ["/nonexistent/回复.txt", folder] {
      let run = try KefuProcess.run(["check", path])
      XCTAssertEqual(run.code, 1, path)
      XCTAssertEqual(run.out, "", path)
      XCTAssertTrue(run.err.hasPrefix("kefu check: \(path): "), run.err)
    }
    let good = dir.appendingPathComponent("好的.txt").path
    try "亲，在的\n".write(toFile: good, atomically: true, encoding: .utf8)
    let both = try KefuProcess.run(["check", good, "/nonexistent/回复.txt"])
    XCTAssertEqual(both.code, 1)
    XCTAssertEqual(both.out, "共检查 1 条回复，没有发现问题。\n")
    XCTAssertEqual(both.err, "kefu check: /nonexistent/回复.txt: 文件不存在\n")

    // Without permission (root reads everything: `nobody` runs kefu).
    guard getuid() == 0,
      FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
        || FileManager.default.isExecutableFile(atPath: "/sbin/runuser")
    else { throw XCTSkip("needs root and runuser to run kefu as another user") }
    let locked = dir.appendingPathComponent("锁住.txt").path
    try "亲，在的\n".write(toFile: locked, atomically: true, encoding: .utf8)
    chmod(dir.deletingLastPathComponent().path, 0o755)
    chmod(dir.path, 0o755)
    chmod(locked, 0o000)
    let kefu = KefuProcess.productsDirectory.appendingPathComponent("kefu").path
    let run = try KefuProcess.run(["-u", "nobody", "--", kefu, "check", locked], runner: "runuser")
    XCTAssertEqual(run.code, 1, run.err)
    XCTAssertEqual(run.out, "")
    XCTAssertEqual(run.err, "kefu check: \(locked): 无法读取（没有权限）\n")
  }

  /// `… | kefu check - | head -1`: once the reader has gone, kefu stops reading endless input
  /// and says its output is incomplete (exit 1) instead of judging on for nothing.
  func testAClosedOutputStopsTheCheckOfEndlessInput() throws {
    let kefu = KefuProcess.productsDirectory.appendingPathComponent("kefu").path
    let script = """
      yes '在吗\t亲，在的，有什么可以帮您' | timeout 60 "$0" check --jsonl --with-buyer - 2>"$1" \
        | head -1 >/dev/null; echo "${PIPESTATUS[1]}"
      """
    let dir = try KefuProcess.temporaryDirectory()
    let errFile = dir.appendingPathComponent("err.txt").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = ["-c", script, kefu, errFile]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let status = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertEqual(status.trimmingCharacters(in: .whitespacesAndNewlines), "1")  // 124: killed
    let err = try String(contentsOfFile: errFile, encoding: .utf8)
    XCTAssertTrue(err.contains("输出不完整"), err)
  }

  func testRubricFileErrorsNameFileAndLine() throws {
    let dir = try KefuProcess.temporaryDirectory()
    try Data("limit: 8\nlimt: 3\n".utf8).write(to: dir.appendingPathComponent("r.txt"))
    let run = try KefuProcess.run(["check", "--rubric", "r.txt"], stdin: [], directory: dir)
    XCTAssertEqual(run.code, 2)
    XCTAssertTrue(run.err.contains("r.txt:2:"), run.err)
  }

  func testScenarioAddonsCountAsUpsell() throws {
    let dir = try KefuProcess.temporaryDirectory()
    try Data(
      "title: 测试\npersona: 随和\nproduct: 碎花雪纺连衣裙 129元\naddon: 同色系细腰带/腰带 19元\n\n== 开场\n顾客: 在吗\notherwise -> end 成交\n"
        .utf8
    ).write(to: dir.appendingPathComponent("s.kefu"))
    let run = try KefuProcess.run(
      ["check", "--jsonl", "--scenario", "s.kefu"], stdin: Array("亲，细腰带只要19元，系上更显腰身哦\n".utf8),
      directory: dir)
    XCTAssertTrue(run.out.contains(#""upsell":true"#), run.out)
  }

  func testWithBuyerReadsEachReplyAfterTheBuyersMessage() throws {
    // The same fact answering a question, then volunteered; a line with no tab has no buyer.
    let input = "这件外套是今年的新款吗？\t是今年的新款\n\t这件外套是今年的新款哦\n好的我拍了\t还有什么可以帮您的吗\n在\n"
    let run = try KefuProcess.run(["check", "--jsonl", "--with-buyer"], stdin: Array(input.utf8))
    XCTAssertEqual(run.code, 0, run.err)
    let lines = run.out.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.count, 4)
    XCTAssertTrue(lines[0].contains(#""text":"是今年的新款","#), lines[0])
    XCTAssertTrue(lines[0].contains(#""steps":[]"#), lines[0])
    XCTAssertTrue(lines[1].contains(#""steps":["recommend"]"#), lines[1])
    XCTAssertTrue(lines[2].contains(#""steps":["farewell"]"#), lines[2])
    XCTAssertTrue(lines[3].contains(#""text":"在""#), lines[3])
    // Without --with-buyer the tab is part of the reply.
    let plain = try KefuProcess.run(["check", "--jsonl"], stdin: Array("问\t答\n".utf8))
    XCTAssertTrue(plain.out.contains(#""text":"问\t答""#), plain.out)
  }

  func testAScenarioIsReadByTheScenarioParserAndOneWithErrorsIsRefused() throws {
    let dir = try KefuProcess.temporaryDirectory()
    // The product line comes after a broken jump: the old header reader took it anyway.
    try Data(
      "title: 测试\npersona: 随和\nproduct: 碎花雪纺连衣裙 129元\naddon: 同色系细腰带/腰带 19元\n\n== 开场\n顾客: 在吗\notherwise -> 问尺吗\n"
        .utf8
    ).write(to: dir.appendingPathComponent("bad.kefu"))
    let run = try KefuProcess.run(
      ["check", "--jsonl", "--scenario", "bad.kefu"], stdin: Array("亲，在的\n".utf8),
      directory: dir)
    XCTAssertEqual(run.code, 1, run.err)
    XCTAssertEqual(run.out, "", "nothing judged against a scenario that does not lint")
    XCTAssertTrue(run.err.contains("bad.kefu:8:"), run.err)
    XCTAssertTrue(run.err.contains("kefu lint"), run.err)
    let missing = try KefuProcess.run(
      ["check", "--scenario", "nowhere.kefu"], stdin: Array("亲，在的\n".utf8), directory: dir)
    XCTAssertEqual(missing.code, 1)
    XCTAssertTrue(missing.err.contains("找不到场景文件「nowhere.kefu」"), missing.err)
  }
}
