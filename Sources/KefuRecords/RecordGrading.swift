import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuText

/// Whether the scenario file a record names is still the one it was played from.
public enum ScenarioCheck: String {
  /// Found, and its hash matches the record's.
  case ok
  /// Found, but edited since the session (the hash differs): graded from the messages alone.
  case changed
  /// Not found anywhere kefu looks: graded from the messages alone.
  case missing
  /// The record carries no hash (a chat log, a hand-made record): nothing to compare.
  case unknown
}

/// A scenario as found for a record.
public struct ScenarioLookup {
  public var scenario: Scenario? {
    get { box?.scenario }
    set { box = newValue.map(ScenarioBox.init) }
  }
  public var check: ScenarioCheck
  /// Where the file was found.
  public var path: String?
  /// The scenario, in a box shared by every lookup of one file: the sessions of a class hold a
  /// handful of scenarios, and copying a session then retains one box, not every array of
  /// the scenario.
  var box: ScenarioBox?

  public init(scenario: Scenario?, check: ScenarioCheck, path: String?) {
    self.init(box: scenario.map(ScenarioBox.init), check: check, path: path)
  }

  init(box: ScenarioBox?, check: ScenarioCheck, path: String?) {
    self.box = box
    self.check = check
    self.path = path
  }
}

/// A parsed scenario, shared (never changed once made).
final class ScenarioBox: @unchecked Sendable {
  let scenario: Scenario
  init(_ scenario: Scenario) { self.scenario = scenario }
}

/// Finds and parses the scenario files records name, once per file (ten thousand records
/// share a handful of scenarios). Safe to use from several threads.
public final class ScenarioLibrary: @unchecked Sendable {
  /// Parses scenario text; nil when it cannot be used. By default the scenario linter parses
  /// it, and a scenario with errors is not used (tests pass their own).
  public typealias Parser = (_ text: String, _ path: String) -> Scenario?

  private let parser: Parser?
  private let extraFolders: [String]
  private let lock = NSLock()
  private var files: [String: (hash: String, scenario: ScenarioBox?)?] = [:]
  private var answers: [[String]: ScenarioLookup] = [:]

  /// `extraFolders` are searched for the scenario's file name when its recorded path does not
  /// exist (by default `scenarios/` in the current folder).
  public init(parser: Parser? = nil, extraFolders: [String] = ["scenarios"]) {
    self.parser = parser
    self.extraFolders = extraFolders
  }

  /// Looks for the record's scenario: its recorded path (absolute, or relative to the current
  /// folder), then relative to the record's folder, then by file name in the record's folder and
  /// the extra folders. A file whose hash matches wins over one that does not.
  public func lookup(_ record: SessionRecord, recordPath: String?) -> ScenarioLookup {
    let recorded = record.scenario.path
    guard !recorded.isEmpty else {
      return ScenarioLookup(box: nil, check: .unknown, path: nil)
    }
    // The records of one machine's folder name the same few scenarios: the answer is kept for
    // each folder, scenario path and hash (the files themselves are read once, below).
    let folder = recordPath.map(Self.folder)
    let key = [folder ?? "\u{0}", recorded, record.scenario.hash]
    lock.lock()
    if let known = answers[key] {
      lock.unlock()
      return known
    }
    lock.unlock()
    let answer = find(record, folder: folder)
    lock.lock()
    answers[key] = answer
    lock.unlock()
    return answer
  }

  /// The folder of a record's path, as `NSString.deletingLastPathComponent` gives it. A plain
  /// path (`机房-07/r00123.json`, `/home/t/class/r1.json`: no doubled or trailing slash, no
  /// `.` or `..` part) is cut at its last slash without Foundation's path machinery, which cost
  /// 2 % of an export; any other path goes through Foundation.
  static func folder(_ path: String) -> String {
    let bytes = path.utf8
    let slash = UInt8(ascii: "/")
    var partStart = bytes.startIndex
    if bytes.first == slash { partStart = bytes.index(after: partStart) }
    var lastSlash: String.Index?
    var i = partStart
    while true {
      if i == bytes.endIndex || bytes[i] == slash {
        // An empty part (a doubled or trailing slash, or the path `/` itself), `.` or `..`.
        if i == partStart || bytes[partStart..<i].allSatisfy({ $0 == UInt8(ascii: ".") }) {
          return (path as NSString).deletingLastPathComponent
        }
        if i == bytes.endIndex { break }
        lastSlash = i
        partStart = bytes.index(after: i)
      }
      i = bytes.index(after: i)
    }
    if let lastSlash { return String(path[..<lastSlash]) }
    return bytes.first == slash ? "/" : ""
  }

  /// `path` from the root: relative paths are taken from the current folder.
  static func absolute(_ path: String) -> String {
    let full =
      path.hasPrefix("/")
      ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
    return (full as NSString).standardizingPath
  }

  private func find(_ record: SessionRecord, folder: String?) -> ScenarioLookup {
    let recorded = record.scenario.path
    var candidates = [recorded]
    let name = record.scenario.fileName
    if let folder, !recorded.hasPrefix("/") {
      let base = folder.isEmpty ? "." : folder
      candidates.append(base + "/" + recorded)
      candidates.append(base + "/" + name)
      // Played from a folder whose records went into its `records/` (the default): the path
      // is relative to the folder above the record's.
      candidates.append((base + "/../" + recorded as NSString).standardizingPath)
      // Records kept away from where the lesson was played (`KEFU_RECORDS` on a share, a
      // copied folder) under the folder it was played in: relative to each folder further up.
      var above = (Self.absolute(base) as NSString).deletingLastPathComponent
      while true {
        let next = (above as NSString).deletingLastPathComponent
        guard next != above else { break }
        above = next
        candidates.append((above as NSString).appendingPathComponent(recorded))
      }
    }
    for folder in extraFolders { candidates.append(folder + "/" + name) }
    var firstFound: (String, String, ScenarioBox?)?
    for path in candidates {
      guard let (hash, scenario) = load(path) else { continue }
      if record.scenario.hash.isEmpty {
        return ScenarioLookup(box: scenario, check: .unknown, path: path)
      }
      if hash == record.scenario.hash {
        return ScenarioLookup(box: scenario, check: .ok, path: path)
      }
      if firstFound == nil { firstFound = (path, hash, scenario) }
    }
    if let (path, _, scenario) = firstFound {
      return ScenarioLookup(box: scenario, check: .changed, path: path)
    }
    return ScenarioLookup(box: nil, check: .missing, path: nil)
  }

  /// The hash and parsed scenario of a file, cached; nil if there is no readable file. The hash
  /// is the one `kefu play` records: SHA-256 of the file's bytes. A scenario with lint errors
  /// is not replayed (nil scenario), like play refuses it.
  private func load(_ path: String) -> (String, ScenarioBox?)? {
    lock.lock()
    if let cached = files[path] {
      lock.unlock()
      return cached.map { ($0.hash, $0.scenario) }
    }
    lock.unlock()
    var entry: (hash: String, scenario: ScenarioBox?)?
    if let bytes = try? TextFile.readBytes(path) {
      let hash = SHA256.hex(bytes)
      var scenario: Scenario?
      if let parser {
        scenario = parser(String(decoding: bytes, as: UTF8.self), path)
        scenario?.contentHash = hash
      } else {
        scenario = ScenarioLinter.lint(bytes: bytes, path: path, ruleIDs: RuleRegistry.ids).playable
      }
      entry = (hash, scenario.map(ScenarioBox.init))
    }
    lock.lock()
    files[path] = entry
    lock.unlock()
    return entry.map { ($0.hash, $0.scenario) }
  }
}

/// A session graded again: the grade, the turns it was computed from, how the scenario was found.
public struct GradedSession {
  public var grade: Grade
  public var turns: [Turn]
  public var scenarioCheck: ScenarioCheck
  /// The reply limit the replies were timed against.
  public var limitSeconds: Double
  /// How long the buyer had been waiting, past the limit, when an unfinished session was
  /// stopped (the grade counts it as one more slow response); nil otherwise.
  public var unansweredSeconds: Double?
  /// Graded without the scenario it was played from (the file missing, edited or unusable)
  /// and without the record's own facts of it (an older record): its outcome, sales tier and
  /// tips may differ from play. Export and report name these records.
  public var approximate: Bool

  public init(
    grade: Grade, turns: [Turn], scenarioCheck: ScenarioCheck,
    limitSeconds: Double = ReplyLimit.standardSeconds, unansweredSeconds: Double? = nil,
    approximate: Bool = false
  ) {
    self.grade = grade
    self.turns = turns
    self.scenarioCheck = scenarioCheck
    self.limitSeconds = limitSeconds
    self.unansweredSeconds = unansweredSeconds
    self.approximate = approximate
  }

  /// Late replies: the grade's slow responses without the unanswered wait at the stop.
  public var lateReplies: Int {
    (grade.responses?.slow ?? 0) - (unansweredSeconds == nil ? 0 : 1)
  }

  /// The text of reply `n` (1-based), as a grade's `stepReplies` and violations count them.
  public func reply(_ n: Int) -> String? {
    n >= 1 && n <= turns.count ? turns[n - 1].reply : nil
  }
}

/// Grading records again from their messages. The grade, outcome included, is recomputed with
/// the current rubric; the grade stored in a record is never consulted.
public enum RecordGrader {
  /// THE one place a record is graded (grade, export and report all come here).
  ///
  /// With the scenario it was played from (hash matches), the messages are replayed through
  /// the engine, so branches, patience and the outcome are exactly as in play. Without it (edited
  /// or missing file, or no parser), the messages are replayed through a stand-in that holds
  /// the record's own facts of the scenario (`end`, `product`, `addons`, `sales`), so each reply
  /// is judged and timed as in the replay and the grade is the same. A record written before
  /// those facts were kept takes them from the file as found, else guesses: the outcome from the
  /// buyer player's ending if recorded, else what the buyer's words say (`OutcomeSignals`), else
  /// 流失; the sales chance from the buyer's opening (`SalesSignals`); such a grade is
  /// `approximate`. An unfinished record is always 未完成.
  ///
  /// Either way the replies are timed against the limit the session was played under (the
  /// record's `limit_s`), and a buyer left waiting at the stop (`stopped_ms`) counts the same;
  /// only a record that carries no limit falls back to the scenario's, else the rubric's.
  public static func grade(
    _ record: SessionRecord, lookup: ScenarioLookup, rubric: Rubric
  ) -> GradedSession {
    if let scenario = lookup.scenario, lookup.check == .ok || lookup.check == .unknown {
      let session = Replay.run(
        scenario: scenario, messages: record.messages, rubric: rubric, buyerEnd: record.buyerEnd,
        stoppedMs: record.finished ? nil : record.stoppedMs,
        playedLimitSeconds: record.limitSeconds,
        otherChats: record.shift.map(otherChats))
      var outcome = session.outcome
      if !record.finished {
        outcome = .unfinished
      } else if outcome == .unfinished {
        outcome = OutcomeSignals.infer(record.messages) ?? .lost
      }
      let unanswered = record.finished ? nil : session.slowUnansweredSeconds
      return GradedSession(
        grade: rubric.grade(
          session.turns, outcome: outcome, addons: scenario.addons.map(\.names),
          sales: scenario.offersSales, product: scenario.product,
          unansweredSeconds: unanswered, limitSeconds: session.limitSeconds),
        turns: session.turns,
        scenarioCheck: lookup.check, limitSeconds: session.limitSeconds,
        unansweredSeconds: unanswered)
    }
    // Without the scenario it was played from, the messages are replayed all the same, through
    // a stand-in scenario that holds what grading needs (the record's own facts; for older
    // records without them, those of the file as found, else what the buyer's words say): one
    // node that every reply returns to and a buyer who never runs out of patience, so each reply
    // is judged and timed exactly as in the replay above, and a buyer left waiting at the stop
    // counts the same. The outcome is the one the session was played to.
    let facts = record.scenario
    let found = lookup.scenario
    var standIn = Scenario(
      path: facts.path, title: facts.title, patienceOverride: Int.max,
      limitSeconds: found?.limitSeconds,
      product: facts.carriesFacts ? facts.product : found?.product,
      addons: (facts.carriesFacts ? facts.addons : found?.addons.map(\.names) ?? []).map {
        Addon(names: $0, price: nil, location: SourceLocation(line: 0, column: 0))
      },
      nodes: [
        Node(
          name: "对话", location: SourceLocation(line: 0, column: 0), lines: [], branches: [])
      ])
    standIn.sales =
      facts.sales ?? found?.offersSales ?? SalesSignals.offersSales(record.messages)
    let session = Replay.run(
      scenario: standIn, messages: record.messages, rubric: rubric, buyerEnd: record.buyerEnd,
      stoppedMs: record.finished ? nil : record.stoppedMs,
      playedLimitSeconds: record.limitSeconds,
      otherChats: record.shift.map(otherChats))
    let outcome: Outcome
    if !record.finished {
      outcome = .unfinished
    } else if let end = record.ending ?? record.buyerEnd {
      outcome = end == .deal ? .deal : .lost
    } else {
      outcome = OutcomeSignals.infer(record.messages) ?? .lost
    }
    let unanswered = record.finished ? nil : session.slowUnansweredSeconds
    return GradedSession(
      grade: rubric.grade(
        session.turns, outcome: outcome, addons: standIn.addons.map(\.names),
        sales: standIn.offersSales, product: standIn.product, unansweredSeconds: unanswered,
        limitSeconds: session.limitSeconds),
      turns: session.turns, scenarioCheck: lookup.check, limitSeconds: session.limitSeconds,
      unansweredSeconds: unanswered, approximate: !facts.carriesFacts)
  }

  /// The other chats of a shift record as each reply saw them (`RecordShift.otherChats`). A
  /// chat as it was at the reply before (spelled the same, byte for byte) is passed on as the
  /// same value, so `crossed_chats` works out its details once per state of the chat, not once
  /// per reply.
  static func otherChats(_ shift: RecordShift) -> (Int) -> [OtherChat] {
    var previous: [Int: OtherChat] = [:]
    return { ms in
      var chats: [OtherChat] = []
      for (i, other) in shift.others.enumerated() {
        guard let chat = other.chat(atShift: shift.arrivalMs + ms) else { continue }
        if let same = previous[i], same.isSpelledAs(chat) {
          chats.append(same)
        } else {
          previous[i] = chat
          chats.append(chat)
        }
      }
      return chats
    }
  }

  /// Grades a real shop chat log: each reply judged in context, timed from the first unanswered
  /// buyer message; the outcome from the buyer's words, else 未完成.
  public static func grade(_ log: ChatLog, rubric: Rubric) -> GradedSession {
    let outcome = OutcomeSignals.infer(log.messages) ?? .unfinished
    let limit = rubric.settings.limit(scenario: nil)
    let (turns, grade) = Replay.gradeTranscript(
      log.messages, rubric: rubric, limitSeconds: limit,
      sales: SalesSignals.offersSales(log.messages), outcome: outcome)
    return GradedSession(grade: grade, turns: turns, scenarioCheck: .unknown, limitSeconds: limit)
  }
}

/// Whether a chat log, which has no scenario to say so, offered a chance to sell: a buyer who
/// opens with a problem with an order already placed (碎了、少发了、还没到、要退款) came for
/// after-sales service, and a perfect handling of it is not 三等客服 — the card shows no tier.
public enum SalesSignals {
  /// False when the buyer's messages before the first reply raise an after-sales matter
  /// (`StepContext.raisesAfterSales`).
  public static func offersSales(_ messages: [RecordedMessage]) -> Bool {
    let opening = messages.prefix { $0.role != .seller }.map(\.text)
    return !StepContext.raisesAfterSales(opening)
  }
}

/// What the buyer's own words say about how a conversation ended, for chat logs and for
/// records graded without their scenario.
public enum OutcomeSignals {
  /// The buyer says they bought: 已拍、拍了、拍下、下单了、付款了… (the words files' `buyer-bought`).
  public static let dealWords = WordBook.standard.words("buyer-bought")
  /// The buyer says they are leaving: 算了、不要了、不买了… (`buyer-leaving`).
  public static let lostWords = WordBook.standard.words("buyer-leaving")

  /// `deal` if any buyer message says they bought (not negated: 不拍了、没拍 do not count);
  /// else `lost` if the buyer's last message says they are leaving; else nil.
  public static func infer(_ messages: [RecordedMessage]) -> Outcome? {
    let buyer = messages.filter { $0.role == .buyer }.map { TextNormalizer.scalars($0.text) }
    if buyer.contains(where: { says($0, dealScalars) }) { return .deal }
    if let last = buyer.last, says(last, lostScalars) { return .lost }
    return nil
  }

  static let dealScalars = ScalarSearch.scalars(dealWords)
  static let lostScalars = ScalarSearch.scalars(lostWords)
  static let negations = "不没别未".unicodeScalars

  /// Whether `text` holds one of `words` not right after a negation (不拍了、没拍 do not count).
  static func says(_ text: [Unicode.Scalar], _ words: [[Unicode.Scalar]]) -> Bool {
    for word in words {
      var from = 0
      while let i = ScalarSearch.firstIndex(of: word, in: text, from: from) {
        if i == 0 || !negations.contains(text[i - 1]) { return true }
        from = i + word.count
      }
    }
    return false
  }
}
