import Foundation
import XCTest

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The built `kefu` in a pseudo-terminal, read and typed at like a student at a keyboard.
final class PtyKefu {
  let process = Process()
  private var master: Int32 = -1
  private var screen: [UInt8] = []
  /// Where the next `waitFor` starts looking (text already waited for is not found again).
  private var consumed = 0

  /// `environment`: variables to set (nil: to remove) on top of the test's own.
  init(
    _ args: [String], directory: URL, columns: Int? = nil, environment: [String: String?] = [:]
  ) throws {
    #if os(Linux)
      master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      guard master >= 0 else { throw XCTSkip("no pseudo-terminals here") }
      var unlock: Int32 = 0
      var number: UInt32 = 0
      _ = withUnsafeMutablePointer(to: &unlock) { ioctl(master, UInt(0x4004_5431), $0) }
      _ = withUnsafeMutablePointer(to: &number) { ioctl(master, UInt(0x8004_5430), $0) }
      let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    #else
      master = posix_openpt(O_RDWR | O_NOCTTY)
      guard master >= 0 else { throw XCTSkip("no pseudo-terminals here") }
      grantpt(master)
      unlockpt(master)
      let slave = open(String(cString: ptsname(master)), O_RDWR | O_NOCTTY)
    #endif
    guard slave >= 0 else { throw XCTSkip("no pseudo-terminals here") }
    if let columns {
      var size = winsize(ws_row: 24, ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
      _ = withUnsafeMutablePointer(to: &size) { ioctl(master, UInt(TIOCSWINSZ), $0) }
    }
    process.executableURL = KefuProcess.productsDirectory.appendingPathComponent("kefu")
    process.arguments = args
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    env["TERM"] = "xterm"
    for key in ["KEFU_NAME", "KEFU_ID", "KEFU_CLASS", "KEFU_RECORDS"] { env[key] = nil }
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let tty = FileHandle(fileDescriptor: slave, closeOnDealloc: true)
    process.standardInput = tty
    process.standardOutput = tty
    process.standardError = tty
    try process.run()
  }

  deinit {
    if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    close(master)
  }

  /// Reads until `text` appears after what was already waited for, at most 10 s; returns the
  /// screen text up to and including it.
  @discardableResult
  func waitFor(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> String {
    let deadline = Date().addingTimeInterval(10)
    let needle = Array(text.utf8)
    while true {
      if let range = find(needle) {
        let seen = String(decoding: screen[..<range], as: UTF8.self)
        consumed = range
        return seen
      }
      if Date() >= deadline { break }
      var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
      guard poll(&pfd, 1, 50) > 0 else { continue }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if n <= 0 { break }
      screen += buffer[0..<n]
    }
    let tail =
      String(decoding: screen.suffix(800), as: UTF8.self)
      + " [\(screen.count) bytes, running: \(process.isRunning)]"
    XCTFail("kefu never showed 「\(text)」; screen so far:\n\(tail)", file: file, line: line)
    return ""
  }

  private func find(_ needle: [UInt8]) -> Int? {
    guard screen.count - consumed >= needle.count else { return nil }
    var i = consumed
    while i + needle.count <= screen.count {
      if screen[i] == needle[0] && Array(screen[i..<(i + needle.count)]) == needle {
        return i + needle.count
      }
      i += 1
    }
    return nil
  }

  func type(_ text: String) {
    let bytes = Array(text.utf8)
    _ = bytes.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
  }

  func waitForExit() -> Int32? {
    let deadline = Date().addingTimeInterval(10)
    while process.isRunning && Date() < deadline { usleep(20_000) }
    return process.isRunning ? nil : process.terminationStatus
  }
}

/// Two students on two terminals, both running the built `kefu`, on 127.0.0.1.
final class NetPlayCLITests: XCTestCase {
  /// A port that was free a moment ago.
  func freePort() throws -> Int {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    defer { close(fd) }
    var sin = sockaddr_in()
    sin.sin_family = sa_family_t(AF_INET)
    inet_pton(AF_INET, "127.0.0.1", &sin.sin_addr)
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafePointer(to: &sin) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    _ = withUnsafeMutablePointer(to: &sin) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    return Int(UInt16(bigEndian: sin.sin_port))
  }

  /// 张三 hosting the starter lesson on `port`, and the join code its banner shows.
  func starterHost(port: Int, records: URL) throws -> (PtyKefu, String) {
    let host = try PtyKefu(
      [
        "host", "scenarios/01-starter-greeting.kefu", "--bind", "127.0.0.1", "--port", "\(port)",
        "--name", "张三", "--records", records.path,
      ], directory: KefuProcess.repoRoot)
    let banner = host.waitFor("等待同学加入…")
    let line = try XCTUnwrap(
      banner.split(whereSeparator: \.isNewline).first {
        $0.contains("kefu join 127.0.0.1:\(port) --code ")
      })
    return (host, String(line.trimmingCharacters(in: .whitespacesAndNewlines).suffix(4)))
  }

  func testAt40ColumnsTheHostsBannerIsWrappedBetweenWordsAndTheJoinLineIsWhole() throws {
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    let port = try freePort()
    let host = try PtyKefu(
      [
        "host", "scenarios/03-cross-sell-beach.kefu", "--bind", "127.0.0.1", "--port", "\(port)",
        "--name", "张三", "--records", records.path,
      ], directory: KefuProcess.repoRoot, columns: 40)
    let banner = host.waitFor("等待同学加入…")
    host.type("\u{3}")
    XCTAssertNotNil(host.waitForExit())
    let lines = banner.components(separatedBy: "\r\n").prefix(while: { !$0.isEmpty })
    XCTAssertEqual(
      lines.prefix(2).joined(), "联机练习「泳衣加购：去海边还缺什么」已开始，等待同学加入。",
      "the heading on two lines, broken by kefu, not cut by the terminal at column 40")
    for line in lines {
      let width = line.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 2 : 1) }
      XCTAssertLessThan(width, 40, line)
    }
    XCTAssertTrue(lines.contains("  kefu join 127.0.0.1:\(port) --code \(lines.last!.suffix(4))"))
  }

  func testTwoTerminalsPlayAScenarioToTheEndThroughAKilledAndRestartedJoin() throws {
    let hostRecords = try KefuProcess.temporaryDirectory()
    let joinRecords = try KefuProcess.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: hostRecords)
      try? FileManager.default.removeItem(at: joinRecords)
    }
    let port = try freePort()
    let (host, code) = try starterHost(port: port, records: hostRecords)
    let joinArgs = [
      "join", "127.0.0.1:\(port)", "--code", code, "--name", "李四", "--records", joinRecords.path,
    ]
    var join = try PtyKefu(joinArgs, directory: KefuProcess.repoRoot)
    join.waitFor("人设：随和")
    join.waitFor("轮到你说话")
    host.waitFor("「李四」加入了，扮演买家")
    join.type("\r")  // the suggested lines
    host.waitFor("那件白色T恤还有没有货呀")
    host.type("亲，您好，欢迎光临，白色这款现货充足哦\r")
    join.waitFor("客服·张三：亲，您好，欢迎光临，白色这款现货充足哦")

    // The joining side is killed; the host is told at once and waits.
    kill(join.process.processIdentifier, SIGKILL)
    _ = join.waitForExit()
    host.waitFor("与对方的连接断了")
    host.waitFor("还剩")
    join = try PtyKefu(joinArgs, directory: KefuProcess.repoRoot)
    join.waitFor("客服·张三：亲，您好，欢迎光临，白色这款现货充足哦")
    host.waitFor("对方回来了，接着练")
    join.waitFor("轮到你说话")
    join.type("今天拍今天能发吗\r")  // typed text replaces the suggestion
    host.waitFor("买家·李四：今天拍今天能发吗")
    host.type("亲，今天下单今天就能发出，一般两三天就能收到呢\r")
    join.waitFor("今天就能发出")
    join.waitFor("轮到你说话")
    join.type("\r")
    host.waitFor("谢谢")
    host.type("好的亲，感谢您的支持，收到货有任何问题随时找我哦\r")
    host.waitFor("成绩单")
    host.waitFor("结果：成交")
    join.waitFor("练习结束：成交。成绩单在扮演客服的同学「张三」的屏幕上。")
    XCTAssertEqual(host.waitForExit(), 0)
    XCTAssertEqual(join.waitForExit(), 0)

    let hostFiles = try FileManager.default.contentsOfDirectory(atPath: hostRecords.path)
    let joinFiles = try FileManager.default.contentsOfDirectory(atPath: joinRecords.path)
    XCTAssertEqual(hostFiles.count, 1, "\(hostFiles): the resume file is gone after the end")
    XCTAssertEqual(hostFiles, joinFiles, "the same record name on both computers")
    let hostRecord = try Data(contentsOf: hostRecords.appendingPathComponent(hostFiles[0]))
    let joinRecord = try Data(contentsOf: joinRecords.appendingPathComponent(joinFiles[0]))
    XCTAssertEqual(hostRecord, joinRecord, "the joining side keeps the same record")
    let record = try XCTUnwrap(JSONSerialization.jsonObject(with: hostRecord) as? [String: Any])
    XCTAssertEqual(record["mode"] as? String, "net")
    XCTAssertEqual(record["finished"] as? Bool, true)
    let regrade = try KefuProcess.run(["grade", "--json", joinRecords.path + "/" + joinFiles[0]])
    XCTAssertTrue(regrade.out.contains(#""outcome":"deal""#), regrade.out)
  }

  /// The host's records folder disappears mid-session (a network share dropped): the host is
  /// told once and plays on to the end, its card is printed, then why the record was not saved,
  /// exit 1; the joining side keeps its own copy. It had ended the host's session at the failed
  /// save (「kefu host: …无法保存练习记录」), the partner left waiting for a minute.
  func testAHostWhoseRecordsFolderVanishesPlaysOnAndPrintsTheCard() throws {
    let hostRecords = try KefuProcess.temporaryDirectory().appendingPathComponent("共享")
    let joinRecords = try KefuProcess.temporaryDirectory()
    defer {
      try? FileManager.default.removeItem(at: hostRecords.deletingLastPathComponent())
      try? FileManager.default.removeItem(at: joinRecords)
    }
    let port = try freePort()
    let (host, code) = try starterHost(port: port, records: hostRecords)
    let join = try PtyKefu(
      ["join", "127.0.0.1:\(port)", "--code", code, "--name", "李四", "--records", joinRecords.path],
      directory: KefuProcess.repoRoot)
    join.waitFor("轮到你说话")
    host.waitFor("「李四」加入了，扮演买家")
    try FileManager.default.removeItem(at: hostRecords)
    join.type("\r")
    host.waitFor("记录无法保存")
    host.waitFor("那件白色T恤还有没有货呀")
    host.type("亲，您好，欢迎光临，白色这款现货充足哦\r")
    join.waitFor("轮到你说话")
    join.type("/成交\r")
    host.waitFor("成绩单")
    host.waitFor("kefu: 练习记录未能保存：")
    XCTAssertEqual(host.waitForExit(), 1)
    XCTAssertEqual(join.waitForExit(), 0)
    XCTAssertEqual(
      try FileManager.default.contentsOfDirectory(atPath: joinRecords.path).count, 1,
      "the joining side's copy")
  }
}
