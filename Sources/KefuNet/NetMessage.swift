import Foundation
import KefuRecords
import KefuRubric
import KefuScenario
import KefuText

/// The wire protocol of `kefu host` / `kefu join`: one JSON object per line (UTF-8, `\n`), each
/// with a `type`. The joining side speaks first (`hello`); the host answers `welcome` or
/// `refused`; then the host sends the session's `event`s and the joining side its player's moves
/// (`say`, `buyer_end`, `reply`); both send `ping` while idle and `leave` on Ctrl-C.
/// docs/network.md describes every message.
public enum NetProtocol {
  /// Raised when a message changes meaning; both sides must speak the same one. 2: the `kept`
  /// refusal (a partner's seat is kept for them).
  public static let version = 2
  /// The default port of `kefu host`.
  public static let defaultPort = 7420
  /// The longest line the host reads from a joining side (a hello, a move, a ping).
  public static let maxClientLine = 16 * 1024
  /// The longest line the joining side reads from the host (the welcome carries the scenario).
  public static let maxHostLine = 4 * 1024 * 1024
  /// The largest scenario or rubric file a host sends.
  public static let maxFileBytes = 1024 * 1024
  /// A reply or a buyer line longer than this (in characters) is refused.
  public static let maxTextCharacters = 2000
  /// At most this many lines in one buyer turn.
  public static let maxBuyerLines = 20
}

/// A thing that happened in a net session. The host decides each and sends it; both sides apply
/// it to their `Session` through `NetSessionModel`, so both hold the same session.
public enum NetSessionEvent: Equatable {
  /// The buyer said these lines; `ms` is the session time they appeared.
  case buyer(lines: [String], ms: Int)
  /// The seller replied; `ms` is when it was sent, `firstKeyMs` its first keystroke (session
  /// time). Both come from the seller's own machine (see `NetSessionModel`).
  case reply(text: String, ms: Int, firstKeyMs: Int?)
  /// The buyer player ended the session (`/成交`, `/走人`).
  case buyerEnd(EndOutcome)
}

/// What the joining side says first.
public struct NetHello: Equatable {
  public var protocolVersion: Int
  public var appVersion: String
  public var code: String
  public var player: RecordPlayer
  /// The token of an earlier welcome, when rejoining from the same process.
  public var token: String?

  public init(
    protocolVersion: Int = NetProtocol.version, appVersion: String, code: String,
    player: RecordPlayer, token: String? = nil
  ) {
    self.protocolVersion = protocolVersion
    self.appVersion = appVersion
    self.code = code
    self.player = player
    self.token = token
  }
}

/// The host's answer to an accepted hello: everything the joining side needs to hold the same
/// session (the scenario's text, the rubric's settings, the events so far).
public struct NetWelcome: Equatable {
  public var protocolVersion: Int
  public var appVersion: String
  /// The role the joining side plays.
  public var role: ChatRole
  public var token: String
  public var sessionID: String
  public var startedAt: String
  public var seed: UInt64
  public var scenarioPath: String
  public var scenarioText: String
  public var scenarioHash: String
  /// The text of the host's `--rubric` file, nil for the standard rubric.
  public var rubricText: String?
  public var players: [RecordPlayer]
  public var events: [NetSessionEvent]
}

/// Why the host turned a connection away.
public enum NetRefusal: String, Equatable {
  /// The join code is wrong.
  case code
  /// The two sides run different versions of kefu.
  case version
  /// Two students are already playing.
  case busy
  /// The partner is away (dropped, Ctrl-C) and the newcomer has not their seat's token: the seat
  /// is kept for them until the session ends.
  case kept
  /// Too many connections are waiting to say hello; try again shortly.
  case crowded
  /// The session has ended.
  case over
}

/// One line of the protocol.
public enum NetMessage: Equatable {
  case hello(NetHello)
  case welcome(NetWelcome)
  case refused(NetRefusal, protocolVersion: Int, appVersion: String)
  case event(seq: Int, NetSessionEvent)
  /// The buyer speaks; nil lines: the node's suggested lines.
  case say(lines: [String]?)
  case buyerEnd(EndOutcome)
  /// The seller's reply, timed on the seller's machine: milliseconds from the buyer's message
  /// appearing on their screen to sending, and to the first keystroke.
  case reply(text: String, responseMs: Int, firstKeyMs: Int?)
  /// The player pressed Ctrl-C: they may come back within the rejoin window.
  case leave
  case ping
}

/// A line that is not a message of this protocol.
public struct NetDecodeError: Error, Equatable {
  public var reason: String
}

extension NetMessage {
  /// The message as one line of JSON (no newline).
  public var line: String {
    switch self {
    case .hello(let h):
      var fields: [(String, JSONValue)] = [
        ("type", .string("hello")), ("protocol", .int(h.protocolVersion)),
        ("app", .string(h.appVersion)), ("code", .string(h.code)), ("player", player(h.player)),
      ]
      if let token = h.token { fields.append(("token", .string(token))) }
      return JSONValue.object(fields).text
    case .welcome(let w):
      return JSONValue.object([
        ("type", .string("welcome")), ("protocol", .int(w.protocolVersion)),
        ("app", .string(w.appVersion)), ("role", .string(w.role.rawValue)),
        ("token", .string(w.token)), ("session_id", .string(w.sessionID)),
        ("started_at", .string(w.startedAt)), ("seed", .string(String(w.seed))),
        (
          "scenario",
          .object([
            ("path", .string(w.scenarioPath)), ("hash", .string(w.scenarioHash)),
            ("text", .string(w.scenarioText)),
          ])
        ),
        ("rubric", w.rubricText.map { .string($0) } ?? .null),
        ("players", .array(w.players.map(player))),
        ("events", .array(w.events.map(Self.eventJSON))),
      ]).text
    case .refused(let reason, let version, let app):
      return JSONValue.object([
        ("type", .string("refused")), ("reason", .string(reason.rawValue)),
        ("protocol", .int(version)), ("app", .string(app)),
      ]).text
    case .event(let seq, let event):
      guard case .object(let fields) = Self.eventJSON(event) else { return "" }
      return JSONValue.object([("type", .string("event")), ("seq", .int(seq))] + fields).text
    case .say(let lines):
      return JSONValue.object([
        ("type", .string("say")), ("lines", lines.map { .array($0.map { .string($0) }) } ?? .null),
      ]).text
    case .buyerEnd(let outcome):
      return JSONValue.object([
        ("type", .string("buyer_end")), ("outcome", .string(outcome.rawValue)),
      ]).text
    case .reply(let text, let responseMs, let firstKeyMs):
      return JSONValue.object([
        ("type", .string("reply")), ("text", .string(text)), ("response_ms", .int(responseMs)),
        ("first_key_ms", firstKeyMs.map { .int($0) } ?? .null),
      ]).text
    case .leave: return #"{"type":"leave"}"#
    case .ping: return #"{"type":"ping"}"#
    }
  }

  private func player(_ p: RecordPlayer) -> JSONValue {
    .object([
      ("name", .string(p.name)), ("id", .string(p.id)), ("class", .string(p.className)),
      ("role", .string(p.role.rawValue)),
    ])
  }

  static func eventJSON(_ event: NetSessionEvent) -> JSONValue {
    switch event {
    case .buyer(let lines, let ms):
      return .object([
        ("event", .string("buyer")), ("lines", .array(lines.map { .string($0) })), ("ms", .int(ms)),
      ])
    case .reply(let text, let ms, let firstKeyMs):
      return .object([
        ("event", .string("reply")), ("text", .string(text)), ("ms", .int(ms)),
        ("first_key_ms", firstKeyMs.map { .int($0) } ?? .null),
      ])
    case .buyerEnd(let outcome):
      return .object([("event", .string("buyer_end")), ("outcome", .string(outcome.rawValue))])
    }
  }

  /// Reads one line. Throws `NetDecodeError` for anything that is not a message of this
  /// protocol: not JSON, no known `type`, a field missing or of the wrong type.
  public static func decode(_ line: String) throws -> NetMessage {
    guard
      let object = try? JSONSerialization.jsonObject(with: Data(line.utf8), options: []),
      let root = object as? [String: Any]
    else { throw NetDecodeError(reason: "不是 JSON 对象") }
    let r = Fields(root)
    let type = try r.string("type")
    switch type {
    case "hello":
      // The version fields are read first: a hello from another version may differ after them.
      let version = try r.int("protocol")
      let app = try r.string("app")
      return .hello(
        NetHello(
          protocolVersion: version, appVersion: app, code: (try? r.string("code")) ?? "",
          player: (try? player(r.object("player"))) ?? RecordPlayer(name: ""),
          token: try r.optionalString("token")))
    case "welcome":
      let scenario = try r.object("scenario")
      guard let seed = UInt64(try r.string("seed")) else {
        throw NetDecodeError(reason: "seed 不是整数")
      }
      let roleText = try r.string("role")
      guard let role = ChatRole(rawValue: roleText) else {
        throw NetDecodeError(reason: "role 应为 seller 或 buyer")
      }
      return .welcome(
        NetWelcome(
          protocolVersion: try r.int("protocol"), appVersion: try r.string("app"), role: role,
          token: try r.string("token"), sessionID: try r.string("session_id"),
          startedAt: try r.string("started_at"), seed: seed,
          scenarioPath: try scenario.string("path"), scenarioText: try scenario.string("text"),
          scenarioHash: try scenario.string("hash"), rubricText: try r.optionalString("rubric"),
          players: try r.objects("players").map(player),
          events: try r.objects("events").map(event)))
    case "refused":
      guard let reason = NetRefusal(rawValue: try r.string("reason")) else {
        throw NetDecodeError(reason: "未知的拒绝原因")
      }
      return .refused(
        reason, protocolVersion: try r.int("protocol"), appVersion: try r.string("app"))
    case "event":
      return .event(seq: try r.int("seq"), try event(r))
    case "say":
      if r.isNull("lines") { return .say(lines: nil) }
      return .say(lines: try r.strings("lines"))
    case "buyer_end":
      return .buyerEnd(try outcome(r))
    case "reply":
      return .reply(
        text: try r.string("text"), responseMs: try r.int("response_ms"),
        firstKeyMs: try r.optionalInt("first_key_ms"))
    case "leave": return .leave
    case "ping": return .ping
    default: throw NetDecodeError(reason: "未知的消息类型")
    }
  }

  private static func outcome(_ r: Fields) throws -> EndOutcome {
    guard let outcome = EndOutcome(rawValue: try r.string("outcome")) else {
      throw NetDecodeError(reason: "outcome 应为 deal 或 lost")
    }
    return outcome
  }

  private static func event(_ r: Fields) throws -> NetSessionEvent {
    switch try r.string("event") {
    case "buyer": return .buyer(lines: try r.strings("lines"), ms: try r.int("ms"))
    case "reply":
      return .reply(
        text: try r.string("text"), ms: try r.int("ms"),
        firstKeyMs: try r.optionalInt("first_key_ms"))
    case "buyer_end": return .buyerEnd(try outcome(r))
    default: throw NetDecodeError(reason: "未知的事件")
    }
  }

  private static func player(_ r: Fields) throws -> RecordPlayer {
    guard let role = ChatRole(rawValue: try r.string("role")) else {
      throw NetDecodeError(reason: "role 应为 seller 或 buyer")
    }
    return RecordPlayer(
      name: try r.string("name"), id: try r.string("id"), className: try r.string("class"),
      role: role)
  }
}

/// Typed access to the fields of a decoded JSON object; a missing or mistyped field throws.
private struct Fields {
  let root: [String: Any]
  init(_ root: [String: Any]) { self.root = root }

  func string(_ key: String) throws -> String {
    guard let s = root[key] as? String else { throw NetDecodeError(reason: "缺少文本字段 \(key)") }
    return s
  }

  func optionalString(_ key: String) throws -> String? {
    if root[key] == nil || isNull(key) { return nil }
    return try string(key)
  }

  func isNull(_ key: String) -> Bool { root[key] is NSNull }

  func int(_ key: String) throws -> Int {
    // JSONSerialization gives NSNumber for numbers and booleans alike: refuse booleans and
    // fractions.
    guard let n = root[key] as? NSNumber, !["c", "B"].contains(String(cString: n.objCType)),
      let value = Int(exactly: n.doubleValue), abs(value) < 1 << 53
    else { throw NetDecodeError(reason: "缺少整数字段 \(key)") }
    return value
  }

  func optionalInt(_ key: String) throws -> Int? {
    if root[key] == nil || isNull(key) { return nil }
    return try int(key)
  }

  func strings(_ key: String) throws -> [String] {
    guard let items = root[key] as? [Any] else { throw NetDecodeError(reason: "缺少列表字段 \(key)") }
    return try items.map {
      guard let s = $0 as? String else { throw NetDecodeError(reason: "\(key) 里应是文本") }
      return s
    }
  }

  func object(_ key: String) throws -> Fields {
    guard let o = root[key] as? [String: Any] else {
      throw NetDecodeError(reason: "缺少对象字段 \(key)")
    }
    return Fields(o)
  }

  func objects(_ key: String) throws -> [Fields] {
    guard let items = root[key] as? [Any] else { throw NetDecodeError(reason: "缺少列表字段 \(key)") }
    return try items.map {
      guard let o = $0 as? [String: Any] else { throw NetDecodeError(reason: "\(key) 里应是对象") }
      return Fields(o)
    }
  }
}
