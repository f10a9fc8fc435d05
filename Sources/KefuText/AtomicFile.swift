import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the target (atomic on POSIX file systems).
public enum AtomicFile {
  public static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    let dir = url.deletingLastPathComponent().path
    let tmp =
      dir + "/." + url.lastPathComponent + ".tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0o644)
    guard fd >= 0 else {
      throw AtomicFileError(path: path, reason: Posix.reason(errno))
    }
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Posix.write(fd, $0.baseAddress, $0.count) }
      if n <= 0 {
        let reason = Posix.reason(errno)
        close(fd)
        unlink(tmp)
        throw AtomicFileError(path: path, reason: reason)
      }
      offset += n
    }
    fsync(fd)
    close(fd)
    if rename(tmp, path) != 0 {
      let reason = Posix.reason(errno)
      unlink(tmp)
      throw AtomicFileError(path: path, reason: reason)
    }
  }

  public static func write(_ text: String, to path: String) throws {
    try write(Array(text.utf8), to: path)
  }
}

/// A file could not be written; `reason` is the OS's explanation.
public struct AtomicFileError: Error, CustomStringConvertible {
  public let path: String
  public let reason: String
  public var description: String { "\(path): 无法写入（\(reason)）" }
}
