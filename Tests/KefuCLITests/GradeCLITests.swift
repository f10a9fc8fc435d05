import Foundation
import XCTest

/// Records and chat logs written as a user would have them, for the instructor commands.
enum RecordFiles {
  static func record(
    id: String, name: String, className: String = "电商1班", mode: String = "solo",
    finished: Bool = true, storedScore: Int = 50, start: String = "2026-11-23T14:05:09+08:00",
    scenario: String = "scenarios/不存在.kefu"
  ) -> String {
    """
    {
      "schema": 1,
      "session_id": "\(id)",
      "scenario": {"path":"\(scenario)","hash":"\(String(repeating: "0", count: 64))","title":"连衣裙尺码咨询"},
      "rubric_version": "1",
      "seed": 7,
      "mode": "\(mode)",
      "players": [
        {"name":"\(name)","id":"2026001","class":"\(className)","role":"seller"}
      ],
      "started_at": "\(start)",
      "finished": \(finished),
      "buyer_end": null,
      "limit_s": 6.0,
      "messages": [
        {"role":"buyer","text":"在吗？","ms":0},
        {"role":"buyer","text":"这条碎花裙还有货吗","ms":800},
        {"role":"seller","text":"亲，您好，欢迎光临，这款现货充足哦","ms":3800,"first_key_ms":1500},
        {"role":"buyer","text":"我160，一百斤，穿什么码合适？","ms":4300},
        {"role":"seller","text":"亲，按您的身高体重，M码会比较合身","ms":8300,"first_key_ms":null},
        {"role":"buyer","text":"好吧，那我拍了","ms":9000}
      ],
      "grade": {"score":\(storedScore),"tier":1,"outcome":"deal"}
    }

    """
  }

  static func write(_ text: String, to url: URL) throws {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }
}

final class GradeCLITests: XCTestCase {
  func testAPlayedRecordRegradesToTheGradePlayPrinted() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let root = KefuProcess.repoRoot
    let played = try KefuProcess.run(
      [
        "play", "scenarios/01-starter-greeting.kefu", "--script",
        "scenarios/paths/01-starter-greeting.win.txt", "--json", "--name", "张三",
        "--records", dir.path,
      ], directory: root)
    XCTAssertEqual(played.code, 0, played.err)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
    XCTAssertEqual(files.count, 1)
    let record = dir.appendingPathComponent(files[0]).path
    let graded = try KefuProcess.run(["grade", "--json", record], directory: root)
    XCTAssertEqual(graded.code, 0, graded.err)
    XCTAssertEqual(graded.err, "")
    let playJSON = played.out.trimmingCharacters(in: .newlines)
    XCTAssertTrue(graded.out.hasPrefix(String(playJSON.dropLast()) + ",\"file\":"), graded.out)
    XCTAssertTrue(
      graded.out.hasSuffix(
        ",\"source\":\"record\",\"scenario_check\":\"ok\",\"stored_score\":"
          + "\(storedScore(playJSON))}\n"), graded.out)
  }

  func storedScore(_ json: String) -> Int {
    let obj = try! JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    return obj["score"] as! Int
  }

  func testAHandEditedScoreChangesNothingAndIsNoted() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let clean = dir.appendingPathComponent("clean.json")
    let edited = dir.appendingPathComponent("edited.json")
    try RecordFiles.write(RecordFiles.record(id: "a", name: "张三", storedScore: 1), to: clean)
    try RecordFiles.write(RecordFiles.record(id: "a", name: "张三", storedScore: 100), to: edited)
    let a = try KefuProcess.run(["grade", "--json", clean.path])
    let b = try KefuProcess.run(["grade", "--json", edited.path])
    XCTAssertEqual(a.code, 0)
    XCTAssertEqual(b.code, 0)
    func gradeOnly(_ s: String) -> String { String(s[..<s.range(of: ",\"file\":")!.lowerBound]) }
    XCTAssertEqual(gradeOnly(a.out), gradeOnly(b.out))
    XCTAssertTrue(b.out.contains("\"scenario_check\":\"missing\",\"stored_score\":100}"))
    XCTAssertTrue(b.err.contains("\(edited.path): 注意：找不到场景文件 scenarios/不存在.kefu，已按记录中的消息评分\n"))
    XCTAssertTrue(b.err.contains("\(edited.path): 注意：记录里保存的分数 100 与重新评分的"), b.err)
  }

  /// `kefu grade records` (the whole folder, as export and report take it) said only
  /// 「这是一个文件夹，不是文件」; it now says which commands take a folder.
  func testAFolderIsRefusedWithTheCommandsThatTakeOne() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let folder = dir.appendingPathComponent("班级 记录").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let run = try KefuProcess.run(["grade", folder])
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(run.out, "")
    XCTAssertEqual(
      run.err,
      "\(folder): 这是一个文件夹，不是文件。整个文件夹的记录请用 kefu export '\(folder)' -o 成绩.csv 或 kefu report '\(folder)'\n"
    )
  }

  /// The path in that advice is the user's own and is never masked: a folder named after a school
  /// (上海市静安区…) or holding a number that looks like a phone was cut to 上海市**** in the command
  /// to copy, and the test above failed whenever the temporary folder's name held 8 digits in two
  /// groups of four.
  func testTheFolderAdviceKeepsThePathUnmasked() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let folder = dir.appendingPathComponent("上海市静安区职校 0571-8888-6666").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let run = try KefuProcess.run(["grade", folder])
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(
      run.err,
      "\(folder): 这是一个文件夹，不是文件。整个文件夹的记录请用 kefu export '\(folder)' -o 成绩.csv 或 kefu report '\(folder)'\n"
    )
  }

  func testAnUnfinishedRecordIsGradedAsUnfinished() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("r.json")
    try RecordFiles.write(RecordFiles.record(id: "u", name: "张三", finished: false), to: file)
    let run = try KefuProcess.run(["grade", "--json", file.path])
    XCTAssertEqual(run.code, 0)
    XCTAssertTrue(run.out.contains("\"outcome\":\"unfinished\""), run.out)
  }

  func testACorruptRecordIsNamedWithWhatIsWrongAndTheOthersAreStillGraded() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let bad = dir.appendingPathComponent("bad.json")
    let good = dir.appendingPathComponent("good.json")
    try RecordFiles.write(
      RecordFiles.record(id: "x", name: "张三").replacingOccurrences(
        of: "\"ms\":800", with: "\"ms\":-1"),
      to: bad)
    try RecordFiles.write(RecordFiles.record(id: "y", name: "李四"), to: good)
    let run = try KefuProcess.run(["grade", "--json", bad.path, good.path])
    XCTAssertEqual(run.code, 1)
    XCTAssertTrue(
      run.err.hasPrefix(
        "\(bad.path): 记录损坏：messages[1].ms 应是 0 到 2592000000 之间的整数（毫秒），实际是 -1（第 17 行）\n"),
      run.err)
    XCTAssertEqual(run.out.split(separator: "\n").count, 1)
  }

  static let shopLog = """
    tb 顾客 小美 2026-11-23 14:05:09
    在吗？这条碎花裙还有货吗
    花花旗舰店:小丽 2026-11-23 14:05:13
    亲，您好，欢迎光临，这款现货充足哦
    顾客小美 2026-11-23 14:05:30
    我160，一百斤，穿什么码
    花花旗舰店:小丽 2026-11-23 14:05:35
    亲，M码合适。收件地址浙江省杭州市西湖区文三路90号，电话13812345678，对吗？
    tb 顾客 小美 2026-11-23 14:06:00
    对的，我拍了

    """

  func testAGB18030ShopLogIsGradedWithPhonesAndAddressesMasked() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("店铺导出.txt")
    // The log saved as GB18030, as Chinese Windows tools do.
    let gb = try XCTUnwrap(Self.shopLog.data(using: String.Encoding(rawValue: 0x8000_0632)))
    XCTAssertNil(String(data: gb, encoding: .utf8))
    try gb.write(to: file)
    let run = try KefuProcess.run(["grade", file.path])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertTrue(run.out.contains("花花旗舰店:小丽"), run.out)
    XCTAssertTrue(run.out.contains("成交"), run.out)
    XCTAssertTrue(run.out.contains("浙江省杭州市****"), run.out)
    XCTAssertFalse(run.out.contains("文三路"), run.out)
    XCTAssertFalse(run.out.contains("13812345678"), run.out)

    let json = try KefuProcess.run(["grade", "--json", file.path])
    XCTAssertFalse(json.out.contains("13812345678"))
    let open = try KefuProcess.run(["grade", "--json", "--no-mask", file.path])
    XCTAssertTrue(open.out.contains("\"source\":\"chat_log\""), open.out)
    XCTAssertTrue(open.out.contains("\"outcome\":\"deal\""), open.out)
  }

  func testAPlainLogNeedsNoSellerFlag() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("plain.txt")
    try RecordFiles.write(
      "[00:00] 顾客: 在吗？\n[00:04] 客服: 亲，在的哦，请问有什么可以帮您？\n[00:20] 顾客: 算了，不要了\n", to: file)
    let run = try KefuProcess.run(["grade", "--json", file.path])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertTrue(run.out.contains("\"outcome\":\"lost\""), run.out)
    XCTAssertTrue(run.out.contains("\"first_s\":4.0"), run.out)
  }

  func testASellerThatCannotBeToldListsTheNicknames() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("log.txt")
    try RecordFiles.write("小王 2026-11-23 14:05:09\n在吗\n阿杰 2026-11-23 14:05:12\n在\n", to: file)
    let run = try KefuProcess.run(["grade", file.path])
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(run.out, "")
    XCTAssertEqual(
      run.err, "\(file.path): 无法判断谁是客服。聊天记录里的昵称：「小王」、「阿杰」。请用 --seller 昵称 指定客服一方\n")
    let told = try KefuProcess.run(["grade", "--seller", "阿杰", "--json", file.path])
    XCTAssertEqual(told.code, 0, told.err)
  }

  func testGarbageIsAnErrorWithItsLineNotACrash() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let file = dir.appendingPathComponent("x.txt")
    try RecordFiles.write("\n随便写的一段话\n", to: file)
    let run = try KefuProcess.run(["grade", file.path])
    XCTAssertEqual(run.code, 1)
    XCTAssertTrue(run.err.hasPrefix("\(file.path):2: 无法识别的聊天记录格式：「随便写的一段话」"), run.err)
    let empty = dir.appendingPathComponent("empty.json")
    try RecordFiles.write("", to: empty)
    XCTAssertEqual(try KefuProcess.run(["grade", empty.path]).code, 1)
    XCTAssertEqual(try KefuProcess.run(["grade"]).code, 2)
  }

  /// The error names the file as it is, although phone numbers in the quoted text are masked:
  /// a folder named like a phone number (or a temporary folder's random digits) stays whole.
  func testTheErrorsPathIsNeverMasked() throws {
    let dir = try KefuProcess.temporaryDirectory().appendingPathComponent("13812345678")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("0571-88886666.txt")
    try RecordFiles.write("乱写的 13912345678\n", to: file)
    let run = try KefuProcess.run(["grade", file.path])
    XCTAssertEqual(run.code, 1)
    XCTAssertTrue(run.err.hasPrefix("\(file.path):1: "), run.err)
    XCTAssertTrue(run.err.contains("139****5678"), run.err)
    XCTAssertFalse(run.err.contains("13912345678"), run.err)
  }
}
