import Foundation
import XCTest

@testable import KefuText

final class HostileTextTests: XCTestCase {
  func testControlAndDirectionCharactersAreShownNotExecuted() {
    let hostile = "清屏\u{1B}[2J标题\u{1B}]0;x\u{07}回车\r归位\u{9B}31m反\u{202E}向\u{7F}"
    let shown = VisibleText.sanitize(hostile)
    XCTAssertEqual(shown, "清屏␛[2J标题␛]0;x␇回车␍归位<U+009B>31m反<U+202E>向␡")
    XCTAssertFalse(
      shown.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    XCTAssertEqual(VisibleText.sanitize("行一\r\n行二\t制表"), "行一\r\n行二\t制表", "CRLF, LF and tab stay")
    XCTAssertEqual(VisibleText.sanitize("普通的中文回复"), "普通的中文回复")
  }

  /// The JSON string written as bytes (kefu check --jsonl) is the one written as a String.
  func testJSONStringBytesMatchTheStringForm() {
    for text in [
      "", "plain", "中文…—“引号”", "a\"b\\c", "行一\n行二\r\t", "a\u{9B}b\u{202E}c\u{1B}\u{7F}",
      "\u{0}\u{1F}\u{80}\u{9F}\u{200E}\u{200F}\u{061C}\u{2066}\u{2069}", "é¢ØŸ€😀", "…\"",
      "\u{2065}\u{206A}\u{200D}\u{2029}\u{202F}\u{A0}\u{61B}",
    ] {
      var bytes: [UInt8] = []
      JSONValue.writeString(text, to: &bytes)
      var string = ""
      JSONValue.writeString(text, to: &string)
      XCTAssertEqual(String(decoding: bytes, as: UTF8.self), string, text)
      let plain = Array(text.utf8).withUnsafeBufferPointer { JSONValue.isPlain($0) }
      XCTAssertEqual(plain, string == "\"" + text + "\"", text)
    }
  }

  func testKeepingStyleLetsOnlySGRThrough() {
    let styled = "\u{1B}[1;31m红\u{1B}[0m\u{1B}]52;c;aGk=\u{07}"
    XCTAssertEqual(
      VisibleText.sanitize(styled, keepingStyle: true), "\u{1B}[1;31m红\u{1B}[0m␛]52;c;aGk=␇")
  }

  func testKeepingStyleLetsOnlyKefusOwnPaletteThrough() {
    for own in ["\u{1B}[0m", "\u{1B}[m", "\u{1B}[1;36m", "\u{1B}[2m", "\u{1B}[1;35m"] {
      XCTAssertEqual(VisibleText.sanitize(own + "字", keepingStyle: true), own + "字")
    }
    // Hidden, blinking, reversed, black, on a background, 256 colours: never kefu's own.
    for foreign in [
      "\u{1B}[8m", "\u{1B}[5m", "\u{1B}[7m", "\u{1B}[30m", "\u{1B}[1;41m", "\u{1B}[38;5;0m",
      "\u{1B}[0001m",
    ] {
      let shown = VisibleText.sanitize("甲" + foreign + "乙", keepingStyle: true)
      XCTAssertEqual(shown, "甲␛" + foreign.dropFirst() + "乙")
    }
  }

  func testJSONEscapesC1AndDirectionControls() {
    XCTAssertEqual(JSONValue.string("a\u{9B}b\u{202E}c\u{1B}").text, "\"a\\u009bb\\u202ec\\u001b\"")
    XCTAssertEqual(JSONValue.string("中文…—").text, "\"中文…—\"")
  }

  func testOnlyRegularFilesAreReadAndNeverHang() throws {
    let start = Date()
    XCTAssertThrowsError(try TextFile.readBytes("/dev/zero")) { error in
      XCTAssertEqual(error as? TextFileError, .notRegular(path: "/dev/zero", kind: "设备文件"))
    }
    let dir = NSTemporaryDirectory() + "kefu-hostile-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let fifo = dir + "/管道.kefu"
    guard mkfifo(fifo, 0o600) == 0 else { throw XCTSkip("mkfifo is not available here") }
    XCTAssertThrowsError(try TextFile.readBytes(fifo)) { error in
      XCTAssertEqual((error as? TextFileError)?.message, "\(fifo): 这是命名管道（FIFO），不是普通文件，不会读取")
    }
    symlink(dir + "/没有", dir + "/断链.json")
    XCTAssertEqual(
      (try? TextFile.readBytes(dir + "/断链.json")).map { _ in "read" } ?? "refused", "refused")
    XCTAssertLessThan(Date().timeIntervalSince(start), 5, "nothing may block or grow")
  }

  func testFilesOfAnySizeAreReadWholeAndTheLimitHolds() throws {
    let dir = NSTemporaryDirectory() + "kefu-read-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for size in [0, 1, 4095, 65_536, 65_537, 300_001] {
      let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
      let path = dir + "/f\(size)"
      FileManager.default.createFile(atPath: path, contents: Data(bytes))
      XCTAssertEqual(try TextFile.readBytes(path), bytes, "\(size) bytes")
    }
    XCTAssertThrowsError(try TextFile.readBytes(dir + "/f65537", limit: 65_536)) { error in
      XCTAssertEqual(
        error as? TextFileError, .tooLarge(path: dir + "/f65537", bytes: 65_537, limit: 65_536))
    }
    // /proc files say they are empty and are not: read to their end all the same.
    let status = try TextFile.readBytes("/proc/self/status")
    XCTAssertTrue(String(decoding: status, as: UTF8.self).hasPrefix("Name:"))
  }

  func testUTF16IsNamed() {
    let bytes: [UInt8] = [0xFF, 0xFE] + Array("[00:01]".utf16).flatMap { [UInt8($0 & 0xFF), 0] }
    XCTAssertThrowsError(try TextFile.decode(bytes, path: "log.txt")) { error in
      XCTAssertEqual(error as? TextFileError, .utf16(path: "log.txt"))
    }
  }

  func testAFullDeviceIsAnError() throws {
    let fd = open("/dev/full", O_WRONLY)
    guard fd >= 0 else { throw XCTSkip("/dev/full is not available on this system") }
    defer { close(fd) }
    XCTAssertEqual(Posix.writeAll(fd, Array("成绩".utf8)[...]), ENOSPC)
    XCTAssertThrowsError(try AtomicFile.write("x", to: "/dev/full")) { error in
      XCTAssertEqual((error as? AtomicFileError)?.description, "/dev/full: 无法写入（磁盘已满）")
    }
  }

  func testOutputPathsAreWrittenIntoOrThroughNeverReplaced() throws {
    let dir = NSTemporaryDirectory() + "kefu-hostile-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    // A device is written into, not replaced by a regular file.
    try AtomicFile.write("丢掉", to: "/dev/null")
    var info = stat()
    XCTAssertEqual(stat("/dev/null", &info), 0)
    XCTAssertEqual(FileKind(mode: info.st_mode), .characterDevice)
    // A link: its target gets the bytes, the link stays a link.
    try "旧".write(toFile: dir + "/目标.csv", atomically: false, encoding: .utf8)
    symlink(dir + "/目标.csv", dir + "/链接.csv")
    try AtomicFile.write("新", to: dir + "/链接.csv")
    XCTAssertEqual(try String(contentsOfFile: dir + "/目标.csv", encoding: .utf8), "新")
    XCTAssertEqual(lstat(dir + "/链接.csv", &info), 0)
    XCTAssertEqual(FileKind(mode: info.st_mode), .symbolicLink)
    // A folder and a link to nowhere are refused with a reason.
    XCTAssertThrowsError(try AtomicFile.write("x", to: dir)) { error in
      XCTAssertEqual((error as? AtomicFileError)?.reason, "这是一个文件夹")
    }
    symlink(dir + "/没有/x", dir + "/断链.csv")
    XCTAssertThrowsError(try AtomicFile.write("x", to: dir + "/断链.csv"))
  }

  /// `kefu report records >&-` (standard output closed by the caller) said
  /// 「无法写出到标准输出（Bad file descriptor）」: the reasons a user can meet are in Chinese.
  func testReasonsAUserCanMeetAreInChinese() {
    for code in [EBADF, EACCES, ENOENT, ENOSPC, EPIPE, EIO, EISDIR, EROFS, ENXIO] {
      let reason = Posix.reason(code)
      XCTAssertFalse(
        reason.unicodeScalars.contains { $0.properties.isAlphabetic && $0.isASCII },
        "\(code): \(reason)")
    }
  }

  /// `kefu grade 张三.json` with the name in GBK (a Windows zip unpacked here): the shell passes
  /// bytes that are not UTF-8, which arrive as U+FFFD, and the file 「does not exist」. The error
  /// says why.
  func testAMissingFileWhoseNameWasNotUTF8SaysSo() throws {
    var gbk = Array(NSTemporaryDirectory().utf8) + [0xD5, 0xC5, 0xC8, 0xFD] + Array(".json".utf8)
    let path = String(decoding: gbk, as: UTF8.self)
    gbk.append(0)
    let fd = open(gbk.map { CChar(bitPattern: $0) }, O_CREAT | O_WRONLY, 0o644)
    XCTAssertGreaterThanOrEqual(fd, 0)
    close(fd)
    defer { unlink(gbk.map { CChar(bitPattern: $0) }) }
    XCTAssertThrowsError(try TextFile.readBytes(path)) { error in
      XCTAssertEqual(
        (error as? TextFileError)?.message,
        path + ": 文件不存在（名字里有不是 UTF-8 的字节，多半是 GBK 编码的文件名：请把文件改名，或用 unzip -O GBK 重新解压）")
    }
    XCTAssertThrowsError(try TextFile.readBytes("/没有这个文件.json")) { error in
      XCTAssertEqual((error as? TextFileError)?.message, "/没有这个文件.json: 文件不存在")
    }
  }
}
