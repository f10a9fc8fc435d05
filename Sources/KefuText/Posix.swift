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
}
