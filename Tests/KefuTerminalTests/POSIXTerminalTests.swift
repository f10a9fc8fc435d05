import XCTest

@testable import KefuTerminal

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs the POSIX backend against a pseudo-terminal, never the test runner's own terminal.
final class POSIXTerminalTests: XCTestCase {
  private var master: Int32 = -1
  private var slave: Int32 = -1

  override func setUpWithError() throws {
    #if os(Linux)
      // posix_openpt and friends are hidden from Swift's Glibc; do what they do (TIOCSPTLCK and
      // TIOCGPTN are function-like macros Swift cannot import: their values on x86-64 and arm64).
      master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      try XCTSkipIf(master < 0, "no pseudo-terminals here")
      var unlock: Int32 = 0
      var number: UInt32 = 0
      XCTAssertEqual(
        withUnsafeMutablePointer(to: &unlock) { ioctl(master, UInt(0x4004_5431), $0) }, 0)
      XCTAssertEqual(
        withUnsafeMutablePointer(to: &number) { ioctl(master, UInt(0x8004_5430), $0) }, 0)
      slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
    #else
      master = posix_openpt(O_RDWR | O_NOCTTY)
      try XCTSkipIf(master < 0, "no pseudo-terminals here")
      XCTAssertEqual(grantpt(master), 0)
      XCTAssertEqual(unlockpt(master), 0)
      slave = open(String(cString: ptsname(master)), O_RDWR | O_NOCTTY)
    #endif
    XCTAssertGreaterThanOrEqual(slave, 0)
  }

  override func tearDown() {
    close(slave)
    if master >= 0 { close(master) }
  }

  private func writeBytes(_ fd: Int32, _ p: UnsafeRawPointer?, _ n: Int) -> Int { write(fd, p, n) }
  private func readBytes(_ fd: Int32, _ p: UnsafeMutableRawPointer?, _ n: Int) -> Int {
    read(fd, p, n)
  }

  private func localFlags() -> tcflag_t {
    var t = termios()
    XCTAssertEqual(tcgetattr(slave, &t), 0)
    return t.c_lflag
  }

  private func sendToTerminal(_ text: String) {
    let bytes = Array(text.utf8)
    XCTAssertEqual(
      bytes.withUnsafeBytes { writeBytes(master, $0.baseAddress, $0.count) }, bytes.count)
  }

  private func readFromTerminal() -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
    guard poll(&fds, 1, 1000) > 0 else { return "" }
    let n = buffer.withUnsafeMutableBytes { readBytes(master, $0.baseAddress, $0.count) }
    return String(decoding: buffer[..<max(0, n)], as: UTF8.self)
  }

  func testRawModeTurnsOffEchoCanonicalAndSignalsAndRestoreIsIdempotent() throws {
    let before = localFlags()
    XCTAssertNotEqual(before & tcflag_t(ICANON), 0)
    let terminal = POSIXTerminal(inputFD: slave, outputFD: slave)
    XCTAssertTrue(terminal.isInteractive)
    try terminal.enterRawMode()
    let raw = localFlags()
    XCTAssertEqual(raw & tcflag_t(ICANON | ECHO | ISIG | IEXTEN), 0)
    XCTAssertEqual(readFromTerminal(), "\u{1B}[?2004h", "bracketed paste is switched on")
    terminal.restore()
    XCTAssertEqual(localFlags(), before)
    XCTAssertEqual(readFromTerminal(), "\u{1B}[?2004l\u{1B}[?25h\u{1B}[?7h")
    terminal.restore()
    XCTAssertEqual(localFlags(), before)
  }

  func testReadDeliversBytesAsTypedAndTimesOut() throws {
    let terminal = POSIXTerminal(inputFD: slave, outputFD: slave)
    try terminal.enterRawMode()
    defer { terminal.restore() }
    XCTAssertEqual(terminal.read(timeout: 0.01), .timeout)
    sendToTerminal("好\u{3}\r")
    XCTAssertEqual(
      terminal.read(timeout: 1), .bytes(Array("好\u{3}\r".utf8)), "Ctrl-C and CR arrive as bytes")
  }

  func testWindowSizeAndResizeNotification() throws {
    var ws = winsize(ws_row: 30, ws_col: 40, ws_xpixel: 0, ws_ypixel: 0)
    XCTAssertEqual(withUnsafeMutablePointer(to: &ws) { ioctl(master, UInt(TIOCSWINSZ), $0) }, 0)
    let terminal = POSIXTerminal(inputFD: slave, outputFD: slave)
    XCTAssertEqual(terminal.size, TerminalSize(columns: 40, rows: 30))
    try terminal.enterRawMode()
    defer { terminal.restore() }
    raise(SIGWINCH)
    XCTAssertEqual(terminal.read(timeout: 1), .resized)
    XCTAssertEqual(terminal.read(timeout: 0.01), .timeout, "one resize is reported once")
  }

  func testStopSignalIsReportedOnceAndLeavesTheProcessRunning() throws {
    let terminal = POSIXTerminal(inputFD: slave, outputFD: slave)
    try terminal.enterRawMode()
    defer {
      terminal.clearPendingSignalForTesting()
      terminal.restore()
    }
    raise(SIGTERM)
    XCTAssertEqual(terminal.read(timeout: 1), .signal(.terminate))
    XCTAssertEqual(terminal.pendingSignal, .terminate)
    XCTAssertEqual(TerminalSignal.terminate.exitCode, 143)
    XCTAssertEqual(terminal.read(timeout: 0.01), .timeout)
  }

  func testAfterAStopSignalFurtherOnesCannotCutTheFinalSaveShort() throws {
    let terminal = POSIXTerminal(inputFD: slave, outputFD: slave)
    try terminal.enterRawMode()
    func disposition(_ number: Int32) -> sighandler_t? {
      let previous = signal(number, SIG_IGN)
      _ = signal(number, previous)
      return previous
    }
    defer {
      for number in [SIGTERM, SIGHUP, SIGINT] { _ = signal(number, SIG_DFL) }
      terminal.clearPendingSignalForTesting()
    }
    raise(SIGHUP)
    XCTAssertEqual(terminal.read(timeout: 1), .signal(.hangUp))
    terminal.restore()
    for number in [SIGTERM, SIGHUP, SIGINT] {
      XCTAssertEqual(
        disposition(number).map { unsafeBitCast($0, to: Int.self) },
        unsafeBitCast(SIG_IGN, to: Int.self), "signal \(number) is ignored while saving")
    }
    raise(SIGHUP)  // a second hang-up, as a closed window sends: the process carries on
    XCTAssertEqual(terminal.pendingSignal, .hangUp)
  }

  func testAClosedWindowIsTakenAsAHangUpOnItsWay() throws {
    let terminal = POSIXTerminal(inputFD: slave, outputFD: slave)
    try terminal.enterRawMode()
    defer { for number in [SIGTERM, SIGHUP, SIGINT] { _ = signal(number, SIG_DFL) } }
    close(master)  // the window closes; the read sees it before any SIGHUP is delivered
    master = -1
    XCTAssertEqual(terminal.read(timeout: 1), .signal(.hangUp), "told as the hang-up it is")
    terminal.restore()
    let previous = signal(SIGHUP, SIG_DFL)
    XCTAssertEqual(
      previous.map { unsafeBitCast($0, to: Int.self) }, unsafeBitCast(SIG_IGN, to: Int.self),
      "the hang-up that follows cannot cut the final save short")
  }

  func testWithoutAStopSignalRestoreGivesTheDefaultsBack() throws {
    let terminal = POSIXTerminal(inputFD: slave, outputFD: slave)
    try terminal.enterRawMode()
    terminal.restore()
    XCTAssertNil(signal(SIGTERM, SIG_DFL), "SIG_DFL: a stop signal ends the process again")
  }

  func testSizeFallsBackWhenNotATerminal() {
    var ends: [Int32] = [-1, -1]
    XCTAssertEqual(pipe(&ends), 0)
    defer { ends.forEach { close($0) } }
    let terminal = POSIXTerminal(inputFD: ends[0], outputFD: ends[1])
    XCTAssertFalse(terminal.isInteractive)
    XCTAssertEqual(terminal.size, .fallback)
    XCTAssertThrowsError(try terminal.enterRawMode())
  }
}
