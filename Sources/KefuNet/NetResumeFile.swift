import Foundation
import KefuRecords
import KefuRubric
import KefuText

/// What a host leaves behind so that running the same `kefu host` command again within the
/// rejoin window carries on the same session with the same join code: a small hidden file in the
/// records folder, `.kefu-host-PORT.resume`, next to the record it points at. It is rewritten
/// while the session runs and removed when the session ends.
public struct NetResumeFile: Equatable {
  public var code: String
  public var token: String
  /// The record file of the session.
  public var record: String
  /// The role the host played.
  public var role: ChatRole
  /// Unix time of the last write.
  public var savedAt: Int

  public init(code: String, token: String, record: String, role: ChatRole, savedAt: Int) {
    self.code = code
    self.token = token
    self.record = record
    self.role = role
    self.savedAt = savedAt
  }

  /// Where the host listening on `port` keeps it.
  public static func path(directory: String, port: Int) -> String {
    directory + "/.kefu-host-\(port).resume"
  }

  public func save(to path: String) throws {
    let text = JSONValue.object([
      ("code", .string(code)), ("token", .string(token)), ("record", .string(record)),
      ("role", .string(role.rawValue)), ("saved_at", .int(savedAt)),
    ]).text
    try AtomicFile.write(text + "\n", to: path, ownerOnly: true)
  }

  /// The file at `path`, nil when there is none or it is not one of ours: the folder may be
  /// shared, so a code that is not four digits or a time that is not a whole number of seconds
  /// since 1970 (before 2^53) is not taken (a saved_at of -2^63 or 1e300 had crashed kefu host).
  public static func load(_ path: String) -> NetResumeFile? {
    guard let bytes = try? TextFile.readBytes(path, limit: 64 * 1024),
      let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: []),
      let root = object as? [String: Any],
      let code = root["code"] as? String, code.utf8.count == 4,
      code.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
      let token = root["token"] as? String, let record = root["record"] as? String,
      let role = (root["role"] as? String).flatMap(ChatRole.init(rawValue:)),
      let number = root["saved_at"] as? NSNumber,
      !["c", "B"].contains(String(cString: number.objCType)),
      let savedAt = Int(exactly: number.doubleValue), (0..<1 << 53).contains(savedAt)
    else { return nil }
    return NetResumeFile(code: code, token: token, record: record, role: role, savedAt: savedAt)
  }

  /// The session to carry on: the record must be an unfinished net session of this scenario,
  /// played in the same role, and the file fresh (written less than `maxAge` seconds ago).
  public func resume(scenarioHash: String, role: ChatRole, now: Int, maxAge: Double) -> NetResume? {
    guard self.role == role, Double(now - savedAt) <= maxAge, now >= savedAt - 5,
      let record = try? SessionRecord.read(path: record), record.mode == .net, !record.finished,
      record.scenario.hash == scenarioHash, record.players.count == 2,
      record.players.contains(where: { $0.role == role })
    else { return nil }
    let players = record.players.sorted { a, _ in a.role == .seller }
    return NetResume(
      info: NetRecordInfo(
        sessionID: record.sessionID, startedAt: record.startedAt, seed: record.seed,
        players: players),
      events: NetSessionModel.events(from: record.messages), token: token)
  }
}
