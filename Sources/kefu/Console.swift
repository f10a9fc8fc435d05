import Foundation
import KefuText

/// Buffered output to a file descriptor; kefu writes through these, never `print`, so output is
/// fast when piped and flushed in order.
final class OutputStream {
  private let fd: Int32
  private var buffer: [UInt8] = []

  init(fd: Int32) {
    self.fd = fd
    buffer.reserveCapacity(1 << 16)
  }

  var isTerminal: Bool { isatty(fd) == 1 }

  func write(_ text: String) {
    buffer.append(contentsOf: text.utf8)
    if buffer.count >= 1 << 16 { flush() }
  }

  func line(_ text: String = "") {
    write(text)
    write("\n")
  }

  func flush() {
    var offset = 0
    while offset < buffer.count {
      let n = buffer[offset...].withUnsafeBytes { Posix.write(fd, $0.baseAddress, $0.count) }
      if n <= 0 {
        if errno == EINTR { continue }
        break  // the reader went away (a closed pipe): drop the rest quietly
      }
      offset += n
    }
    buffer.removeAll(keepingCapacity: true)
  }
}

/// Standard output, standard error and the environment, as a command sees them.
struct Console {
  let out: OutputStream
  let err: OutputStream
  let environment: [String: String]

  static let standard = Console(
    out: OutputStream(fd: 1), err: OutputStream(fd: 2),
    environment: ProcessInfo.processInfo.environment)

  /// Colour only on a terminal, and never when `NO_COLOR` is set (any value).
  var useColor: Bool { out.isTerminal && environment["NO_COLOR"] == nil }
}
