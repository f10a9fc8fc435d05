import Foundation
import KefuTerminal
import KefuText

/// Buffered output to a file descriptor; kefu writes through these, never `print`, so output is
/// fast when piped and flushed in order. Every text is passed through `VisibleText` (untrusted
/// text never reaches a terminal raw); only `writeData` on a stream that is not a terminal (a CSV
/// redirected to a file) writes bytes unchanged. A failed write (a full disk, a closed pipe, EIO)
/// is remembered, not ignored: `main` reports it and exits 1.
final class OutputStream {
  private let fd: Int32
  private var buffer: [UInt8] = []
  /// Lets kefu's own SGR colour sequences through (a colour terminal); everything else is shown.
  var keepsStyle = false
  /// The `errno` of the first write that failed; later output is dropped.
  private(set) var failure: Int32?

  init(fd: Int32) {
    self.fd = fd
    buffer.reserveCapacity(1 << 16)
  }

  var isTerminal: Bool { isatty(fd) == 1 }

  func write(_ text: String) {
    append(VisibleText.sanitize(text, keepingStyle: keepsStyle))
  }

  /// Data meant to be saved (the CSV of `kefu export`): unchanged when redirected, shown
  /// visibly when it goes to a terminal — wholly, styling sequences included: data carries no
  /// colour of kefu's own, so any `ESC [ … m` in it came from a record.
  func writeData(_ text: String) {
    append(isTerminal ? VisibleText.sanitize(text) : text)
  }

  /// `writeData` for text already in UTF-8 (the `check --jsonl` lines).
  func writeData(bytes: [UInt8]) {
    guard !bytes.isEmpty else { return }
    if isTerminal {
      writeData(String(decoding: bytes, as: UTF8.self))
      return
    }
    guard failure == nil else { return }
    // A batch of `check --jsonl` lines (a few hundred KiB) is written from its own bytes after
    // what is buffered, not copied into the buffer first.
    if buffer.count + bytes.count >= 1 << 16 {
      flush()
      guard failure == nil else { return }
      failure = Posix.writeAll(fd, bytes[...])
      return
    }
    buffer.append(contentsOf: bytes)
  }

  private func append(_ text: String) {
    guard failure == nil else { return }
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func line(_ text: String = "") {
    write(text)
    append("\n")
  }

  func flush() {
    defer { buffer.removeAll(keepingCapacity: true) }
    guard failure == nil, !buffer.isEmpty else { return }
    failure = Posix.writeAll(fd, buffer[...])
  }

  /// What went wrong writing, in Chinese, or nil.
  var failureReason: String? { failure.map(Posix.reason) }
}

/// Standard output, standard error and the environment, as a command sees them.
struct Console {
  let out: OutputStream
  let err: OutputStream
  let environment: [String: String]

  static let standard: Console = {
    let console = Console(
      out: OutputStream(fd: 1), err: OutputStream(fd: 2),
      environment: ProcessInfo.processInfo.environment)
    console.out.keepsStyle = console.useColor
    console.err.keepsStyle = console.useColor
    return console
  }()

  /// Colour only on a terminal, and never when `NO_COLOR` is set (any value) or `TERM=dumb`.
  var useColor: Bool { Theme.useColor(outputIsTerminal: out.isTerminal, environment: environment) }
}
