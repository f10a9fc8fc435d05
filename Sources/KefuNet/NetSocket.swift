#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Why a socket could not be opened, in Chinese for the student.
public struct NetError: Error, CustomStringConvertible, Equatable {
  public var message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// What one look at a connection brought.
enum NetRead: Equatable {
  /// Complete lines (without their newline), in order.
  case lines([String])
  /// The other side closed the connection, or it broke.
  case closed
  /// A line longer than the limit, or bytes that are not UTF-8.
  case oversized
  case notText
}

/// One TCP connection carrying newline-delimited messages. Non-blocking: `read()` takes what
/// has arrived and returns whole lines only; a line longer than `maxLine` bytes is refused
/// before it is ever held in full. Writes wait briefly for room and report a broken peer.
final class NetConnection {
  private(set) var fd: Int32
  /// `192.168.1.23:51234`, for log lines.
  let peer: String
  /// The other computer's address without the port (`192.168.1.23`).
  var address: Substring { peer[..<(peer.lastIndex(of: ":") ?? peer.endIndex)] }
  let maxLine: Int
  private var buffer: [UInt8] = []

  init(fd: Int32, peer: String, maxLine: Int) {
    self.fd = fd
    self.peer = peer
    self.maxLine = maxLine
    Sockets.configure(fd)
  }

  deinit { close() }

  var isOpen: Bool { fd >= 0 }

  func close() {
    guard fd >= 0 else { return }
    #if canImport(Glibc)
      _ = Glibc.close(fd)
    #else
      _ = Darwin.close(fd)
    #endif
    fd = -1
  }

  /// Waits up to `timeout` seconds for something to read.
  func waitReadable(timeout: Double) -> Bool {
    guard fd >= 0 else { return false }
    var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    return poll(&pfd, 1, Int32(max(0, timeout) * 1000)) > 0
  }

  /// Takes what has arrived without waiting.
  func read() -> NetRead {
    guard fd >= 0 else { return .closed }
    var chunk = [UInt8](repeating: 0, count: 16 * 1024)
    var closed = false
    while true {
      let n = chunk.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
      if n > 0 {
        buffer += chunk[..<n]
        // A line already over the limit is refused now, not after it has been held in full.
        if buffer.count > maxLine && !buffer.prefix(maxLine + 1).contains(0x0A) {
          return .oversized
        }
        if buffer.count > 4 * maxLine { break }  // let the lines be taken first
        continue
      }
      if n == 0 {
        closed = true
      } else if errno == EINTR {
        continue
      } else if errno != EAGAIN && errno != EWOULDBLOCK {
        closed = true
      }
      break
    }
    // The lines are cut out where they stand and the buffer is shortened once (removing each
    // line from the front moved the rest every time: a flood of blank lines took minutes).
    var lines: [String] = []
    var start = 0
    let refused = buffer.withUnsafeBufferPointer { bytes -> NetRead? in
      guard let base = bytes.baseAddress else { return nil }
      while start < bytes.count, let hit = memchr(base + start, 0x0A, bytes.count - start) {
        let newline = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        if newline - start > maxLine { return .oversized }
        let end = newline > start && bytes[newline - 1] == 0x0D ? newline - 1 : newline
        defer { start = newline + 1 }
        if end == start { continue }  // a blank line is passed over
        guard let line = String(validating: bytes[start..<end], as: UTF8.self) else {
          return .notText
        }
        lines.append(line)
      }
      return nil
    }
    if let refused { return refused }
    buffer.removeFirst(start)
    if buffer.count > maxLine { return .oversized }
    if lines.isEmpty && closed { return .closed }
    return .lines(lines)
  }

  /// Sends one line (a newline is added). False when the peer is gone or does not take the
  /// bytes within `timeout` seconds.
  @discardableResult
  func send(_ line: String, timeout: Double = 3) -> Bool {
    guard fd >= 0 else { return false }
    let bytes = Array((line + "\n").utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { raw -> Int in
        #if canImport(Glibc)
          return Glibc.send(fd, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
        #else
          return Darwin.send(fd, raw.baseAddress, raw.count, 0)
        #endif
      }
      if n > 0 {
        offset += n
        continue
      }
      if n < 0 && errno == EINTR { continue }
      if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) {
        var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        if poll(&pfd, 1, Int32(timeout * 1000)) > 0 { continue }
      }
      return false
    }
    return true
  }
}

/// A listening TCP socket (IPv4).
final class NetListener {
  private(set) var fd: Int32
  let port: Int

  /// Listens on `address:port` (`0.0.0.0`: every interface). Port 0 picks a free port.
  init(address: String, port: Int) throws {
    var sin = sockaddr_in()
    sin.sin_family = sa_family_t(AF_INET)
    sin.sin_port = in_port_t(UInt16(port)).bigEndian
    guard inet_pton(AF_INET, address, &sin.sin_addr) == 1 else {
      throw NetError("「\(address)」不是 IPv4 地址（例如 192.168.1.23 或 0.0.0.0）")
    }
    let fd = socket(AF_INET, Sockets.stream, 0)
    guard fd >= 0 else { throw NetError("无法创建网络连接（\(Sockets.reason(errno))）") }
    var yes: Int32 = 1
    _ = setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
    let bound = withUnsafePointer(to: &sin) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    if bound != 0 {
      let code = errno
      Sockets.close(fd)
      switch code {
      case EADDRINUSE:
        throw NetError("端口 \(port) 已被占用（也许另一个 kefu host 正在运行），换一个端口：--port \(port + 1)")
      case EADDRNOTAVAIL:
        throw NetError("本机没有地址 \(address)，--bind 应是本机某块网卡的地址")
      case EACCES:
        throw NetError("没有权限使用端口 \(port)（1024 以下的端口需要管理员），换一个：--port 7420")
      default:
        throw NetError("无法在 \(address):\(port) 上等待连接（\(Sockets.reason(code))）")
      }
    }
    guard listen(fd, 16) == 0 else {
      let code = errno
      Sockets.close(fd)
      throw NetError("无法在 \(address):\(port) 上等待连接（\(Sockets.reason(code))）")
    }
    Sockets.configure(fd)
    var actual = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    _ = withUnsafeMutablePointer(to: &actual) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    self.fd = fd
    self.port = Int(UInt16(bigEndian: actual.sin_port))
  }

  deinit { close() }

  func close() {
    if fd >= 0 { Sockets.close(fd) }
    fd = -1
  }

  /// A waiting connection, if any (never blocks).
  func accept(maxLine: Int) -> NetConnection? {
    guard fd >= 0 else { return nil }
    var address = sockaddr_in()
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let client = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        #if canImport(Glibc)
          Glibc.accept(fd, $0, &length)
        #else
          Darwin.accept(fd, $0, &length)
        #endif
      }
    }
    guard client >= 0 else { return nil }
    let peer = Sockets.text(address.sin_addr) + ":\(UInt16(bigEndian: address.sin_port))"
    return NetConnection(fd: client, peer: peer, maxLine: maxLine)
  }
}

/// Socket helpers shared by the listener, the connections and `connect`.
enum Sockets {
  #if canImport(Glibc)
    static let stream = Int32(SOCK_STREAM.rawValue)
  #else
    static let stream = SOCK_STREAM
  #endif

  /// Non-blocking, closed on exec, no SIGPIPE on macOS (Linux passes MSG_NOSIGNAL per send).
  static func configure(_ fd: Int32) {
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
    _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    #if canImport(Darwin)
      var yes: Int32 = 1
      _ = setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &yes, socklen_t(MemoryLayout<Int32>.size))
    #endif
  }

  static func close(_ fd: Int32) {
    #if canImport(Glibc)
      _ = Glibc.close(fd)
    #else
      _ = Darwin.close(fd)
    #endif
  }

  static func text(_ address: in_addr) -> String {
    var address = address
    var buffer = [CChar](repeating: 0, count: Int(INET_ADDRSTRLEN))
    guard inet_ntop(AF_INET, &address, &buffer, socklen_t(buffer.count)) != nil else { return "?" }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  static func reason(_ code: Int32) -> String {
    switch code {
    case ECONNREFUSED: return "连接被拒绝"
    case ETIMEDOUT: return "超时"
    case EHOSTUNREACH, ENETUNREACH: return "网络不通"
    case EACCES, EPERM: return "没有权限"
    default: return String(cString: strerror(code))
    }
  }

  /// Connects to `host:port` within `timeout` seconds. Throws `NetError` with a message that
  /// says what to check.
  static func connect(host: String, port: Int, timeout: Double, maxLine: Int) throws
    -> NetConnection
  {
    let target = try resolve(host)
    let fd = socket(AF_INET, stream, 0)
    guard fd >= 0 else { throw NetError("无法创建网络连接（\(reason(errno))）") }
    configure(fd)
    var sin = sockaddr_in()
    sin.sin_family = sa_family_t(AF_INET)
    sin.sin_port = in_port_t(UInt16(port)).bigEndian
    sin.sin_addr = target
    let started = withUnsafePointer(to: &sin) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        #if canImport(Glibc)
          Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        #else
          Darwin.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
        #endif
      }
    }
    var code: Int32 = started == 0 ? 0 : errno
    if code == EINPROGRESS || code == EINTR {
      var pfd = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
      if poll(&pfd, 1, Int32(timeout * 1000)) > 0 {
        var length = socklen_t(MemoryLayout<Int32>.size)
        _ = getsockopt(fd, SOL_SOCKET, SO_ERROR, &code, &length)
      } else {
        code = ETIMEDOUT
      }
    }
    guard code == 0 else {
      close(fd)
      let place = "\(host):\(port)"
      switch code {
      case ECONNREFUSED:
        throw NetError("连接不上 \(place)：那里没有 kefu host 在等待。请确认对方已运行 kefu host，地址和端口照抄它显示的那一行")
      case ETIMEDOUT:
        throw NetError(
          "连接 \(place) 超时（\(Int(timeout)) 秒没有回应）：请确认地址正确、两台电脑在同一网络，且对方的防火墙允许端口 \(port)")
      default:
        throw NetError("连接不上 \(place)（\(reason(code))）：请确认地址正确、两台电脑在同一网络")
      }
    }
    return NetConnection(fd: fd, peer: "\(host):\(port)", maxLine: maxLine)
  }

  /// An IPv4 address, or a host name looked up through the system resolver.
  static func resolve(_ host: String) throws -> in_addr {
    var address = in_addr()
    if inet_pton(AF_INET, host, &address) == 1 { return address }
    var hints = addrinfo()
    hints.ai_family = AF_INET
    hints.ai_socktype = stream
    var result: UnsafeMutablePointer<addrinfo>?
    guard getaddrinfo(host, nil, &hints, &result) == 0, let first = result else {
      throw NetError("找不到主机「\(host)」：请照抄 kefu host 显示的地址（例如 192.168.1.23:7420）")
    }
    defer { freeaddrinfo(result) }
    guard let raw = first.pointee.ai_addr else { throw NetError("找不到主机「\(host)」") }
    return raw.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { $0.pointee.sin_addr }
  }

  /// The machine's IPv4 addresses other than loopback, of interfaces that are up: what a
  /// partner on the same network can type.
  public static func lanAddresses() -> [String] {
    var list: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&list) == 0 else { return [] }
    defer { freeifaddrs(list) }
    var out: [String] = []
    var cursor = list
    while let entry = cursor {
      defer { cursor = entry.pointee.ifa_next }
      let flags = Int32(entry.pointee.ifa_flags)
      guard let addr = entry.pointee.ifa_addr, addr.pointee.sa_family == sa_family_t(AF_INET),
        flags & Int32(IFF_UP) != 0, flags & Int32(IFF_LOOPBACK) == 0
      else { continue }
      let text = addr.withMemoryRebound(to: sockaddr_in.self, capacity: 1) {
        Sockets.text($0.pointee.sin_addr)
      }
      if !out.contains(text) { out.append(text) }
    }
    return out
  }
}

/// The addresses a partner can reach this machine at.
public enum NetAddresses {
  /// The machine's IPv4 addresses on its networks (not loopback), in interface order.
  public static func lan() -> [String] { Sockets.lanAddresses() }
}
