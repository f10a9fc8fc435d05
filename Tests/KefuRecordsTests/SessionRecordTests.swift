import Foundation
import KefuRubric
import KefuText
import XCTest

@testable import KefuRecords

/// A small deterministic generator for session ids in tests.
struct FixedGenerator: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return state
  }
}

enum Fixtures {
  /// 2026-11-23 14:05:09 in Beijing.
  static let start = RecordTime(secondsSince1970: 1_795_413_909, utcOffsetSeconds: 8 * 3600)

  static func record(
    name: String = "张三", id: String = "2026001", className: String = "电商1班",
    sessionID: String = "20261123T060509Z-0000000000a1", mode: SessionMode = .solo,
    finished: Bool = true, messages: [RecordedMessage]? = nil, startedAt: RecordTime = start
  ) -> SessionRecord {
    SessionRecord(
      sessionID: sessionID,
      scenario: RecordScenario(
        path: "scenarios/dress.kefu", hash: String(repeating: "ab", count: 32), title: "连衣裙尺码咨询"),
      seed: 42, mode: mode, players: [RecordPlayer(name: name, id: id, className: className)],
      startedAt: startedAt, finished: finished, limitSeconds: 6,
      messages: messages ?? goodPath)
  }

  static let goodPath: [RecordedMessage] = [
    RecordedMessage(role: .buyer, text: "在吗？", ms: 0),
    RecordedMessage(role: .buyer, text: "这条碎花裙还有货吗", ms: 800),
    RecordedMessage(role: .seller, text: "亲，您好，欢迎光临，这款现货充足哦", ms: 3800, firstKeyMs: 1500),
    RecordedMessage(role: .buyer, text: "我160，一百斤，穿什么码合适？", ms: 4300),
    RecordedMessage(role: .seller, text: "亲，按您的身高体重，M码会比较合身", ms: 8300, firstKeyMs: 5000),
    RecordedMessage(role: .buyer, text: "嗯……我再考虑考虑吧", ms: 8800),
    RecordedMessage(
      role: .seller, text: "亲，不合身的话支持七天无理由退换，运费险也有的，您放心", ms: 13800, firstKeyMs: 9000),
    RecordedMessage(role: .buyer, text: "好吧，那我拍了，明天能发吗？", ms: 14300),
    RecordedMessage(role: .seller, text: "好的亲，今天下单今天发货，感谢您的支持", ms: 17300, firstKeyMs: nil),
  ]
}

final class SessionRecordTests: XCTestCase {
  func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "kefu-records-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    return path
  }

  func testRecordSurvivesAWriteAndReadRoundTrip() throws {
    var record = Fixtures.record(name: "李\"四\"，\n二号")
    record.seed = UInt64.max  // above 2^53: written as a string, read back exactly
    record.players.append(RecordPlayer(name: "王五", id: "", className: "", role: .buyer))
    record.grade = .object([("score", .int(88))])
    record.mode = .pair
    record.buyerEnd = .lost
    record.stoppedMs = 152_000
    let bytes = Array(record.fileText.utf8)
    let back = try SessionRecord.parse(bytes, path: "r.json")
    var expected = record
    expected.grade = nil
    expected.storedScore = 88
    XCTAssertEqual(back, expected)
  }

  func testFileTextHasTheSchemaKeyOrderAndOneMessagePerLine() {
    var record = Fixtures.record(messages: Array(Fixtures.goodPath.prefix(3)))
    record.grade = .object([("score", .int(60))])
    XCTAssertEqual(
      record.fileText,
      """
      {
        "schema": 1,
        "session_id": "20261123T060509Z-0000000000a1",
        "scenario": {"path":"scenarios/dress.kefu","hash":"\(String(repeating: "ab", count: 32))","title":"连衣裙尺码咨询"},
        "rubric_version": "\(Rubric.version)",
        "seed": 42,
        "mode": "solo",
        "players": [
          {"name":"张三","id":"2026001","class":"电商1班","role":"seller"}
        ],
        "started_at": "2026-11-23T14:05:09+08:00",
        "finished": true,
        "buyer_end": null,
        "limit_s": 6.0,
        "messages": [
          {"role":"buyer","text":"在吗？","ms":0},
          {"role":"buyer","text":"这条碎花裙还有货吗","ms":800},
          {"role":"seller","text":"亲，您好，欢迎光临，这款现货充足哦","ms":3800,"first_key_ms":1500}
        ],
        "grade": {"score":60}
      }

      """)
  }

  func testPlayerNamesAreTrimmedAndNFKCNormalised() {
    XCTAssertEqual(RecordPlayer(name: "张三 ").name, RecordPlayer(name: "张三").name)
    XCTAssertEqual(RecordPlayer(name: "\u{3000}张三", id: "２０２６００１").id, "2026001")
    XCTAssertEqual(RecordPlayer(name: "\u{3000}张三").name, "张三")
    // Names kefu reads as they are (ASCII and 汉字) come out as Foundation's NFKC and trim.
    for name in [
      "张三", "Amy Li", "电商1班", "2026001", " 张三", "张三 ", "张三\t", "\u{3000}张三", "ＡＢ", "Ⅱ班", "é",
      "e\u{301}", "欧阳 娜娜", "﨑", "李\u{200B}", "~!@#$%^&*()_+", "", " ", "王\n",
      "\u{202E}张三", "张三\u{200D}", "\u{FEFF}张三 \u{2066}",
    ] {
      let visible = String(
        String.UnicodeScalarView(
          name.precomposedStringWithCompatibilityMapping.unicodeScalars.filter {
            $0.properties.generalCategory != .format
          }))
      XCTAssertEqual(
        RecordPlayer.normalize(name), visible.trimmingCharacters(in: .whitespacesAndNewlines),
        name.debugDescription)
    }
  }

  /// Characters that show nothing (zero-width spaces and joiners, direction marks, a byte-order
  /// mark) made students who look the same on every screen separate rows of the class report:
  /// 「张三」, 「张\u{200B}三」 and 「张三\u{200D}」 were three students. They are dropped, as
  /// spaces at either end are.
  func testInvisibleCharactersDoNotMakeAnotherStudent() {
    for name in [
      "张\u{200B}三", "张三\u{200D}", "\u{202E}张三", "\u{2066}张三\u{2069}", "\u{FEFF}张三",
      "张三\u{200E} ", "\u{00AD}张三", "张\u{2060}三",
    ] {
      XCTAssertEqual(RecordPlayer(name: name).name, "张三", name.debugDescription)
    }
    XCTAssertEqual(RecordPlayer(name: "王五", id: "2024\u{200B}001").id, "2024001")
    XCTAssertEqual(RecordPlayer(name: "\u{200B}").name, "")
  }

  func testStartTimeKeepsItsUTCOffset() throws {
    let t = try XCTUnwrap(RecordTime.parse("2026-11-23T14:05:09+08:00"))
    XCTAssertEqual(t, Fixtures.start)
    XCTAssertEqual(t.utcOffsetSeconds, 28800)
    XCTAssertEqual(t.iso8601, "2026-11-23T14:05:09+08:00")
    XCTAssertEqual(t.spreadsheet, "2026-11-23 14:05:09")
    XCTAssertEqual(t.compactUTC, "20261123T060509Z")
    XCTAssertEqual(RecordTime.parse("2026-11-23T06:05:09.250Z")?.secondsSince1970, 1_795_413_909)
    XCTAssertEqual(
      RecordTime.parse("2026-11-23T01:05:09-0500")?.iso8601, "2026-11-23T01:05:09-05:00")
    XCTAssertNil(RecordTime.parse("2026-11-23 14:05:09"))
    XCTAssertNil(RecordTime.parse("2026-02-30T14:05:09+08:00"))
  }

  /// `started_at` takes the machine's offset as the C library (and `date`) reads TZ. With
  /// TZ=CST-8 (the POSIX way Chinese lab machines often set China time) `date` said 13:06 +0800
  /// and the record said 05:06 +00:00, the CSV's 开始时间 eight hours off; TZ=UTC-14 and GMT-8
  /// came out with the sign turned (28 and 16 hours off), TZ=<+14>-14 as UTC.
  func testTheStartTimeTakesTheOffsetTheMachineShows() {
    let saved = getenv("TZ").map { String(cString: $0) }
    defer {
      if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
      tzset()
    }
    let instant = Date(timeIntervalSince1970: 1_796_619_976)  // 2026-12-07T05:06:16Z
    for (tz, offset, text) in [
      ("CST-8", 8, "2026-12-07T13:06:16+08:00"), ("Asia/Shanghai", 8, "2026-12-07T13:06:16+08:00"),
      ("UTC-14", 14, "2026-12-07T19:06:16+14:00"), ("<+14>-14", 14, "2026-12-07T19:06:16+14:00"),
      ("GMT-8", 8, "2026-12-07T13:06:16+08:00"), ("UTC+8", -8, "2026-12-06T21:06:16-08:00"),
      ("EST5EDT", -5, "2026-12-07T00:06:16-05:00"), ("UTC", 0, "2026-12-07T05:06:16+00:00"),
      ("IST-5:30:30", 5.5, "2026-12-07T10:36:16+05:30"),
      // Past the ±14 hours a record may carry (`RecordTime.parse`): UTC, not a record that
      // every later command refuses.
      ("<+24>-24", 0, "2026-12-07T05:06:16+00:00"),
    ] as [(String, Double, String)] {
      setenv("TZ", tz, 1)
      tzset()
      let t = RecordTime(date: instant)
      XCTAssertEqual(t.utcOffsetSeconds, Int(offset * 3600), tz)
      XCTAssertEqual(t.iso8601, text, tz)
      XCTAssertEqual(RecordTime.parse(t.iso8601), t, tz)
    }
  }

  func testSessionIDsAreTimeBasedAndRandom() {
    var g = FixedGenerator(state: 1)
    let a = SessionRecord.makeSessionID(startedAt: Fixtures.start, using: &g)
    let b = SessionRecord.makeSessionID(startedAt: Fixtures.start, using: &g)
    XCTAssertTrue(a.hasPrefix("20261123T060509Z-"))
    XCTAssertEqual(a.count, "20261123T060509Z-".count + 12)
    XCTAssertNotEqual(a, b)
  }

  func testStoreCreatesTheFolderAndSavesUnderACollisionFreeName() throws {
    let dir = try temporaryDirectory() + "/机房/01号机"
    let store = try RecordStore(directory: dir)
    var record = Fixtures.record(name: "欧阳/娜娜: ")
    let path = try store.save(record)
    XCTAssertEqual(
      (path as NSString).lastPathComponent, "20261123-140509-欧阳_娜娜_-0000000000a1.json")
    record.messages.append(RecordedMessage(role: .buyer, text: "谢谢", ms: 20000))
    XCTAssertEqual(try store.save(record), path, "every save of one session replaces its file")
    XCTAssertEqual(try SessionRecord.read(path: path).messages.count, record.messages.count)
    let files = try FileManager.default.contentsOfDirectory(atPath: dir)
    XCTAssertEqual(files, [(path as NSString).lastPathComponent], "no temporary files are left")
  }

  func testStoreRefusesAFolderItCannotWrite() throws {
    let dir = try temporaryDirectory()
    let file = dir + "/records"
    _ = FileManager.default.createFile(atPath: file, contents: Data())
    XCTAssertThrowsError(try RecordStore(directory: file)) { error in
      XCTAssertTrue("\(error)".contains("不是文件夹"), "\(error)")
    }
    if getuid() != 0 {
      let locked = dir + "/locked"
      try FileManager.default.createDirectory(atPath: locked, withIntermediateDirectories: false)
      chmod(locked, 0o555)
      defer { chmod(locked, 0o755) }
      XCTAssertThrowsError(try RecordStore(directory: locked)) { error in
        XCTAssertTrue("\(error)".contains("不可写"), "\(error)")
      }
    }
  }

  func testCorruptRecordsGetMessagesThatSayWhatIsWrong() {
    func reason(_ text: String) -> String {
      do {
        _ = try SessionRecord.parse(Array(text.utf8), path: "a.json")
        return "(read fine)"
      } catch let e as RecordError {
        return e.reason
      } catch {
        return "\(error)"
      }
    }
    let good = Fixtures.record().fileText
    XCTAssertEqual(reason(""), "记录损坏：文件是空的")
    XCTAssertEqual(
      reason(String(good.prefix(200))), "记录损坏：JSON 不完整，文件可能在写入或复制时被截断")
    XCTAssertTrue(reason("{\"schema\": 1,\n x}").hasPrefix("记录损坏：不是合法的 JSON（第 2 行"))
    XCTAssertEqual(reason("[1,2]"), "记录损坏：最外层应是 JSON 对象 {…}，这里是数组 […]")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"finished\": true", with: "\"finished\": \"yes\"")),
      "记录损坏：finished 应是true 或 false，实际是 字符串 \"yes\"")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"ms\":800", with: "\"msec\":800")),
      "记录损坏：缺少字段 messages[1].ms")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"ms\":800", with: "\"ms\":\"800\"")),
      "记录损坏：messages[1].ms 应是 0 到 2592000000 之间的整数（毫秒），实际是 字符串 \"800\"（第 17 行）")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"mode\": \"solo\"", with: "\"mode\": \"duo\"")),
      "记录损坏：mode 应是 solo、pair、net、script 或 shift，实际是 \"duo\"")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"schema\": 1", with: "\"schema\": 2")),
      "这份记录由更新版本的 kefu 写入（格式版本 2，本程序只认识到 1），请升级 kefu 后再读")
    XCTAssertEqual(
      reason(good.replacingOccurrences(of: "\"schema\": 1,", with: "")), "记录损坏：缺少字段 schema")
  }

  func testARecordWithOnlyTheRequiredFieldsReadsWithDefaults() throws {
    // What an early or hand-made writer might leave out: hash, title, rubric_version, seed,
    // limit_s, first_key_ms, player id/class/role and the grade.
    let text = """
      {"schema":1,"session_id":"s1","scenario":{"path":"dress.kefu"},"mode":"script",
       "players":[{"name":" 张三"}],"started_at":"2026-11-23T14:05:09+08:00","finished":false,
       "messages":[{"role":"buyer","text":"在吗","ms":0},{"role":"seller","text":"在的亲","ms":2000}]}
      """
    let r = try SessionRecord.parse(Array(text.utf8), path: "old.json")
    XCTAssertEqual(r.scenario, RecordScenario(path: "dress.kefu", hash: "", title: ""))
    XCTAssertEqual(r.players, [RecordPlayer(name: "张三", role: .seller)])
    XCTAssertNil(
      r.limitSeconds, "no limit recorded: re-grading uses the scenario's, else the rubric's")
    XCTAssertEqual(r.seed, 0)
    XCTAssertEqual(r.mode, .script)
    XCTAssertNil(r.messages[1].firstKeyMs)
    XCTAssertNil(r.storedScore)
  }

  /// A record as the first record format wrote it (2026-11-23), before buyer_end, end,
  /// scenario.product / addons / sales, stopped_ms and shift were added (docs/records.md lists
  /// when each came): it still loads, each later field at its documented default, and written
  /// again it gains none of them (nothing is made up).
  func testARecordOfTheFirstFormatLoadsWithTheLaterFieldsAtTheirDefaults() throws {
    let text = """
      {
        "schema": 1,
        "session_id": "20261123T060509Z-00000000beef",
        "scenario": {"path":"scenarios/mug.kefu","hash":"\(String(repeating: "cd", count: 32))","title":"马克杯有没有货"},
        "rubric_version": "1",
        "seed": 7,
        "mode": "solo",
        "players": [
          {"name":"李雷","id":"2026002","class":"电商2班","role":"seller"}
        ],
        "started_at": "2026-11-23T14:05:09+08:00",
        "finished": true,
        "limit_s": 6.0,
        "messages": [
          {"role":"buyer","text":"杯子还有吗","ms":0},
          {"role":"seller","text":"亲，您好，有现货的哦","ms":3100,"first_key_ms":1200}
        ],
        "grade": {"score":61,"tier":3,"outcome":"deal"}
      }
      """
    let r = try SessionRecord.parse(Array(text.utf8), path: "first.json")
    XCTAssertNil(r.buyerEnd)
    XCTAssertNil(r.ending, "no end: graded through the scenario file, or as unfinished")
    XCTAssertNil(r.scenario.sales)
    XCTAssertFalse(r.scenario.carriesFacts)
    XCTAssertNil(r.scenario.product)
    XCTAssertEqual(r.scenario.addons, [])
    XCTAssertNil(r.stoppedMs)
    XCTAssertNil(r.shift)
    XCTAssertEqual(r.limitSeconds, 6)
    XCTAssertEqual(r.messages[1].firstKeyMs, 1200)
    XCTAssertEqual(r.storedScore, 61)
    let again = r.fileText
    for key in ["\"buyer_end\": null", "\"end\"", "\"sales\"", "\"stopped_ms\"", "\"shift\""] {
      XCTAssertEqual(again.contains(key), key == "\"buyer_end\": null", key)
    }
    // A newer kefu's grade object (keys this one does not know) is read past, never trusted.
    let newer = text.replacingOccurrences(
      of: "\"grade\": {\"score\":61,", with: "\"grade\": {\"score\":61,\"after_sales\":true,")
    XCTAssertEqual(try SessionRecord.parse(Array(newer.utf8), path: "newer.json").storedScore, 61)
  }
}
