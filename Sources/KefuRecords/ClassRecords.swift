import Foundation
import KefuRubric
import KefuText

/// One record of a class, read and graded again. Kept compact, so a class of long records needs
/// the memory of the largest one, not of all: once graded, `record.messages` keeps only the last
/// message (the session's duration), a shift record's other chats (`record.shift.others`, read
/// only to judge `crossed_chats`) are dropped, and so are the scenario's product and addons
/// (read only to grade), `graded.turns` is dropped, and each violation
/// carries its quoted reply (at most `ClassSession.quoteLimit` characters).
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
  /// The slowest reply's response time, seconds (a wait nobody answered is not a reply); nil
  /// when no reply was timed. Kept when the turns are dropped.
  public var slowestReply: Double?

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
    self.slowestReply = graded.turns.compactMap(\.responseSeconds).max()
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
    copy.record.shift?.others = []
    // The scenario's product and addons were for grading (10,000 records held 4 MB of them).
    copy.record.scenario.product = nil
    copy.record.scenario.addons = []
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

  /// Sessions whose scenario file was edited since and whose record does not carry what
  /// grading needs of the scenario as played (older records): graded from their messages and
  /// the edited file, their outcome may differ from play. Their record paths (as in the CSV).
  public var changedScenarioRecords: [String] { approximated(.changed) }
  /// Sessions whose scenario file was not found and whose record does not carry what grading
  /// needs of it: graded from their messages alone. Their record paths, sorted.
  public var missingScenarioRecords: [String] { approximated(.missing) }
  public var changedScenarios: Int { changedScenarioRecords.count }
  public var missingScenarios: Int { missingScenarioRecords.count }

  private func approximated(_ check: ScenarioCheck) -> [String] {
    // By index: `filter` would copy every session.
    var paths: [String] = []
    for i in sessions.indices
    where sessions[i].lookup.check == check && sessions[i].graded.approximate {
      paths.append(sessions[i].relativePath)
    }
    return paths.sorted()
  }

  /// Reads and grades `inputs` (folders and files). Reading and grading run on all cores.
  public static func load(_ inputs: [String], rubric: Rubric, library: ScenarioLibrary)
    -> ClassRecords
  {
    var result = ClassRecords()
    // The pinyin sort at the end needs ICU's transliterator, slow to build: built meanwhile.
    let transliterator = DispatchGroup()
    DispatchQueue.global().async(group: transliterator) { PinyinOrder.prepare() }
    var files: [(path: String, relative: String, regular: Bool)] = []
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
        files.append((input, input, false))
      }
    }
    var loaded = [Result<ClassSession, RecordError>?](repeating: nil, count: files.count)
    let lock = NSLock()
    DispatchQueue.concurrentPerform(iterations: files.count) { i in
      let file = files[i]
      let outcome: Result<ClassSession, RecordError>
      do {
        let record = try SessionRecord.read(path: file.path, listedRegular: file.regular)
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
    // The same session of the same student is one session; one id under two students' names
    // is not a copy. Sessions are grouped by id first (cheap to hash), then by student. From
    // here on sessions are moved, never copied: a session holds many arrays, and copying ten
    // thousand of them cost more than grouping and sorting them.
    var found: [ClassSession?] = []
    found.reserveCapacity(loaded.count)
    var kept: [Int] = []  // per group: the index in `found` of the copy kept
    var paths: [[String]] = []  // per group: every copy's path, in file order
    var groupsOfID: [String: [Int]] = [:]
    for i in loaded.indices {
      switch loaded[i].take() {
      case .success(let s)?:
        let seller = s.record.seller
        let name = seller?.name ?? ""
        let studentID = seller?.id ?? ""
        let group = groupsOfID[s.record.sessionID]?.first { g in
          let other = found[kept[g]]!.record.seller
          return (other?.name ?? "") == name && (other?.id ?? "") == studentID
        }
        if let group {
          paths[group].append(s.relativePath)
          if better(s, than: found[kept[group]]!) { kept[group] = found.count }
        } else {
          groupsOfID[s.record.sessionID, default: []].append(kept.count)
          kept.append(found.count)
          paths.append([s.relativePath])
        }
        found.append(s)
      case .failure(let e)?: result.problems.append(e)
      case nil: break
      }
    }
    for (group, copies) in paths.enumerated() where copies.count > 1 {
      let keep = found[kept[group]]!
      result.duplicates.append(
        (
          keep.record.sessionID, keep.relativePath,
          copies.filter { $0 != keep.relativePath }.sorted()
        ))
    }
    transliterator.wait()
    result.sessions = ordered(taking: kept, from: &found)
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
  /// session id, path.
  static func ordered(_ sessions: [ClassSession]) -> [ClassSession] {
    var pool = sessions.map { Optional($0) }
    return ordered(taking: Array(sessions.indices), from: &pool)
  }

  /// The sessions at `indices` of `pool`, in the order of `ordered`, moved out of the pool.
  static func ordered(taking indices: [Int], from pool: inout [ClassSession?]) -> [ClassSession] {
    // Sorted by small keys: comparing the sessions themselves copied two of them per step.
    struct Key {
      var index: Int
      var texts: [String]
      var startedAt: RecordTime
      var sessionID: String
      var relativePath: String
    }
    let keys = indices.map { i in
      let seller = pool[i]!.record.seller
      return Key(
        index: i, texts: [seller?.className ?? "", seller?.name ?? "", seller?.id ?? ""],
        startedAt: pool[i]!.record.startedAt, sessionID: pool[i]!.record.sessionID,
        relativePath: pool[i]!.relativePath)
    }
    return PinyinOrder.sorted(keys, by: \.texts) { a, b in
      if a.startedAt != b.startedAt { return a.startedAt < b.startedAt }
      if a.sessionID != b.sessionID { return a.sessionID < b.sessionID }
      return a.relativePath < b.relativePath
    }.map { pool[$0.index].take()! }
  }
}

/// The `*.json` files under a folder, recursively, in path order; hidden files and folders
/// (temporary files of an interrupted save) left out. Symbolic links are followed, each folder
/// visited once (a link loop ends); a folder that cannot be opened and a link that leads nowhere
/// or in a circle are problems, named — never silently skipped. Files that are not regular
/// (a FIFO, a device) are listed, and refused by the reader with a message.
enum RecordFolder {
  /// `regular`: the folder listed the file as a regular file (read without a `stat` first).
  static func scan(_ folder: String) -> (
    files: [(path: String, relative: String, regular: Bool)], problems: [RecordError]
  ) {
    var files: [(String, String, Bool)] = []
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
      var entries: [(name: String, type: UInt8)] = []
      var unnamed: [(name: String, type: UInt8)] = []
      while let entry = readdir(dir) {
        let (name, valid) = withUnsafePointer(to: entry.pointee.d_name) {
          $0.withMemoryRebound(to: CChar.self, capacity: 256) {
            (String(cString: $0), String(validatingUTF8: $0) != nil)
          }
        }
        if name.hasPrefix(".") { continue }
        // A name that is not UTF-8 (GBK, from a zip made on Windows) has no path kefu can open.
        if !valid {
          // A link, or a listing that gives no kinds: ask by the bytes the folder gave, as
          // the walk below asks by name for UTF-8 entries, so a folder is named as one.
          var type = entry.pointee.d_type
          if type == UInt8(DT_LNK) || type == UInt8(DT_UNKNOWN) {
            var target = stat()
            let found = withUnsafePointer(to: entry.pointee.d_name) {
              $0.withMemoryRebound(to: CChar.self, capacity: 256) {
                fstatat(dirfd(dir), $0, &target, 0) == 0
              }
            }
            if found && FileKind(mode: target.st_mode) == .directory { type = UInt8(DT_DIR) }
          }
          unnamed.append((name, type))
          continue
        }
        entries.append((name, entry.pointee.d_type))
      }
      closedir(dir)
      for (name, type) in unnamed.sorted(by: { $0.name < $1.name }) {
        let what: String
        if name.lowercased().hasSuffix(".json") {
          what = "文件"
        } else if type == UInt8(DT_DIR) {
          what = "文件夹，其中的记录都没有读到"
        } else {
          continue
        }
        problems.append(
          RecordError(
            path: path + "/" + name,
            reason: "名字不是 UTF-8 编码（多半是 Windows 上打的压缩包，名字是 GBK），kefu 打不开这个\(what)："
              + "请用 unzip -O GBK 重新解压，或把它改成中文或英文名字"))
      }
      for (name, type) in entries.sorted(by: { $0.name < $1.name }) {
        let full = path + "/" + name
        let rel = relative.isEmpty ? name : relative + "/" + name
        let isJSON = name.lowercased().hasSuffix(".json")
        // The folder says what a plain file is (no stat for each of ten thousand records; the
        // reader checks it again); links, folders and unknown kinds are looked at below.
        if type == UInt8(DT_REG) {
          if isJSON { files.append((full, rel, true)) }
          continue
        }
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
          files.append((full, rel, false))
        }
      }
    }
    walk(base, "")
    return (files.sorted { $0.1 < $1.1 }, problems)
  }
}
