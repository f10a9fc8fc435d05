import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuText

/// How a session was played; instructors tell scripted runs from real play by it.
public enum SessionMode: String, CaseIterable {
  /// One student against the scripted buyer (`kefu play`).
  case solo
  /// Two students at one terminal (`kefu pair`).
  case pair
  /// Two students on two terminals (`kefu host` / `kefu join`).
  case net
  /// A reply script played on a manual clock (`kefu play --script`).
  case script
  /// One buyer of a 班次: several buyers served at once (`kefu shift`, live or scripted).
  case shift

  public var chineseName: String {
    switch self {
    case .solo: return "单人"
    case .pair: return "双人"
    case .net: return "联机"
    case .script: return "脚本"
    case .shift: return "班次"
    }
  }
}

/// Someone who took part in a session. Name, id and class are trimmed and NFKC-normalised, so
/// `"张三 "`, `"张三"`, `"张\u{200B}三"` and a full-width `"２０２６"` id are the same student
/// wherever they typed it.
public struct RecordPlayer: Equatable {
  public var name: String
  /// 学号, may be empty.
  public var id: String
  /// 班级, may be empty.
  public var className: String
  /// Which side they played.
  public var role: ChatRole

  public init(name: String, id: String = "", className: String = "", role: ChatRole = .seller) {
    self.name = RecordPlayer.normalize(name)
    self.id = RecordPlayer.normalize(id)
    self.className = RecordPlayer.normalize(className)
    self.role = role
  }

  /// Trimmed, NFKC-normalised text without invisible format characters (zero-width spaces and
  /// joiners, direction marks, a byte-order mark: Unicode category Cf): how kefu compares names,
  /// ids and classes, so two that look the same on screen are the same.
  public static func normalize(_ text: String) -> String {
    // Printable ASCII and 汉字 with no space at either end (nearly every name, id and class)
    // are already NFKC and trimmed: Foundation's two passes are kept for the rest.
    if let first = text.utf8.first, first != 0x20, text.utf8.last != 0x20,
      text.unicodeScalars.allSatisfy({
        (0x20..<0x7F).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
      })
    {
      return text
    }
    var mapped = text.precomposedStringWithCompatibilityMapping
    if mapped.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }) {
      mapped = String(
        String.UnicodeScalarView(
          mapped.unicodeScalars.filter { $0.properties.generalCategory != .format }))
    }
    return mapped.trimmingCharacters(in: .whitespacesAndNewlines)
  }
}

/// The scenario a session was played from; chat logs have an empty hash.
public struct RecordScenario: Equatable {
  /// The path as given to `kefu play`.
  public var path: String
  /// SHA-256 of the scenario file's bytes, lower-case hex; empty when there is no file.
  public var hash: String
  public var title: String
  /// What grading needs of the scenario as it was played, so a record grades the same without
  /// its file: `product:` (nil when the file names none), the `addon:` items (each its names,
  /// then aliases) and whether the lesson offers a chance to sell (`Scenario.offersSales`).
  /// `sales` is nil in records written before these were kept; then all three come from the
  /// scenario file when it is found.
  public var product: String?
  public var addons: [[String]]
  public var sales: Bool?

  public init(
    path: String, hash: String, title: String, product: String? = nil, addons: [[String]] = [],
    sales: Bool? = nil
  ) {
    self.path = path
    self.hash = hash
    self.title = title
    self.product = product
    self.addons = addons
    self.sales = sales
  }

  /// The scenario a session is being played from, with what grading needs of it.
  public init(playing scenario: Scenario) {
    self.init(
      path: scenario.path, hash: scenario.contentHash, title: scenario.title ?? "",
      product: scenario.product, addons: scenario.addons.map(\.names),
      sales: scenario.offersSales)
  }

  /// Whether the record carries what grading needs of its scenario (records written since
  /// `sales` was kept do).
  public var carriesFacts: Bool { sales != nil }

  /// The file name without its folder (`dress.kefu`), as the CSV shows it.
  public var fileName: String {
    // A path of scalars below U+0300 and 汉字 (nearly all) has no scalar that joins a slash to
    // its neighbour: each `/` and `\` is a character of its own, and the path is cut at the
    // last one in its bytes (splitting it by characters cost 16,000 instructions a record).
    let bytes = path.utf8
    if path.unicodeScalars.allSatisfy({ $0.value < 0x300 || (0x4E00...0x9FFF).contains($0.value) })
    {
      var end = bytes.endIndex
      while end > bytes.startIndex, Self.isSlash(bytes[bytes.index(before: end)]) {
        end = bytes.index(before: end)
      }
      guard end > bytes.startIndex else { return path }
      var start = end
      while start > bytes.startIndex, !Self.isSlash(bytes[bytes.index(before: start)]) {
        start = bytes.index(before: start)
      }
      return String(path[start..<end])
    }
    return path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? path
  }

  private static func isSlash(_ b: UInt8) -> Bool {
    b == UInt8(ascii: "/") || b == UInt8(ascii: "\\")
  }
}

/// One chat message of a session, as it happened: the engine's transcript message. `ms` is
/// milliseconds since the start (when a buyer message appeared, when a seller message was sent);
/// `firstKeyMs` is a seller message's first keystroke, nil if unknown (never written for buyers).
public typealias RecordedMessage = TranscriptMessage

/// A session's record: everything needed to grade it again later. Written as JSON after every
/// turn (see `RecordStore`); the grade is always recomputed from `messages`, the stored
/// `grade` is informational. The schema is documented in docs/records.md.
public struct SessionRecord: Equatable {
  /// The schema this build writes and the newest it reads.
  public static let currentSchema = 1

  public var schema: Int
  /// Unique across machines: `20261123T060509Z-9f3a6c1e2b7d` (UTC start + 48 random bits).
  public var sessionID: String
  public var scenario: RecordScenario
  public var rubricVersion: String
  /// The seed of the session's random generator.
  public var seed: UInt64
  public var mode: SessionMode
  public var players: [RecordPlayer]
  public var startedAt: RecordTime
  /// Whether the session reached its end (成交 or 流失); false after Ctrl-C or a crash.
  public var finished: Bool
  /// In pair and net play the buyer student may end the session themselves (成交 or 流失):
  /// which, so a replay reaches the same end. Nil when the scenario ended it or it is unfinished.
  public var buyerEnd: EndOutcome?
  /// The end the session reached (成交 or 流失), written once it is finished, so a record
  /// whose scenario file is missing or edited still gets the outcome it was played to. Nil
  /// while unfinished and in records written before it was kept.
  public var ending: EndOutcome?
  /// When an unfinished session was stopped (ms since the start), so a buyer left waiting at
  /// the stop is timed on re-grading. Nil when finished or unknown (older records).
  public var stoppedMs: Int?
  /// The response-time limit the session was played under, in seconds; re-grading times the
  /// replies against it. Nil only in records that carry none (early or hand-made ones).
  public var limitSeconds: Double?
  public var messages: [RecordedMessage]
  /// In a shift: the shift id, this buyer's number and arrival, the other chats; nil otherwise.
  public var shift: RecordShift?
  /// The grade object as of writing (`Grade.json`). Written for people and other tools; never
  /// read back: reading leaves it nil and fills `storedScore` instead.
  public var grade: JSONValue?
  /// When read from a file: the `grade.score` it carried, to notice hand edits. Never written.
  public var storedScore: Int?

  public init(
    sessionID: String, scenario: RecordScenario, rubricVersion: String = Rubric.version,
    seed: UInt64, mode: SessionMode, players: [RecordPlayer], startedAt: RecordTime,
    finished: Bool = false, buyerEnd: EndOutcome? = nil, limitSeconds: Double?,
    messages: [RecordedMessage] = [],
    grade: JSONValue? = nil, schema: Int = SessionRecord.currentSchema
  ) {
    self.schema = schema
    self.sessionID = sessionID
    self.scenario = scenario
    self.rubricVersion = rubricVersion
    self.seed = seed
    self.mode = mode
    self.players = players
    self.startedAt = startedAt
    self.finished = finished
    self.buyerEnd = buyerEnd
    self.limitSeconds = limitSeconds
    self.messages = messages
    self.grade = grade
  }

  /// A new session id: the UTC start time and 48 random bits, e.g. `20261123T060509Z-9f3a6c1e2b7d`.
  /// Forty machines starting in the same second still never collide.
  public static func makeSessionID(startedAt: RecordTime) -> String {
    var generator = SystemRandomNumberGenerator()
    return makeSessionID(startedAt: startedAt, using: &generator)
  }

  /// A session id from a given generator (tests).
  public static func makeSessionID<G: RandomNumberGenerator>(
    startedAt: RecordTime, using generator: inout G
  ) -> String {
    var hex = String(UInt64.random(in: 0...0xFFFF_FFFF_FFFF, using: &generator), radix: 16)
    hex = String(repeating: "0", count: 12 - hex.count) + hex
    return startedAt.compactUTC + "-" + hex
  }

  /// The student being graded: the seller (the first player when none is marked seller).
  public var seller: RecordPlayer? { players.first { $0.role == .seller } ?? players.first }

  /// The other side in a pair session: the buyer's player, if a person played the buyer.
  public var partner: RecordPlayer? { players.first { $0.role == .buyer } }

  /// Seconds from the start to the last message.
  public var durationSeconds: Double { Double(messages.last?.ms ?? 0) / 1000 }

  /// The record as a JSON value, keys in the schema's order.
  public var json: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("schema", .int(schema)),
      ("session_id", .string(sessionID)),
      (
        "scenario",
        .object(
          [
            ("path", .string(scenario.path)), ("hash", .string(scenario.hash)),
            ("title", .string(scenario.title)),
          ] + scenarioFacts)
      ),
      ("rubric_version", .string(rubricVersion)),
      // Seeds above 2^53 would lose digits in many JSON readers: those are written as strings.
      ("seed", seed <= SessionRecord.exactJSONInteger ? .int(Int(seed)) : .string(String(seed))),
      ("mode", .string(mode.rawValue)),
      (
        "players",
        .array(
          players.map {
            .object([
              ("name", .string($0.name)), ("id", .string($0.id)), ("class", .string($0.className)),
              ("role", .string($0.role.rawValue)),
            ])
          })
      ),
      ("started_at", .string(startedAt.iso8601)),
      ("finished", .bool(finished)),
      ("buyer_end", buyerEnd.map { .string($0.rawValue) } ?? .null),
    ]
    // Written once the session has ended (older records have no `end`).
    if let ending { pairs.append(("end", .string(ending.rawValue))) }
    pairs += [
      ("limit_s", limitSeconds.map { .seconds($0) } ?? .null),
      (
        "messages",
        .array(
          messages.map { m in
            var fields: [(String, JSONValue)] = [
              ("role", .string(m.role.rawValue)), ("text", .string(m.text)), ("ms", .int(m.ms)),
            ]
            if m.role == .seller {
              fields.append(("first_key_ms", m.firstKeyMs.map { .int($0) } ?? .null))
            }
            return .object(fields)
          })
      ),
    ]
    if let stoppedMs { pairs.append(("stopped_ms", .int(stoppedMs))) }
    if let shift { pairs.append(("shift", shift.json)) }
    if let grade { pairs.append(("grade", grade)) }
    return .object(pairs)
  }

  /// The scenario's `product`, `addons` and `sales`, when the record carries them.
  private var scenarioFacts: [(String, JSONValue)] {
    guard let sales = scenario.sales else { return [] }
    return [
      ("product", scenario.product.map { .string($0) } ?? .null),
      ("addons", .array(scenario.addons.map { .array($0.map { .string($0) }) })),
      ("sales", .bool(sales)),
    ]
  }

  static let exactJSONInteger: UInt64 = (1 << 53) - 1
  /// The longest a session may run in a record: 30 days, in milliseconds (larger values are
  /// refused as corrupt, so no time arithmetic can overflow).
  public static let maxMilliseconds = Session.maxMilliseconds
  /// The largest reply limit a record may carry (the rubric's own bound).
  public static let maxLimitSeconds = ReplyLimit.maxSeconds

  /// The file's text: one top-level field per line and one message per line, so a record
  /// reads well in an editor and diffs well; ends with a newline.
  public var fileText: String {
    guard case .object(let pairs) = json else { return json.text + "\n" }
    var out = "{\n"
    for (i, (key, value)) in pairs.enumerated() {
      out += "  "
      JSONValue.writeString(key, to: &out)
      out += ": "
      if case .array(let items) = value, !items.isEmpty {
        out += "[\n"
        for (j, item) in items.enumerated() {
          out += "    "
          item.write(to: &out)
          out += j + 1 < items.count ? ",\n" : "\n"
        }
        out += "  ]"
      } else {
        value.write(to: &out)
      }
      out += i + 1 < pairs.count ? ",\n" : "\n"
    }
    out += "}\n"
    return out
  }
}

/// What a shift buyer's record adds: the shift id shared by all buyers of one shift, the buyer's
/// number and arrival (milliseconds after the shift began; the record's `ms` count from the
/// arrival), and the other chats with what their buyers said (shift times), so `crossed_chats`
/// is judged again exactly as in play.
public struct RecordShift: Equatable {
  public var id: String
  public var buyer: Int
  public var arrivalMs: Int
  public var others: [ShiftNeighbour]

  public init(id: String, buyer: Int, arrivalMs: Int, others: [ShiftNeighbour] = []) {
    self.id = id
    self.buyer = buyer
    self.arrivalMs = arrivalMs
    self.others = others
  }

  /// The other chats as they stood at `ms` after this buyer's arrival.
  public func otherChats(atSession ms: Int) -> [OtherChat] {
    others.compactMap { $0.chat(atShift: arrivalMs + ms) }
  }

  public var json: JSONValue {
    .object([
      ("id", .string(id)), ("buyer", .int(buyer)), ("arrival_ms", .int(arrivalMs)),
      (
        "others",
        .array(
          others.map { o in
            .object([
              ("buyer", .int(o.buyer)), ("product", o.product.map { .string($0) } ?? .null),
              ("addons", .array(o.addons.map { .array($0.map { .string($0) }) })),
              (
                "said",
                .array(o.said.map { .object([("ms", .int($0.ms)), ("text", .string($0.text))]) })
              ),
            ])
          })
      ),
    ])
  }
}
