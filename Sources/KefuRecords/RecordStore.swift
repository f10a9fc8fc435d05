import Foundation
import KefuText

/// The folder sessions are recorded in (`records/` by default, often a shared network folder).
/// Creating a store checks the folder can be written, so `kefu play` refuses before the session
/// starts rather than losing it at the end. Each session is one file, rewritten atomically after
/// every turn, named so that forty machines writing to one folder never collide.
public struct RecordStore {
  public let directory: String

  /// Creates the folder (and its parents) if needed and proves it is writable by writing and
  /// removing a probe file. Throws `RecordStoreError` with a Chinese message otherwise.
  public init(directory: String) throws {
    self.directory = directory
    let fm = FileManager.default
    var isDir: ObjCBool = false
    if fm.fileExists(atPath: directory, isDirectory: &isDir) {
      guard isDir.boolValue else {
        throw RecordStoreError(message: "\(directory): 记录文件夹的位置上是一个文件，不是文件夹")
      }
    } else {
      if let code = Self.makeDirectories(directory) {
        throw RecordStoreError(message: "\(directory): 无法创建记录文件夹（\(Posix.reason(code))）")
      }
    }
    let probe = directory + "/.kefu-probe-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    do {
      try AtomicFile.write([], to: probe)
      unlink(probe)
    } catch let e as AtomicFileError {
      throw RecordStoreError(message: "\(directory): 记录文件夹不可写（\(e.reason)），练习记录将无法保存")
    }
  }

  /// The file name a record is saved under: `20261123-140509-张三-9f3a6c1e2b7d.json` (local start
  /// time, the seller's name or else id, the random part of the session id). The same for every
  /// save of one session, so each turn replaces the previous snapshot.
  public static func fileName(for record: SessionRecord) -> String {
    let who = record.seller.map { $0.name.isEmpty ? $0.id : $0.name } ?? ""
    var safe = safeComponent(who)
    if safe.isEmpty { safe = "匿名" }
    let idPart = record.sessionID.split(separator: "-").last.map(String.init) ?? record.sessionID
    return "\(record.startedAt.compact)-\(safe)-\(safeComponent(idPart)).json"
  }

  /// The full path of a record in this store.
  public func path(for record: SessionRecord) -> String {
    directory + "/" + Self.fileName(for: record)
  }

  /// Writes the record atomically (temporary file, then rename) and returns its path.
  @discardableResult
  public func save(_ record: SessionRecord) throws -> String {
    let path = path(for: record)
    do {
      try AtomicFile.write(record.fileText, to: path)
    } catch let e as AtomicFileError {
      throw RecordStoreError(message: "\(path): 无法保存练习记录（\(e.reason)）")
    }
    return path
  }

  /// Text safe in a file name on Linux, macOS and Windows shares: Chinese stays, path
  /// separators, reserved and control characters become `_`, invisible format characters (the
  /// U+202E that makes `gpj.exe` read as `exe.jpg`, zero-width joiners) are dropped, a character
  /// keeps at most two combining marks; at most 24 characters and 72 bytes, so the name never
  /// exceeds a file system's 255-byte limit.
  static func safeComponent(_ text: String) -> String {
    var out = ""
    var count = 0
    for ch in text {
      if count >= 24 { break }
      var kept = String.UnicodeScalarView()
      for (i, scalar) in ch.unicodeScalars.enumerated() {
        if scalar.properties.generalCategory == .format || VisibleText.isHidden(scalar) { continue }
        if i > 2 && scalar.properties.generalCategory == .nonspacingMark { continue }
        kept.append(scalar)
      }
      guard let first = kept.first else { continue }
      let bad =
        first.value < 0x20 || first.value == 0x7F || "/\\:*?\"<>|".unicodeScalars.contains(first)
        || first.properties.isWhitespace
      let piece = bad ? "_" : String(kept)
      if out.utf8.count + piece.utf8.count > 72 { break }
      out += piece
      count += 1
    }
    while out.hasPrefix(".") { out.removeFirst() }
    return out
  }

  /// `mkdir -p`: creates the folder and its parents; the `errno` of the step that failed.
  static func makeDirectories(_ path: String) -> Int32? {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += part
      if mkdir(prefix, 0o755) != 0 && errno != EEXIST { return errno }
      prefix += "/"
    }
    return nil
  }

}

/// The records folder cannot be used.
public struct RecordStoreError: Error, CustomStringConvertible {
  public var message: String
  public var description: String { message }
}
