import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a temporary file in the
/// same folder, which is then renamed over the target (atomic on POSIX file systems). Every step
/// is checked — a full disk, a quota, EIO at `fsync` or `close` — and reported, never a silent
/// short file.
///
/// What is at the path decides how it is written, and nothing but a regular file is ever
/// replaced (except with `ownerOnly`, below): a symbolic link is followed and its target written
/// atomically; a character device
/// (`/dev/null`), a FIFO, a file under `/dev` or `/proc`, or the process's own descriptor
/// (`/dev/stdout`, `/dev/fd/N`) is written into; a
/// folder, a socket or a block device is refused with a message.
public enum AtomicFile {
  /// `ownerOnly`: the file holds a secret (a seat's token) under a name known in advance, in a
  /// folder others may write to: it is written readable and writable by its owner only (0600)
  /// from the first byte, and whatever entry is at the path is replaced, never written through:
  /// a symbolic link someone put there is not followed (it had the student's own file it pointed
  /// to replaced), a FIFO is not opened (the write waited for a reader for ever).
  public static func write(_ bytes: [UInt8], to path: String, ownerOnly: Bool = false) throws {
    if ownerOnly {
      try replace(bytes, at: path, reportedAs: path, mode: 0o600)  // a folder: rename refuses
      return
    }
    // `/dev/stdout`, `/dev/fd/N`, `/proc/self/fd/N`: the descriptor this process already has
    // (reopening it by name fails for a pipe another user created).
    if let fd = openDescriptor(named: path) {
      if let code = Posix.writeAll(fd, forTerminal(fd, bytes)[...]) {
        throw AtomicFileError(path: path, reason: Posix.reason(code))
      }
      return
    }
    var info = stat()
    if stat(path, &info) == 0 {
      switch FileKind(mode: info.st_mode) {
      case .directory?:
        throw AtomicFileError(path: path, reason: "这是一个文件夹")
      case .characterDevice?, .fifo?:
        try writeInto(bytes, path: path, truncate: false)
      case .regular?:
        if path.hasPrefix("/dev/") || path.hasPrefix("/proc/") {
          try writeInto(bytes, path: path, truncate: true)
        } else {
          let target = resolved(path)
          try replace(bytes, at: target, reportedAs: path, mode: info.st_mode & 0o7777)
        }
      default:
        throw AtomicFileError(
          path: path, reason: "这是\(FileKind(mode: info.st_mode)?.chineseName ?? "特殊文件")，不会写入")
      }
      return
    }
    let code = errno
    var link = stat()
    if code == ENOENT, lstat(path, &link) == 0 {
      throw AtomicFileError(path: path, reason: "这是一个符号链接，它指向的位置不存在")
    }
    if code != ENOENT { throw AtomicFileError(path: path, reason: Posix.reason(code)) }
    try replace(bytes, at: path, reportedAs: path, mode: nil)
  }

  public static func write(_ text: String, to path: String, ownerOnly: Bool = false) throws {
    try write(Array(text.utf8), to: path, ownerOnly: ownerOnly)
  }

  /// The descriptor a path names when it is one of this process's own: `/dev/stdout` (1),
  /// `/dev/stderr` (2), `/dev/fd/N`, `/proc/self/fd/N`; nil otherwise or when N is not open.
  static func openDescriptor(named path: String) -> Int32? {
    let fd: Int32?
    switch path {
    case "/dev/stdout": fd = 1
    case "/dev/stderr": fd = 2
    default:
      let prefixes = ["/dev/fd/", "/proc/self/fd/"]
      fd = prefixes.first { path.hasPrefix($0) }.flatMap { Int32(path.dropFirst($0.count)) }
    }
    guard let fd, fd >= 0, fcntl(fd, F_GETFD) != -1 else { return nil }
    return fd
  }

  /// Bytes bound for a terminal (`-o /dev/tty`) are shown visibly, like all kefu prints there.
  static func forTerminal(_ fd: Int32, _ bytes: [UInt8]) -> [UInt8] {
    guard isatty(fd) == 1 else { return bytes }
    return Array(VisibleText.sanitize(String(decoding: bytes, as: UTF8.self)).utf8)
  }

  /// The path with every symbolic link resolved (the file a link names is the one to replace).
  static func resolved(_ path: String) -> String {
    guard let real = realpath(path, nil) else { return path }
    defer { free(real) }
    return String(cString: real)
  }

  /// Writes into an existing device or FIFO (opening a FIFO waits for its reader).
  static func writeInto(_ bytes: [UInt8], path: String, truncate: Bool) throws {
    let fd = open(path, O_WRONLY | O_NOCTTY | O_CLOEXEC | (truncate ? O_TRUNC : 0))
    guard fd >= 0 else { throw AtomicFileError(path: path, reason: Posix.reason(errno)) }
    if let code = Posix.writeAll(fd, forTerminal(fd, bytes)[...]) {
      close(fd)
      throw AtomicFileError(path: path, reason: Posix.reason(code))
    }
    if close(fd) != 0 && errno != EINTR {
      throw AtomicFileError(path: path, reason: Posix.reason(errno))
    }
  }

  /// Temporary file beside `target`, then `rename`. The temporary name is short and hidden, so a
  /// long target name cannot make it too long and folder scans skip it.
  static func replace(_ bytes: [UInt8], at target: String, reportedAs path: String, mode: mode_t?)
    throws
  {
    let url = URL(fileURLWithPath: target)
    let dir = url.deletingLastPathComponent().path
    let tmp = dir + "/.kefu-tmp-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    // Created no more readable than it ends up (a secret is never 0644, not even briefly).
    let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode.map { $0 & 0o644 } ?? 0o644)
    guard fd >= 0 else {
      throw AtomicFileError(path: path, reason: Posix.reason(errno))
    }
    func fail(_ code: Int32) -> AtomicFileError {
      unlink(tmp)
      return AtomicFileError(path: path, reason: Posix.reason(code))
    }
    if let code = Posix.writeAll(fd, bytes[...]) {
      close(fd)
      throw fail(code)
    }
    if let mode { fchmod(fd, mode) }  // a replaced file keeps its permissions
    // Network and full file systems may only report a failed write here.
    if fsync(fd) != 0 && errno != EINVAL && errno != EROFS {
      let code = errno
      close(fd)
      throw fail(code)
    }
    if close(fd) != 0 && errno != EINTR { throw fail(errno) }
    if rename(tmp, target) != 0 { throw fail(errno) }
  }
}

/// A file could not be written; `reason` is the OS's explanation.
public struct AtomicFileError: Error, CustomStringConvertible {
  public let path: String
  public let reason: String
  public var description: String { "\(path): 无法写入（\(reason)）" }
}
