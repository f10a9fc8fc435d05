import Foundation

/// Why a text file could not be read, with enough detail for a `file:line:col` message.
public enum TextFileError: Error, Equatable {
  case missing(path: String)
  case isDirectory(path: String)
  case unreadable(path: String, reason: String)
  case tooLarge(path: String, bytes: Int, limit: Int)
  case binary(path: String)
  /// Not UTF-8 at `line`:`column` (1-based, column in bytes); `likelyGB` when the bytes read as
  /// GB18030, the encoding older Windows editors save Chinese text in.
  case notUTF8(path: String, line: Int, column: Int, likelyGB: Bool)

  /// A one-line Chinese message, `path:line:col: ...` where there is a position.
  public var message: String {
    switch self {
    case .missing(let p): return "\(p): 文件不存在"
    case .isDirectory(let p): return "\(p): 这是一个文件夹，不是文件"
    case .unreadable(let p, let r): return "\(p): 无法读取（\(r)）"
    case .tooLarge(let p, let b, let l):
      return "\(p): 文件太大（\(b) 字节，上限 \(l) 字节），不像是文本文件"
    case .binary(let p): return "\(p): 这是二进制文件，不是文本"
    case .notUTF8(let p, let line, let col, let gb):
      let hint =
        gb
        ? "它看起来是 GBK/GB18030 编码（旧版 Windows 记事本常用）。请用编辑器“另存为 UTF-8”，或运行：iconv -f GB18030 -t UTF-8 原文件 > 新文件"
        : "请把文件另存为 UTF-8 编码"
      return "\(p):\(line):\(col): 文件不是 UTF-8 编码。\(hint)"
    }
  }
}

/// Reading text files the way every kefu command needs: strict UTF-8, a BOM dropped, clear
/// errors for missing, binary, huge and wrongly encoded files.
public enum TextFile {
  /// Files above this size are refused rather than read (scenarios and logs are far smaller).
  public static let defaultLimit = 64 * 1024 * 1024

  /// Reads raw bytes, refusing directories, missing and oversized files.
  public static func readBytes(_ path: String, limit: Int = defaultLimit) throws -> [UInt8] {
    var isDir: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
      throw TextFileError.missing(path: path)
    }
    if isDir.boolValue { throw TextFileError.isDirectory(path: path) }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw TextFileError.unreadable(path: path, reason: "没有读取权限")
    }
    defer { try? handle.close() }
    let attrs = try? FileManager.default.attributesOfItem(atPath: path)
    if let size = attrs?[.size] as? Int, size > limit {
      throw TextFileError.tooLarge(path: path, bytes: size, limit: limit)
    }
    let data = handle.readDataToEndOfFile()
    if data.count > limit {
      throw TextFileError.tooLarge(path: path, bytes: data.count, limit: limit)
    }
    return [UInt8](data)
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
      let b = bytes[i]
      if b < 0x80 {
        i += 1
        continue
      }
      let need: Int
      var minNext: UInt8 = 0x80
      var maxNext: UInt8 = 0xBF
      switch b {
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
      default: return i
      }
      if i + need >= end { return i }
      if bytes[i + 1] < minNext || bytes[i + 1] > maxNext { return i }
      for k in 2..<(need + 1) where bytes[i + k] < 0x80 || bytes[i + k] > 0xBF { return i }
      i += need + 1
    }
    return nil
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
