#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Everything the signal handlers and the `atexit` handler touch: plain memory, allocated and
/// filled in before any handler is installed, so the handlers only load and store words and call
/// async-signal-safe functions (`write`, `tcsetattr`, `_exit`).
private struct HandlerState {
  /// The self-pipe: a handler writes a byte so a waiting `poll` wakes up.
  var pipeRead: Int32 = -1
  var pipeWrite: Int32 = -1
  /// The stop signal received (0: none).
  var stopSignal: Int32 = 0
  /// Set by SIGWINCH, cleared by the loop.
  var resized: Int32 = 0
  /// 1 while the terminal is in raw mode.
  var rawActive: Int32 = 0
  var inputFD: Int32 = 0
  var outputFD: Int32 = 1
  var saved = termios()
}

/// Signals a crash raises: the terminal is restored, then the previous action runs.
private let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

/// The crash signals' previous actions (the Swift runtime's backtracer, say), by the index of
/// the signal in `crashSignals`.
private let previousCrashActions: UnsafeMutablePointer<sigaction> = {
  let p = UnsafeMutablePointer<sigaction>.allocate(capacity: crashSignals.count)
  p.initialize(repeating: sigaction(), count: crashSignals.count)
  return p
}()

private let handlerState: UnsafeMutablePointer<HandlerState> = {
  let p = UnsafeMutablePointer<HandlerState>.allocate(capacity: 1)
  p.initialize(to: HandlerState())
  return p
}()

/// What leaving raw mode writes: bracketed paste off, cursor shown, automatic wrapping on (the
/// chat screen turns it off while it draws; a signal or crash may come in between).
private let leaveSequence: StaticString = "\u{1B}[?2004l\u{1B}[?25h\u{1B}[?7h"
private let enterSequence: StaticString = "\u{1B}[?2004h"

/// Restores the saved terminal modes. Async-signal-safe; idempotent.
private func restoreTerminalModes() {
  let s = handlerState
  guard s.pointee.rawActive != 0 else { return }
  s.pointee.rawActive = 0
  _ = tcsetattr(s.pointee.inputFD, TCSANOW, &s.pointee.saved)
  _ = writeAll(s.pointee.outputFD, leaveSequence.utf8Start, leaveSequence.utf8CodeUnitCount)
}

private func writeAll(_ fd: Int32, _ start: UnsafePointer<UInt8>, _ count: Int) -> Bool {
  var offset = 0
  while offset < count {
    #if canImport(Glibc)
      let n = Glibc.write(fd, start + offset, count - offset)
    #else
      let n = Darwin.write(fd, start + offset, count - offset)
    #endif
    if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
    if n <= 0 { return false }
    offset += n
  }
  return true
}

private func wakeLoop() {
  var byte: UInt8 = 1
  #if canImport(Glibc)
    _ = Glibc.write(handlerState.pointee.pipeWrite, &byte, 1)
  #else
    _ = Darwin.write(handlerState.pointee.pipeWrite, &byte, 1)
  #endif
}

/// SIGTERM, SIGHUP, SIGINT: note it and wake the loop, which saves the record and exits. A second
/// stop signal means the loop is stuck: restore the terminal and leave at once.
private func stopSignalHandler(_ signal: Int32) {
  let savedErrno = errno
  if handlerState.pointee.stopSignal != 0 {
    restoreTerminalModes()
    _exit(128 + signal)
  }
  handlerState.pointee.stopSignal = signal
  wakeLoop()
  errno = savedErrno
}

/// A crash: put the terminal back (the student must not be left with a dead, echo-less prompt),
/// then let the previous action (a backtrace, a core dump) happen as it would have.
private func crashSignalHandler(_ signal: Int32) {
  restoreTerminalModes()
  var i = 0
  while i < crashSignals.count && crashSignals[i] != signal { i += 1 }
  if i < crashSignals.count { _ = sigaction(signal, previousCrashActions + i, nil) }
  raise(signal)
}

private func resizeSignalHandler(_ signal: Int32) {
  let savedErrno = errno
  handlerState.pointee.resized = 1
  wakeLoop()
  errno = savedErrno
}

/// The terminal on Linux and macOS: termios raw mode, `poll` with a timeout, `TIOCGWINSZ`,
/// SIGWINCH and stop signals through a self-pipe. One instance per process (signal handlers are
/// process-wide).
public final class POSIXTerminal: TerminalBackend {
  public let inputFD: Int32
  public let outputFD: Int32
  private var handlersInstalled = false
  private var reportedSignal = false
  /// The terminal was closed under us (read gave end of file or EIO): a hang-up is on its way.
  private var terminalGone = false
  private static var atexitRegistered = false
  private static var crashHandlersInstalled = false

  public init(inputFD: Int32 = 0, outputFD: Int32 = 1) {
    self.inputFD = inputFD
    self.outputFD = outputFD
  }

  deinit { restore() }

  /// Whether a file descriptor is a terminal.
  public static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// Colour on a terminal only, and never when `NO_COLOR` is set (any value, even empty) or
  /// `TERM` is `dumb`.
  public static func useColor(outputFD: Int32 = 1, environment: [String: String]) -> Bool {
    Theme.useColor(outputIsTerminal: isTerminal(outputFD), environment: environment)
  }

  public var isInteractive: Bool { Self.isTerminal(inputFD) && Self.isTerminal(outputFD) }

  public var size: TerminalSize {
    var ws = winsize()
    let ok = withUnsafeMutablePointer(to: &ws) { ioctl(outputFD, UInt(TIOCGWINSZ), $0) } == 0
    guard ok, ws.ws_col > 0, ws.ws_row > 0 else { return .fallback }
    return TerminalSize(columns: Int(ws.ws_col), rows: Int(ws.ws_row))
  }

  public func enterRawMode() throws {
    let s = handlerState
    guard s.pointee.rawActive == 0 else { return }
    var original = termios()
    guard tcgetattr(inputFD, &original) == 0 else {
      throw TerminalError("无法读取终端设置（标准输入不是终端？）")
    }
    try installHandlers()
    var raw = original
    // Keys arrive one by one, unechoed; Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-V arrive as bytes; Enter
    // arrives as CR. Output processing (OPOST) stays on, so "\n" still starts a new line.
    raw.c_lflag &= ~tcflag_t(ECHO | ICANON | ISIG | IEXTEN)
    raw.c_iflag &= ~tcflag_t(IXON | ICRNL | INLCR | IGNCR | BRKINT | INPCK | ISTRIP)
    raw.c_cflag |= tcflag_t(CS8)
    withUnsafeMutableBytes(of: &raw.c_cc) { cc in
      cc[Int(VMIN)] = 1
      cc[Int(VTIME)] = 0
    }
    s.pointee.inputFD = inputFD
    s.pointee.outputFD = outputFD
    s.pointee.saved = original
    guard tcsetattr(inputFD, TCSANOW, &raw) == 0 else {
      restore()
      throw TerminalError("无法切换终端到逐键输入模式")
    }
    s.pointee.rawActive = 1
    _ = writeAll(outputFD, enterSequence.utf8Start, enterSequence.utf8CodeUnitCount)
  }

  public func restore() {
    restoreTerminalModes()
    guard handlersInstalled else { return }
    // Back to the default dispositions: after this a stop signal simply ends the process.
    // Unless one already came or the window was closed (the read saw the terminal go away
    // before the hang-up signal arrived): the process is then saving its record on the way out,
    // and a signal must not cut that save short between writing and renaming.
    let stopping = pendingSignal != nil || terminalGone
    for number in [SIGTERM, SIGHUP, SIGINT] { _ = signal(number, stopping ? SIG_IGN : SIG_DFL) }
    _ = signal(SIGWINCH, SIG_DFL)
    handlersInstalled = false
  }

  public var pendingSignal: TerminalSignal? {
    TerminalSignal(rawValue: handlerState.pointee.stopSignal)
  }

  /// Forgets a stop signal (tests only: a real process exits after one).
  func clearPendingSignalForTesting() {
    handlerState.pointee.stopSignal = 0
    reportedSignal = false
  }

  public func read(timeout: Double) -> TerminalInput {
    let s = handlerState
    var fds = [pollfd(fd: inputFD, events: Int16(POLLIN), revents: 0)]
    if s.pointee.pipeRead >= 0 {
      fds.append(pollfd(fd: s.pointee.pipeRead, events: Int16(POLLIN), revents: 0))
    }
    let ms = Int32(max(0, min(timeout, 3600)) * 1000)
    let ready = poll(&fds, nfds_t(fds.count), ms)
    if fds.count > 1 && fds[1].revents & Int16(POLLIN) != 0 { drainPipe() }
    if !reportedSignal, let signal = pendingSignal {
      reportedSignal = true
      return .signal(signal)
    }
    if s.pointee.resized != 0 {
      s.pointee.resized = 0
      return .resized
    }
    guard ready > 0, fds[0].revents != 0 else { return .timeout }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = buffer.withUnsafeMutableBytes {
      #if canImport(Glibc)
        Glibc.read(inputFD, $0.baseAddress, $0.count)
      #else
        Darwin.read(inputFD, $0.baseAddress, $0.count)
      #endif
    }
    if n > 0 { return .bytes(Array(buffer[..<n])) }
    if n < 0 && (errno == EINTR || errno == EAGAIN) { return .timeout }
    // 0 or EIO from a terminal in raw mode (where Ctrl-D is a byte like any other): the window
    // was closed. Told as the hang-up it is — the SIGHUP itself may come only later, or never.
    terminalGone = true
    return .signal(.hangUp)
  }

  public func write(_ text: String) {
    var text = text
    text.withUTF8 { bytes in
      guard let base = bytes.baseAddress else { return }
      _ = writeAll(outputFD, base, bytes.count)
    }
  }

  private func drainPipe() {
    var scratch = [UInt8](repeating: 0, count: 64)
    let fd = handlerState.pointee.pipeRead
    while true {
      let n = scratch.withUnsafeMutableBytes {
        #if canImport(Glibc)
          Glibc.read(fd, $0.baseAddress, $0.count)
        #else
          Darwin.read(fd, $0.baseAddress, $0.count)
        #endif
      }
      if n < scratch.count { break }
    }
  }

  private func installHandlers() throws {
    guard !handlersInstalled else { return }
    let s = handlerState
    if s.pointee.pipeRead < 0 {
      var ends: [Int32] = [-1, -1]
      guard pipe(&ends) == 0 else { throw TerminalError("无法创建信号管道") }
      for fd in ends {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
      }
      s.pointee.pipeRead = ends[0]
      s.pointee.pipeWrite = ends[1]
    }
    _ = signal(SIGTERM, stopSignalHandler)
    _ = signal(SIGHUP, stopSignalHandler)
    _ = signal(SIGINT, stopSignalHandler)
    _ = signal(SIGWINCH, resizeSignalHandler)
    if !Self.crashHandlersInstalled {
      // Installed once and kept: they only restore the terminal if it is still raw.
      Self.crashHandlersInstalled = true
      for (i, number) in crashSignals.enumerated() {
        var action = sigaction()
        #if canImport(Glibc)
          action.__sigaction_handler.sa_handler = crashSignalHandler
        #else
          action.__sigaction_u.__sa_handler = crashSignalHandler
        #endif
        action.sa_flags = 0
        sigemptyset(&action.sa_mask)
        _ = sigaction(number, &action, previousCrashActions + i)
      }
    }
    if !Self.atexitRegistered {
      Self.atexitRegistered = true
      atexit { restoreTerminalModes() }
    }
    handlersInstalled = true
  }
}
