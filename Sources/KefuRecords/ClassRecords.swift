import Foundation
import KefuRubric
import KefuText

/// One record of a class, read and graded again.
public struct ClassSession {
  public var record: SessionRecord
  /// The file as found.
  public var path: String
  /// The path relative to the folder given on the command line (the CSV's `record` column).
  public var relativePath: String
  public var graded: GradedSession
  public var lookup: ScenarioLookup

  public var grade: Grade { graded.grade }
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
        files += recordFiles(in: input)
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
            lookup: lookup))
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
        let id = s.record.sessionID
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
      result.duplicates.append((id, kept, seen[id]!.filter { $0 != kept }.sorted()))
    }
    result.sessions = ordered(order.map { byID[$0]! })
    result.problems.sort { $0.path < $1.path }
    return result
  }

  /// Of two copies of one session, the more complete one (a later snapshot); ties by path.
  static func better(_ a: ClassSession, than b: ClassSession) -> Bool {
    if a.record.finished != b.record.finished { return a.record.finished }
    if a.record.messages.count != b.record.messages.count {
      return a.record.messages.count > b.record.messages.count
    }
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

  /// `*.json` files under `folder`, recursively, hidden files and folders (temporary files of an
  /// interrupted save) left out; in path order.
  static func recordFiles(in folder: String) -> [(path: String, relative: String)] {
    guard let walker = FileManager.default.enumerator(atPath: folder) else { return [] }
    var out: [(String, String)] = []
    let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
    while let item = walker.nextObject() as? String {
      let name = (item as NSString).lastPathComponent
      if name.hasPrefix(".") {
        walker.skipDescendants()
        continue
      }
      guard name.lowercased().hasSuffix(".json") else { continue }
      let full = base + "/" + item
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: full, isDirectory: &isDir), !isDir.boolValue {
        out.append((full, item))
      }
    }
    return out.sorted { $0.1 < $1.1 }
  }
}
