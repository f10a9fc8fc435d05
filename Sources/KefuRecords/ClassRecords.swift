import Foundation
import KefuRubric
import KefuText

/// One record of a class, read and graded again. Kept compact, so a class of long records needs
/// the memory of the largest one, not of all: once graded, `record.messages` keeps only the last
/// message (the session's duration), `graded.turns` is dropped, and each violation carries its
/// quoted reply (at most `ClassSession.quoteLimit` characters).
public struct ClassSession {
  public var record: SessionRecord
  /// How many messages the record had.
  public var messageCount: Int
  /// The file as found.
  public var path: String
  /// The path relative to the folder given on the command line (the CSV's `record` column).
  public var relativePath: String
  public var graded: GradedSession
  public var lookup: ScenarioLookup

  public var grade: Grade { graded.grade }

  public init(
    record: SessionRecord, path: String, relativePath: String, graded: GradedSession,
    lookup: ScenarioLookup
  ) {
    self.record = record
    self.messageCount = record.messages.count
    self.path = path
    self.relativePath = relativePath
    self.graded = graded
    self.lookup = lookup
  }

  /// Quoted replies in a class report are cut to this many characters.
  public static let quoteLimit = 200

  /// The session without the bulk of its messages and turns (see the type's comment).
  func compacted() -> ClassSession {
    var copy = self
    for i in copy.graded.grade.violations.indices {
      var v = copy.graded.grade.violations[i]
      if v.text.isEmpty { v.text = graded.reply(v.reply) ?? "" }
      if v.text.count > Self.quoteLimit { v.text = String(v.text.prefix(Self.quoteLimit)) + "…" }
      copy.graded.grade.violations[i] = v
    }
    copy.graded.turns = []
    copy.record.messages = record.messages.last.map { [$0] } ?? []
    return copy
  }
}

/// The records of a class: every `*.json` under the given folders (recursively: one subfolder
/// per machine is the usual layout) and the given files, read, graded again with the current
/// rubric, the same session counted once, in a stable order.
public struct ClassRecords {
  /// Sorted by class, student, start time, session id.
  public var sessions: [ClassSession] = []
  /// Records that could not be read: named, skipped, never silently dropped.
  public var problems: [RecordError] = []
  /// Sessions found more than once: the path kept and the paths left out.
  public var duplicates: [(sessionID: String, kept: String, dropped: [String])] = []
  /// Folders or files named on the command line that do not exist (also in `problems`).
  public var missingInputs: [String] = []

  public init() {}

  /// Sessions whose scenario file was edited since (graded from their messages alone).
  public var changedScenarios: Int { sessions.filter { $0.lookup.check == .changed }.count }
  /// Sessions whose scenario file was not found (graded from their messages alone).
  public var missingScenarios: Int { sessions.filter { $0.lookup.check == .missing }.count }

  /// Reads and grades `inputs` (folders and files). Reading and grading run on all cores.
  public static func load(_ inputs: [String], rubric: Rubric, library: ScenarioLibrary)
    -> ClassRecords
  {
    var result = ClassRecords()
    var files: [(path: String, relative: String)] = []
    for input in inputs {
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: input, isDirectory: &isDir) else {
        result.problems.append(RecordError(path: input, reason: "文件或文件夹不存在"))
        result.missingInputs.append(input)
        continue
      }
      if isDir.boolValue {
        let found = RecordFolder.scan(input)
        files += found.files
        result.problems += found.problems
      } else {
        files.append((input, input))
      }
    }
    var loaded = [Result<ClassSession, RecordError>?](repeating: nil, count: files.count)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      let file = files[i]
      let outcome: Result<ClassSession, RecordError>
      do {
        let record = try SessionRecord.read(path: file.path)
        let lookup = library.lookup(record, recordPath: file.path)
        let graded = RecordGrader.grade(record, lookup: lookup, rubric: rubric)
        outcome = .success(
          ClassSession(
            record: record, path: file.path, relativePath: file.relative, graded: graded,
            lookup: lookup
          ).compacted())
      } catch let e as RecordError {
        outcome = .failure(e)
      } catch {
        outcome = .failure(RecordError(path: file.path, reason: "\(error)"))
      }
      lock.lock()
      loaded[i] = outcome
      lock.unlock()
    }
    var byID: [String: ClassSession] = [:]
    var seen: [String: [String]] = [:]
    var order: [String] = []
    for item in loaded {
      switch item {
      case .success(let s):
        // The same session of the same student; one id under two students' names is not a copy.
        let seller = s.record.seller
        let id = [s.record.sessionID, seller?.name ?? "", seller?.id ?? ""].joined(
          separator: "\u{0}")
        if let kept = byID[id] {
          seen[id, default: []].append(s.relativePath)
          if better(s, than: kept) { byID[id] = s }
        } else {
          byID[id] = s
          seen[id] = [s.relativePath]
          order.append(id)
        }
      case .failure(let e): result.problems.append(e)
      case nil: break
      }
    }
    for id in order where seen[id]!.count > 1 {
      let kept = byID[id]!.relativePath
      let sessionID = byID[id]!.record.sessionID
      result.duplicates.append((sessionID, kept, seen[id]!.filter { $0 != kept }.sorted()))
    }
    result.sessions = ordered(order.map { byID[$0]! })
    result.problems.sort { $0.path < $1.path }
    return result
  }

  /// Of two copies of one session, the more complete one (a later snapshot); ties by path.
  static func better(_ a: ClassSession, than b: ClassSession) -> Bool {
    if a.record.finished != b.record.finished { return a.record.finished }
    if a.messageCount != b.messageCount { return a.messageCount > b.messageCount }
    return a.relativePath < b.relativePath
  }

  /// The CSV's and the report's order: class and student by pinyin, student id, start time,
  /// session id.
  static func ordered(_ sessions: [ClassSession]) -> [ClassSession] {
    PinyinOrder.sorted(
      sessions,
      by: { s in
        [s.record.seller?.className ?? "", s.record.seller?.name ?? "", s.record.seller?.id ?? ""]
      }, tieBreak: laterTies)
  }

  /// Of two sessions of one student: start time, session id, path.
  static func laterTies(_ a: ClassSession, _ b: ClassSession) -> Bool {
    if a.record.startedAt != b.record.startedAt { return a.record.startedAt < b.record.startedAt }
    if a.record.sessionID != b.record.sessionID { return a.record.sessionID < b.record.sessionID }
    return a.relativePath < b.relativePath
  }
}

/// The `*.json` files under a folder, recursively, in path order; hidden files and folders
/// (temporary files of an interrupted save) left out. Symbolic links are followed, each folder
/// visited once (a link loop ends); a folder that cannot be opened and a link that leads nowhere
/// or in a circle are problems, named — never silently skipped. Files that are not regular
/// (a FIFO, a device) are listed, and refused by the reader with a message.
enum RecordFolder {
  static func scan(_ folder: String) -> (
    files: [(path: String, relative: String)], problems: [RecordError]
  ) {
    var files: [(String, String)] = []
    var problems: [RecordError] = []
    var visited = Set<[UInt64]>()
    let base = folder.hasSuffix("/") && folder.count > 1 ? String(folder.dropLast()) : folder
    func walk(_ path: String, _ relative: String) {
      var info = stat()
      guard stat(path, &info) == 0 else { return }
      guard visited.insert([UInt64(info.st_dev), UInt64(info.st_ino)]).inserted else { return }
      guard let dir = opendir(path) else {
        problems.append(
          RecordError(path: path, reason: "无法读取文件夹（\(Posix.reason(errno))），其中的记录都没有读到"))
        return
      }
      var names: [String] = []
      while let entry = readdir(dir) {
        let name = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
        }
        if name.hasPrefix(".") { continue }
        names.append(name)
      }
      closedir(dir)
      for name in names.sorted() {
        let full = path + "/" + name
        let rel = relative.isEmpty ? name : relative + "/" + name
        let isJSON = name.lowercased().hasSuffix(".json")
        var target = stat()
        if stat(full, &target) != 0 {
          let code = errno
          var link = stat()
          guard lstat(full, &link) == 0 else { continue }
          if FileKind(mode: link.st_mode) == .symbolicLink, isJSON || code == ELOOP {
            let why =
              code == ELOOP ? "符号链接形成了循环" : code == ENOENT ? "链接指向的文件不存在" : Posix.reason(code)
            problems.append(RecordError(path: full, reason: why))
          } else if isJSON {
            problems.append(RecordError(path: full, reason: "无法读取（\(Posix.reason(code))）"))
          }
          continue
        }
        if FileKind(mode: target.st_mode) == .directory {
          walk(full, rel)
        } else if isJSON {
          files.append((full, rel))
        }
      }
    }
    walk(base, "")
    return (files.sorted { $0.1 < $1.1 }, problems)
  }
}
