import Foundation
import KefuText
import XCTest

@testable import KefuRecords

final class HostileRecordTests: XCTestCase {
  func record(_ messages: String, limit: String = "6.0") -> [UInt8] {
    Array(
      """
      {"schema":1,"session_id":"s1","scenario":{"path":"x.kefu"},"mode":"solo",
      "players":[{"name":"张三","role":"seller"}],"started_at":"2026-11-23T14:05:09+08:00",
      "finished":true,"limit_s":\(limit),"messages":[\(messages)]}
      """.utf8)
  }

  func reason(_ bytes: [UInt8]) -> String {
    do {
      _ = try SessionRecord.parse(bytes, path: "r.json")
      return "read"
    } catch {
      return (error as? RecordError)?.reason ?? "\(error)"
    }
  }

  func testNumbersThatWouldOverflowAreRefusedAsCorrupt() {
    let overflow = record(
      #"{"role":"buyer","text":"在吗","ms":0},{"role":"seller","text":"在","ms":9223372036854775807,"first_key_ms":-9223372036854775808}"#
    )
    XCTAssertTrue(reason(overflow).hasPrefix("记录损坏：messages[1].ms 应是 0 到"), reason(overflow))
    let keyAfterSend = record(
      #"{"role":"buyer","text":"在吗","ms":0},{"role":"seller","text":"在","ms":100,"first_key_ms":5000}"#
    )
    XCTAssertTrue(reason(keyAfterSend).hasPrefix("记录损坏：messages[1].first_key_ms 应是 0 到本条 ms"))
    XCTAssertEqual(
      reason(record("", limit: "1e20")), "记录损坏：limit_s 应是 0 到 3600 之间的秒数，实际是 1e+20")
  }

  func testEmptyArrayDeepAndUTF16FilesAreNamed() {
    XCTAssertEqual(reason([]), "记录损坏：文件是空的")
    XCTAssertEqual(reason(Array("[{}]".utf8)), "记录损坏：最外层应是 JSON 对象 {…}，这里是数组 […]")
    let deep =
      "{\"a\":" + String(repeating: "[", count: 600) + String(repeating: "]", count: 600) + "}"
    XCTAssertEqual(reason(Array(deep.utf8)), "记录损坏：JSON 嵌套超过 512 层，不是 kefu 的练习记录")
    XCTAssertTrue(reason([0xFF, 0xFE, 0x7B, 0]).contains("UTF-16"))
  }

  func testLandlinesDottedAndFullWidthNumbersAreMasked() {
    let cases = [
      "(0571)88886666": "0571-****6666", "（0571）8888-6666": "0571-****6666",
      "057188886666": "0571-****6666", "０５７１－８８８８６６６６": "0571-****6666",
      "0571-88886666": "0571-****6666", "010 12345678": "010-****5678",
      "138.1234.5678": "138****5678", "１３８１２３４５６７８": "138****5678",
    ]
    for (raw, masked) in cases {
      XCTAssertEqual(PrivacyMask.mask("电话\(raw)谢谢"), "电话\(masked)谢谢", raw)
    }
    XCTAssertEqual(PrivacyMask.mask("订单 20261205143440123"), "订单 20261205143440123")
  }

  func testPlainLogClockWrapsAndReversalsAreToldApart() throws {
    let wrap = "[59:50] 顾客: 在吗\n[00:05] 客服: 您好\n[40:00] 顾客: 有货吗\n[40:03] 客服: 有的\n"
    let log = try ChatLogReader.parse(wrap, path: "w.txt", seller: nil)
    XCTAssertEqual(log.messages.map(\.ms), [0, 15_000, 2_410_000, 2_413_000])
    let back = "[59:50] 顾客: 在吗\n[00:05] 客服: 您好\n[00:02] 顾客: 有货吗\n"
    XCTAssertThrowsError(try ChatLogReader.parse(back, path: "b.txt", seller: nil)) { error in
      XCTAssertEqual((error as? ChatLogError)?.line, 3)
    }
  }

  func testCarriageReturnOnlyLogsAreSplitAndYearZeroIsNamed() throws {
    let log = try ChatLogReader.parse(
      "[00:01] 顾客: 在吗\r[00:03] 客服: 您好\r", path: "cr.txt", seller: nil)
    XCTAssertEqual(log.messages.count, 2)
    let shop = "张三 2026-11-23 14:05:09\n在吗\n客服小美 0000-11-23 14:05:19\n您好\n"
    XCTAssertThrowsError(try ChatLogReader.parse(shop, path: "y.txt", seller: nil)) { error in
      XCTAssertTrue("\(error)".contains("年份不对"), "\(error)")
    }
  }

  func testFileNamesDropDirectionControlsAndStackedMarks() {
    XCTAssertEqual(RecordStore.safeComponent("ab\u{202E}gpj.exe"), "abgpj.exe")
    let stacked = RecordStore.safeComponent("a" + String(repeating: "\u{0301}", count: 100))
    XCTAssertLessThanOrEqual(stacked.utf8.count, 72)
    XCTAssertEqual(stacked.unicodeScalars.count, 3, "a and two of its marks")
    XCTAssertLessThanOrEqual(
      RecordStore.safeComponent(String(repeating: "张", count: 100)).utf8.count, 72)
  }

  /// A record's folder, cut by hand for plain paths, is the folder Foundation gives. (Not for
  /// the path ".", on which this Foundation traps; a record's path ends in `.json`.)
  func testARecordsFolderIsFoundationsForEveryPath() {
    for path in [
      "a/b.json", "/tmp/class/机房-07/r00123.json", "/y.json", "y.json", "", "/", "//", "a//b.json",
      "a/./b.json", "a/../b.json", "./b.json", "../b.json", "a/b/", "a/b//", "//a/b.json",
      "a/.hidden/b.json", "a/.../b.json", "a/b.c/d.json", "a/b/..", "a/b/.", "..", "/a",
      "张三/ 空格 /r.json", "a\\b/c.json",
    ] {
      XCTAssertEqual(
        ScenarioLibrary.folder(path), (path as NSString).deletingLastPathComponent, path)
    }
  }

  /// The scenario's file name, cut at the last slash in the bytes, is the last part the
  /// characters give.
  func testAScenariosFileNameIsTheLastPartOfItsPath() {
    for path in [
      "scenarios/01-starter-greeting.kefu", "dress.kefu", "", "/", "//", "a/", "a//", "/a",
      "C:\\课程\\回访.kefu", "x/\\/y.kefu", "场景/回访.kefu", "a/\u{301}b.kefu", "a/b\u{301}/",
      "é/ü.kefu", "a\r\n/b", "/\u{200D}x", "ﬁ/ｘ.kefu",
    ] {
      let expected =
        path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
      XCTAssertEqual(
        RecordScenario(path: path, hash: "", title: "").fileName, expected, path.debugDescription)
    }
  }

  /// A file the folder listed as a regular file is opened without a `stat` first; whatever it
  /// turns out to be, it is read or refused as any other file.
  func testAListedFileIsReadOrRefusedAsAnyOther() throws {
    let dir = NSTemporaryDirectory() + "kefu-listed-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: dir + "/夹.json", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    _ = FileManager.default.createFile(atPath: dir + "/r.json", contents: Data(record("")))
    _ = FileManager.default.createFile(atPath: dir + "/big.json", contents: Data(count: 100))
    XCTAssertEqual(mkfifo(dir + "/管道.json", 0o600), 0)
    symlink(dir + "/没有.json", dir + "/断链.json")
    symlink("/dev/null", dir + "/设备.json")
    func outcome(_ name: String, limit: Int = TextFile.defaultLimit, listed: Bool) -> String {
      do {
        return
          "\(try TextFile.readBytes(dir + "/" + name, limit: limit, listedRegular: listed).count)"
      } catch {
        return "\(error)"
      }
    }
    for name in ["r.json", "夹.json", "管道.json", "断链.json", "设备.json", "不存在.json", "big.json"] {
      XCTAssertEqual(outcome(name, listed: true), outcome(name, listed: false), name)
      XCTAssertEqual(
        outcome(name, limit: 50, listed: true), outcome(name, limit: 50, listed: false))
    }
    XCTAssertEqual(outcome("r.json", listed: true), "\(record("").count)")
    XCTAssertTrue(outcome("big.json", limit: 50, listed: true).contains("big.json"))
    XCTAssertEqual(
      try SessionRecord.read(path: dir + "/r.json", listedRegular: true),
      try SessionRecord.read(path: dir + "/r.json"))
  }

  func testLinksThatLeadNowhereOrInACircleAreNamed() throws {
    let dir = NSTemporaryDirectory() + "kefu-hostile-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir + "/机房", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    symlink(dir + "/没有.json", dir + "/机房/断链.json")
    symlink("圈2.json", dir + "/圈1.json")
    symlink("圈1.json", dir + "/圈2.json")
    symlink(dir, dir + "/机房/回到上层")  // a folder loop: visited once
    let found = RecordFolder.scan(dir)
    XCTAssertEqual(found.files.count, 0)
    XCTAssertEqual(
      found.problems.map { ($0.path as NSString).lastPathComponent + " " + $0.reason }.sorted(),
      ["圈1.json 符号链接形成了循环", "圈2.json 符号链接形成了循环", "断链.json 链接指向的文件不存在"])
  }

  /// A Windows zip unpacked on Linux leaves names in GBK, not UTF-8: a folder 「机房A」 so named
  /// was skipped without a word (its records missing from the CSV), a record 「张三.json」 was
  /// reported as 「文件不存在」 although it is there. Both are named, with what to do.
  func testNamesThatAreNotUTF8AreNamedNotSkipped() throws {
    let dir = NSTemporaryDirectory() + "kefu-hostile-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    func bytesPath(_ name: [UInt8]) -> [CChar] {
      (Array((dir + "/").utf8) + name + [0]).map { CChar(bitPattern: $0) }
    }
    let room: [UInt8] = [0xBB, 0xFA, 0xB7, 0xBF, 0x41]  // 机房A in GBK
    XCTAssertEqual(mkdir(bytesPath(room), 0o755), 0)
    let name: [UInt8] = [0xD5, 0xC5, 0xC8, 0xFD] + Array(".json".utf8)  // 张三.json in GBK
    let fd = open(bytesPath(name), O_CREAT | O_WRONLY, 0o644)
    XCTAssertGreaterThanOrEqual(fd, 0)
    close(fd)
    let other: [UInt8] = [0xC0, 0xEE] + Array(".txt".utf8)  // not a record: left alone
    close(open(bytesPath(other), O_CREAT | O_WRONLY, 0o644))
    FileManager.default.createFile(atPath: dir + "/好.json", contents: Data())

    let found = RecordFolder.scan(dir)
    XCTAssertEqual(found.files.map(\.relative), ["好.json"])
    XCTAssertEqual(found.problems.count, 2, "\(found.problems)")
    for problem in found.problems {
      XCTAssertTrue(problem.reason.hasPrefix("名字不是 UTF-8 编码"), problem.reason)
      XCTAssertTrue(problem.reason.contains("unzip -O GBK"), problem.reason)
    }
    XCTAssertTrue(
      found.problems.contains { $0.reason.contains("其中的记录都没有读到") }, "the folder says so")
  }

  /// A GBK-named link to a folder (or any entry on a file system whose listing gives no kinds,
  /// DT_UNKNOWN) was skipped without a word, though a link with a UTF-8 name is followed.
  func testALinkToAFolderWhoseNameIsNotUTF8IsNamed() throws {
    let dir = NSTemporaryDirectory() + "kefu-hostile-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir + "/真的", withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let link: [UInt8] = [0xC1, 0xB4, 0xBD, 0xD3]  // 链接 in GBK
    let raw = (Array((dir + "/").utf8) + link + [0]).map { CChar(bitPattern: $0) }
    XCTAssertEqual(symlink(dir + "/真的", raw), 0)

    let found = RecordFolder.scan(dir)
    XCTAssertEqual(found.problems.count, 1, "\(found.problems)")
    XCTAssertTrue(
      found.problems.first?.reason.contains("文件夹，其中的记录都没有读到") ?? false,
      "\(found.problems)")
  }
}
