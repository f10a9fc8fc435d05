/// A terminal's size in character cells.
public struct TerminalSize: Equatable, Sendable {
  public var columns: Int
  public var rows: Int
  public init(columns: Int, rows: Int) {
    self.columns = columns
    self.rows = rows
  }
  /// What kefu assumes when the terminal cannot tell.
  public static let fallback = TerminalSize(columns: 80, rows: 24)
}

/// A signal that asks kefu to stop: the caller saves its record, restores the terminal and exits
/// with `exitCode`.
public enum TerminalSignal: Int32, Equatable, Sendable {
  case interrupt = 2  // SIGINT
  case hangUp = 1  // SIGHUP: the terminal window was closed
  case terminate = 15  // SIGTERM

  /// The shell convention: 128 + the signal number.
  public var exitCode: Int32 { 128 + rawValue }
}

/// What one wait for input brought.
public enum TerminalInput: Equatable, Sendable {
  /// Bytes as the terminal sent them; feed them to a `KeyDecoder`.
  case bytes([UInt8])
  /// Nothing arrived in time: redraw the live timer, call `KeyDecoder.flush()`.
  case timeout
  /// The window changed size: re-read `size` and redraw.
  case resized
  /// A stop signal arrived (see `TerminalSignal`).
  case signal(TerminalSignal)
  /// The input was closed.
  case endOfFile
}

/// Errors a backend reports, in Chinese for the student.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
  public var description: String
  public init(_ description: String) { self.description = description }
}

/// The terminal as the play loop needs it. `POSIXTerminal` implements it for Linux and macOS; a
/// Windows console backend can implement the same protocol (console mode flags for raw mode,
/// `ReadConsoleInput` key records mapped to the same bytes or `KeyEvent`s, `WINDOW_BUFFER_SIZE`
/// events for `.resized`).
public protocol TerminalBackend: AnyObject {
  /// Whether both input and output are a terminal (else play must not go interactive).
  var isInteractive: Bool { get }
  /// The window size; `TerminalSize.fallback` when unknown.
  var size: TerminalSize { get }
  /// Raw mode: no echo, no line buffering, Ctrl-C as a byte, bracketed paste on. Installs the
  /// stop-signal and resize handlers and makes sure `restore()` also runs at exit.
  func enterRawMode() throws
  /// Puts the terminal back as it was. Idempotent: safe to call from `defer`, again at exit.
  func restore()
  /// Waits up to `timeout` seconds for input, a resize or a stop signal.
  func read(timeout: Double) -> TerminalInput
  /// Writes text now (unbuffered: the screen must show it before the next read).
  func write(_ text: String)
  /// A stop signal that arrived and has not been reported by `read` yet, if any.
  var pendingSignal: TerminalSignal? { get }
}
