import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `kefu play` in a real (pseudo-)terminal, typed at like a student: Chinese text, Backspace,
/// Enter, then Ctrl-C. The record on disk must hold every sent message and be marked unfinished.
final class InteractiveCLITests: XCTestCase {
  var master: Int32 = -1
  var slave: Int32 = -1
  var screen = ""

  override func setUpWithError() throws {
    #if os(Linux)
      // posix_openpt is hidden from Swift's Glibc: open /dev/ptmx, unlock (TIOCSPTLCK), number
      // (TIOCGPTN), as it does.
      master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      try XCTSkipIf(master < 0, "no pseudo-terminals here")
      var unlock: Int32 = 0
      var number: UInt32 = 0
      _ = withUnsafeMutablePointer(to: &unlock) { ioctl(master, UInt(0x4004_5431), $0) }
      _ = withUnsafeMutablePointer(to: &number) { ioctl(master, UInt(0x8004_5430), $0) }
      slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    #else
      master = posix_openpt(O_RDWR | O_NOCTTY)
      try XCTSkipIf(master < 0, "no pseudo-terminals here")
      grantpt(master)
      unlockpt(master)
      slave = open(String(cString: ptsname(master)), O_RDWR | O_NOCTTY)
    #endif
    try XCTSkipIf(slave < 0, "no pseudo-terminals here")
  }

  override func tearDown() {
    close(master)
  }

  /// Reads what kefu drew until `text` appears (escape codes and all) or 10 s pass.
  @discardableResult
  func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> Bool {
    let deadline = Date().addingTimeInterval(10)
    var bytes: [UInt8] = []
    while Date() < deadline {
      if screen.contains(text) { return true }
      var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&pfd, 1, 100) > 0 else { continue }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      bytes += buffer[0..<n]
      screen += String(decoding: bytes, as: UTF8.self)
      bytes = []
    }
    if screen.contains(text) { return true }
    XCTFail(
      "kefu never showed 「\(text)」; screen so far:\n\(screen.suffix(600))", file: file, line: line)
    return false
  }

  func type(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  func testTypingChineseThenCtrlCSavesAnUnfinishedRecordAndPrintsTheCard() throws {
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    let process = Process()
    process.executableURL = KefuProcess.productsDirectory.appendingPathComponent("kefu")
    process.arguments = [
      "play", "scenarios/02-sneaker-size.kefu", "--name", "终端测试", "--records", records.path,
    ]
    process.currentDirectoryURL = KefuProcess.repoRoot
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["TERM"] = "xterm"
    process.environment = env
    let tty = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
    process.standardInput = tty
    process.standardOutput = tty
    process.standardError = tty
    try process.run()
    defer { if process.isRunning { process.terminate() } }

    waitFor("42码有吗")
    type("亲，您好，42码有现货哦吗")
    type("\u{7F}")  // Backspace removes the whole 吗, not one byte of it
    type("\r")
    waitFor("我：亲，您好，42码有现货哦（")
    type("半截话")
    type("\u{03}")  // Ctrl-C arrives as a byte in raw mode
    waitFor("成绩单")
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    XCTAssertFalse(process.isRunning)
    XCTAssertEqual(process.terminationStatus, 0)

    let files = try FileManager.default.contentsOfDirectory(atPath: records.path)
      .filter { $0.hasSuffix(".json") }
    XCTAssertEqual(files.count, 1)
    let data = try Data(contentsOf: records.appendingPathComponent(files[0]))
    let record = try XCTUnwrap(JSONSerialization.jsonObject(with: data) as? [String: Any])
    XCTAssertEqual(record["finished"] as? Bool, false)
    XCTAssertEqual(record["mode"] as? String, "solo")
    let messages = try XCTUnwrap(record["messages"] as? [[String: Any]])
    let seller = messages.filter { $0["role"] as? String == "seller" }
    XCTAssertEqual(seller.map { $0["text"] as? String }, ["亲，您好，42码有现货哦"])
    XCTAssertNotNil(seller.first?["first_key_ms"] as? Int, "the first keystroke is recorded")
    XCTAssertFalse(messages.contains { ($0["text"] as? String)?.contains("半截") == true })
  }

  func testANameOfOnlySpacesIsAskedAgainAndNoPromptIsLeftAboveTheTitle() throws {
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    let process = Process()
    process.executableURL = KefuProcess.productsDirectory.appendingPathComponent("kefu")
    process.arguments = ["play", "scenarios/02-sneaker-size.kefu", "--records", records.path]
    process.currentDirectoryURL = KefuProcess.repoRoot
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["TERM"] = "xterm"
    env["KEFU_NAME"] = nil
    process.environment = env
    let tty = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
    process.standardInput = tty
    process.standardOutput = tty
    process.standardError = tty
    try process.run()
    defer { if process.isRunning { process.terminate() } }

    waitFor("请输入你的姓名")
    type("  \u{3000} \r")
    waitFor("姓名不能是空的，请再输入一次")
    type("王五\r")
    waitFor("42码有吗")
    let beforeTitle = screen.components(separatedBy: "【").first ?? ""
    XCTAssertFalse(beforeTitle.contains("等待买家"), beforeTitle)
    type("\u{03}")
    waitFor("成绩单")
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    XCTAssertEqual(process.terminationStatus, 0)
    let files = try FileManager.default.contentsOfDirectory(atPath: records.path)
    XCTAssertEqual(files.count, 1)
    XCTAssertTrue(files[0].contains("王五"), files[0])
  }
}
