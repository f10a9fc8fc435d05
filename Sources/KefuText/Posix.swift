#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The C library calls whose Swift names clash with methods named `write`.
public enum Posix {
  public static func write(_ fd: Int32, _ buffer: UnsafeRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      return Glibc.write(fd, buffer, count)
    #else
      return Darwin.write(fd, buffer, count)
    #endif
  }

  public static func read(_ fd: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    #if canImport(Glibc)
      return Glibc.read(fd, buffer, count)
    #else
      return Darwin.read(fd, buffer, count)
    #endif
  }

  /// Writes all of `bytes` to `fd`, retrying short writes and EINTR; the `errno` of a failure
  /// (a full disk, a closed pipe, EIO), nil when everything was written.
  public static func writeAll(_ fd: Int32, _ bytes: ArraySlice<UInt8>) -> Int32? {
    var offset = bytes.startIndex
    while offset < bytes.endIndex {
      let n = bytes[offset...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        return errno
      }
      if n == 0 { return EIO }
      offset += n
    }
    return nil
  }

  /// Why a call failed, in Chinese for the errors students and teachers meet (a missing or
  /// read-only folder, no permission, a full disk), else the C library's own words.
  public static func reason(_ code: Int32) -> String {
    switch code {
    case EACCES, EPERM: return "没有权限"
    case ENOENT: return "路径不存在"
    case ENOTDIR: return "路径中有一段不是文件夹"
    case EISDIR: return "这是一个文件夹"
    case ENOSPC: return "磁盘已满"
    case EDQUOT: return "超出了磁盘配额"
    case EROFS: return "只读的文件系统"
    case ENAMETOOLONG: return "文件名太长"
    case EIO: return "读写出错"
    case EPIPE: return "管道的另一端已关闭"
    case EBADF: return "没有打开或已被关闭"
    case ELOOP: return "符号链接形成了循环"
    case ENXIO: return "设备或管道的另一端不存在"
    case EFBIG: return "文件超出了大小上限"
    default: return String(cString: strerror(code))
    }
  }
}
