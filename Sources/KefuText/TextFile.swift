import Foundation

/// Why a text file could not be read, with enough detail for a `file:line:col` message.
public enum TextFileError: Error, Equatable {
  case missing(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case binary(path: String)
  /// A device, FIFO or socket where a file was expected: `kind` names it in Chinese.
  case notRegular(path: String, kind: String)
  /// Text in UTF-16 (a byte-order mark says so): Windows editors save "Unicode" text this way.
  case utf16(path: String)
  /// Not UTF-8 at `line`:`column` (1-based, column in bytes); `likelyGB` when the bytes read as
  /// GB18030, the encoding older Windows editors save Chinese text in.
  case notUTF8(path: String, line: Int, column: Int, likelyGB: Bool)

  /// Whether a name holds U+FFFD where its bytes were not UTF-8 (a GBK name from a zip made on
  /// Windows, typed through the shell or listed from a folder): no path kefu builds can open it.
  public static func isUndecoded(_ name: String) -> Bool {
    name.unicodeScalars.contains("\u{FFFD}")
  }

  /// What to do about such a name, said the same by every command that meets one.
  public static let undecodedAdvice = "请把文件改名，或用 unzip -O GBK 重新解压"

  /// For a path that does not exist and `isUndecoded`, the note that says why.
  public static func undecodedNote(_ path: String) -> String {
    isUndecoded(path) ? "（名字里有不是 UTF-8 的字节，多半是 GBK 编码的文件名：\(undecodedAdvice)）" : ""
  }

  /// A one-line Chinese message, `path:line:col: ...` where there is a position.
  public var message: String {
    switch self {
    case .missing(let p): return "\(p): 文件不存在" + TextFileError.undecodedNote(p)
    case .isDirectory(let p): return "\(p): 这是一个文件夹，不是文件"
    case .unreadable(let p, let r): return "\(p): 无法读取（\(r)）"
    case .tooLarge(let p, let b, let l):
      return "\(p): 文件太大（\(b) 字节，上限 \(l) 字节），不像是文本文件"
    case .binary(let p): return "\(p): 这是二进制文件，不是文本"
    case .notRegular(let p, let kind): return "\(p): 这是\(kind)，不是普通文件，不会读取"
    case .utf16(let p):
      return
        "\(p): 文件是 UTF-16 编码（Windows 记事本的“Unicode”），请另存为 UTF-8，或运行：iconv -f UTF-16 -t UTF-8 原文件 > 新文件"
    case .notUTF8(let p, let line, let col, let gb):
      let hint =
        gb
        ? "它看起来是 GBK/GB18030 编码（旧版 Windows 记事本常用）。请用编辑器“另存为 UTF-8”，或运行：iconv -f GB18030 -t UTF-8 原文件 > 新文件"
        : "请把文件另存为 UTF-8 编码"
      return "\(p):\(line):\(col): 文件不是 UTF-8 编码。\(hint)"
    }
  }
}

/// What a path names, from its `st_mode`.
public enum FileKind: Equatable {
  case regular, directory, characterDevice, blockDevice, fifo, socket, symbolicLink

  public init?(mode: mode_t) {
    switch mode & S_IFMT {
    case S_IFREG: self = .regular
    case S_IFDIR: self = .directory
    case S_IFCHR: self = .characterDevice
    case S_IFBLK: self = .blockDevice
    case S_IFIFO: self = .fifo
    case S_IFSOCK: self = .socket
    case S_IFLNK: self = .symbolicLink
    default: return nil
    }
  }

  public var chineseName: String {
    switch self {
    case .regular: return "普通文件"
    case .directory: return "文件夹"
    case .characterDevice, .blockDevice: return "设备文件"
    case .fifo: return "命名管道（FIFO）"
    case .socket: return "套接字"
    case .symbolicLink: return "符号链接"
    }
  }
}

/// Reading text files the way every kefu command needs: strict UTF-8, a BOM dropped, clear
/// errors for missing, binary, huge and wrongly encoded files.
public enum TextFile {
  /// Files above this size are refused rather than read (scenarios and logs are far smaller).
  public static let defaultLimit = 64 * 1024 * 1024

  /// Reads raw bytes, refusing anything that is not a regular file (a folder, a device such as
  /// `/dev/zero`, a FIFO, a socket: those are never opened for reading, so nothing can hang or
  /// grow without bound) and files above `limit`, which is checked before reading.
  public static func readBytes(_ path: String, limit: Int = defaultLimit) throws -> [UInt8] {
    try readBytes(path, limit: limit, listedRegular: false)
  }

  /// `readBytes(_:limit:)` for a file its folder listed as a regular file (`readdir`'s kind):
  /// opened without the `stat` before, the kind checked on the open file. Anything else found
  /// (it cannot be opened, it is no longer a regular file, it is too large) is read again the
  /// careful way, so it gets the same error.
  public static func readBytes(_ path: String, limit: Int = defaultLimit, listedRegular: Bool)
    throws -> [UInt8]
  {
    if listedRegular {
      let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
      if fd >= 0 {
        defer { close(fd) }
        var opened = stat()
        if fstat(fd, &opened) == 0, FileKind(mode: opened.st_mode) == .regular,
          Int(opened.st_size) <= limit
        {
          return try readOpened(fd, size: Int(opened.st_size), path: path, limit: limit)
        }
      }
    }
    var info = stat()
    if stat(path, &info) != 0 {
      let code = errno
      if code == ENOENT {
        var link = stat()
        if lstat(path, &link) == 0 {
          throw TextFileError.unreadable(path: path, reason: "链接指向的文件不存在")
        }
        throw TextFileError.missing(path: path)
      }
      if code == ELOOP { throw TextFileError.unreadable(path: path, reason: "符号链接形成了循环") }
      throw TextFileError.unreadable(path: path, reason: Posix.reason(code))
    }
    if let kind = FileKind(mode: info.st_mode), kind != .regular {
      if kind == .directory { throw TextFileError.isDirectory(path: path) }
      throw TextFileError.notRegular(path: path, kind: kind.chineseName)
    }
    if Int(info.st_size) > limit {
      throw TextFileError.tooLarge(path: path, bytes: Int(info.st_size), limit: limit)
    }
    // O_NONBLOCK: should the file be swapped for a FIFO after the check, opening does not hang.
    let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard fd >= 0 else {
      throw TextFileError.unreadable(path: path, reason: Posix.reason(errno))
    }
    defer { close(fd) }
    var opened = stat()
    guard fstat(fd, &opened) == 0 else {
      throw TextFileError.unreadable(path: path, reason: Posix.reason(errno))
    }
    if let kind = FileKind(mode: opened.st_mode), kind != .regular {
      throw TextFileError.notRegular(path: path, kind: kind.chineseName)
    }
    return try readOpened(fd, size: Int(opened.st_size), path: path, limit: limit)
  }

  /// The bytes of the open regular file `fd`, `size` bytes as it was found.
  private static func readOpened(_ fd: Int32, size: Int, path: String, limit: Int) throws
    -> [UInt8]
  {
    // Read straight into an array of the size the file has (one byte more, to see the end);
    // a file that grew since is read on in chunks.
    var atEnd = false
    var bytes = try [UInt8](unsafeUninitializedCapacity: min(size, limit) + 1) {
      buffer, count in
      count = 0
      while count < buffer.count {
        let n = Posix.read(fd, buffer.baseAddress! + count, buffer.count - count)
        if n < 0 {
          if errno == EINTR { continue }
          throw TextFileError.unreadable(path: path, reason: Posix.reason(errno))
        }
        if n == 0 {
          atEnd = true
          return
        }
        count += n
      }
    }
    if bytes.count > limit {  // the file grew while being read
      throw TextFileError.tooLarge(path: path, bytes: bytes.count, limit: limit)
    }
    if atEnd { return bytes }
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { Posix.read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw TextFileError.unreadable(path: path, reason: Posix.reason(errno))
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[0..<n])
      if bytes.count > limit {  // the file grew while being read
        throw TextFileError.tooLarge(path: path, bytes: bytes.count, limit: limit)
      }
    }
    return bytes
  }

  /// Reads a UTF-8 text file (BOM removed). Throws `TextFileError` otherwise.
  public static func read(_ path: String, limit: Int = defaultLimit) throws -> String {
    let bytes = try readBytes(path, limit: limit)
    return try decode(bytes, path: path)
  }

  /// Decodes bytes as strict UTF-8, dropping a leading BOM.
  public static func decode(_ bytes: [UInt8], path: String) throws -> String {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if looksLikeUTF16(body) { throw TextFileError.utf16(path: path) }
    if body.contains(0) { throw TextFileError.binary(path: path) }
    if let bad = firstInvalidUTF8(body) {
      var line = 1
      var lineStart = body.startIndex
      for i in body.startIndex..<bad where body[i] == 0x0A {
        line += 1
        lineStart = i + 1
      }
      throw TextFileError.notUTF8(
        path: path, line: line, column: bad - lineStart + 1, likelyGB: looksLikeGB18030(body))
    }
    return String(decoding: body, as: UTF8.self)
  }

  /// Index of the first byte that does not start a valid UTF-8 sequence, or nil.
  public static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
    var i = bytes.startIndex
    let end = bytes.endIndex
    while i < end {
      if bytes[i] < 0x80 {
        i += 1
        continue
      }
      guard let n = utf8SequenceLength(bytes, at: i, end: end) else { return i }
      i += n
    }
    return nil
  }

  /// The length of the valid UTF-8 sequence that starts at `i` with a byte of 0x80 or more and
  /// ends before `end`, or nil: no overlong forms, no surrogates, nothing past U+10FFFF. The one
  /// test of a sequence for the file check above and the record parser's strings.
  @inlinable @inline(__always)
  public static func utf8SequenceLength<Bytes: RandomAccessCollection>(
    _ bytes: Bytes, at i: Int, end: Int
  ) -> Int? where Bytes.Element == UInt8, Bytes.Index == Int {
    let need: Int
    var minNext: UInt8 = 0x80
    var maxNext: UInt8 = 0xBF
    switch bytes[i] {
    case 0xC2...0xDF: need = 1
    case 0xE0:
      need = 2
      minNext = 0xA0
    case 0xE1...0xEC, 0xEE...0xEF: need = 2
    case 0xED:
      need = 2
      maxNext = 0x9F
    case 0xF0:
      need = 3
      minNext = 0x90
    case 0xF1...0xF3: need = 3
    case 0xF4:
      need = 3
      maxNext = 0x8F
    default: return nil
    }
    guard i + need < end, bytes[i + 1] >= minNext, bytes[i + 1] <= maxNext else { return nil }
    for k in 2..<(need + 1) where bytes[i + k] < 0x80 || bytes[i + k] > 0xBF { return nil }
    return need + 1
  }

  /// Whether the bytes open with a UTF-16 byte-order mark (FF FE or FE FF: Notepad's 「Unicode」).
  public static func startsWithUTF16Mark<C: Collection<UInt8>>(_ bytes: C) -> Bool {
    bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
  }

  /// Whether the bytes start with a UTF-16 byte-order mark, or look like UTF-16 without one
  /// (ASCII text with every other byte zero).
  public static func looksLikeUTF16(_ bytes: ArraySlice<UInt8>) -> Bool {
    if startsWithUTF16Mark(bytes) { return true }
    let sample = bytes.prefix(256)
    guard sample.count >= 4, sample.count % 2 == 0 else { return false }
    let pairs = stride(from: sample.startIndex, to: sample.endIndex, by: 2)
    let zeroSecond = pairs.filter { sample[$0] != 0 && sample[$0 + 1] == 0 }.count
    let zeroFirst = pairs.filter { sample[$0] == 0 && sample[$0 + 1] != 0 }.count
    return max(zeroSecond, zeroFirst) * 4 >= (sample.count / 2) * 3
  }

  /// Whether the bytes form plausible GB18030 text (two-byte pairs with lead 0x81–0xFE).
  public static func looksLikeGB18030(_ bytes: ArraySlice<UInt8>) -> Bool {
    var i = bytes.startIndex
    var pairs = 0
    while i < bytes.endIndex {
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      guard b >= 0x81 && b <= 0xFE, i + 1 < bytes.endIndex else { return false }
      let t = bytes[i + 1]
      if t >= 0x30 && t <= 0x39 {  // four-byte form
        guard i + 3 < bytes.endIndex else { return false }
        i += 4
      } else if (t >= 0x40 && t <= 0x7E) || (t >= 0x80 && t <= 0xFE) {
        i += 2
      } else {
        return false
      }
      pairs += 1
    }
    return pairs > 0
  }

  /// Decodes GB18030 (a superset of GBK and GB2312) through Foundation.
  public static func decodeGB18030(_ bytes: [UInt8]) -> String? {
    // kCFStringEncodingGB_18030_2000 (0x0632) as an NSStringEncoding: the high bit marks a
    // CoreFoundation encoding. The CF names are not exported on Linux, the value is.
    return String(data: Data(bytes), encoding: String.Encoding(rawValue: 0x8000_0632))
  }
}

/// "Did you mean" suggestions by edit distance over characters (works for Chinese words).
public enum Suggestion {
  public static func closest(to word: String, in candidates: [String], maxDistance: Int? = nil)
    -> String?
  {
    let limit = maxDistance ?? max(1, word.count / 2)
    var best: (String, Int)?
    for c in candidates {
      let d = distance(Array(word), Array(c))
      if d <= limit && (best == nil || d < best!.1) { best = (c, d) }
    }
    return best?.0
  }

  public static func distance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var prev = Array(0...b.count)
    var cur = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      cur[0] = i
      for j in 1...b.count {
        cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&prev, &cur)
    }
    return prev[b.count]
  }
}

extension TextFile {
  /// The lines of a text, split at LF or CRLF (a CRLF is one `Character` in Swift, so splitting
  /// at "\n" alone would miss it), without their line ends. Line N is element N-1.
  public static func lines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
      .map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
  }
}
