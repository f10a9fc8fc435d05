import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuText

/// A record file that cannot be used, with a one-line Chinese message that says where and why:
/// `records/a.json: 记录损坏：messages[3] 缺少字段 ms`.
public struct RecordError: Error, Equatable, CustomStringConvertible {
  public var path: String
  /// What is wrong, without the path.
  public var reason: String
  public init(path: String, reason: String) {
    self.path = path
    self.reason = reason
  }
  public var description: String { "\(path): \(reason)" }
}

extension SessionRecord {
  /// Reads a record file. Throws `RecordError` for anything unusable: a missing, empty, binary
  /// or non-UTF-8 file, JSON that is corrupt or cut short, a missing field, a wrong type, a
  /// schema newer than this build reads.
  public static func read(path: String) throws -> SessionRecord {
    let bytes: [UInt8]
    do {
      bytes = try TextFile.readBytes(path)
    } catch let e as TextFileError {
      throw RecordError(path: path, reason: Self.strip(e.message, path: path))
    }
    return try parse(bytes, path: path)
  }

  /// Parses the bytes of a record file; `path` is only for messages.
  public static func parse(_ bytes: [UInt8], path: String) throws -> SessionRecord {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
      throw RecordError(path: path, reason: "记录损坏：文件是空的")
    }
    if TextFile.looksLikeUTF16(body) {
      throw RecordError(path: path, reason: "记录是 UTF-16 编码，kefu 的记录是 UTF-8：请另存为 UTF-8")
    }
    if body.contains(0) { throw RecordError(path: path, reason: "记录损坏：这是二进制文件，不是 JSON 记录") }
    if let bad = TextFile.firstInvalidUTF8(body) {
      let (line, col) = position(of: bad, in: body)
      throw RecordError(path: path, reason: "记录损坏：第 \(line) 行第 \(col) 列不是 UTF-8 文本")
    }
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(body), options: [])
    } catch {
      if nestingDepth(body) > 512 {
        throw RecordError(path: path, reason: "记录损坏：JSON 嵌套超过 512 层，不是 kefu 的练习记录")
      }
      throw RecordError(path: path, reason: "记录损坏：" + jsonProblem(body, error))
    }
    guard let root = object as? [String: Any] else {
      let found = object is [Any] ? "数组 […]" : "单个值"
      throw RecordError(path: path, reason: "记录损坏：最外层应是 JSON 对象 {…}，这里是\(found)")
    }
    do {
      return try RecordDecoder(root: root, bytes: body).decode()
    } catch let e as RecordDecoder.Problem {
      throw RecordError(path: path, reason: e.message)
    }
  }

  /// The deepest nesting of `[` and `{` outside strings.
  static func nestingDepth(_ body: ArraySlice<UInt8>) -> Int {
    var depth = 0
    var deepest = 0
    var inString = false
    var escaped = false
    for b in body {
      if inString {
        if escaped {
          escaped = false
        } else if b == 0x5C {
          escaped = true
        } else if b == 0x22 {
          inString = false
        }
        continue
      }
      switch b {
      case 0x22: inString = true
      case 0x5B, 0x7B:
        depth += 1
        deepest = max(deepest, depth)
      case 0x5D, 0x7D: depth -= 1
      default: break
      }
    }
    return deepest
  }

  /// Says what is wrong with JSON text JSONSerialization refused, with a line when it can.
  static func jsonProblem(_ body: ArraySlice<UInt8>, _ error: Error) -> String {
    // A record cut short (a full disk, a copy interrupted) usually ends without its closing brace.
    var end = body.endIndex
    while end > body.startIndex,
      [0x20, 0x0A, 0x0D, 0x09].contains(body[body.index(before: end)])
    {
      end = body.index(before: end)
    }
    let truncated = end == body.startIndex || body[body.index(before: end)] != 0x7D
    let info = (error as NSError).userInfo
    let detail = (info["NSDebugDescription"] as? String) ?? ""
    var whereText = ""
    if let index = (info["NSJSONSerializationErrorIndex"] as? Int)
      ?? firstNumber(after: "character ", in: detail)
    {
      let (line, col) = position(of: body.startIndex + min(index, body.count), in: body)
      whereText = "（第 \(line) 行第 \(col) 列附近）"
    } else if let line = firstNumber(after: "line ", in: detail) {
      whereText = "（第 \(line) 行附近）"
    }
    if truncated { return "JSON 不完整，文件可能在写入或复制时被截断" + whereText }
    return "不是合法的 JSON" + whereText
  }

  static func firstNumber(after marker: String, in text: String) -> Int? {
    guard let r = text.range(of: marker) else { return nil }
    let digits = text[r.upperBound...].prefix { $0.isASCII && $0.isNumber }
    return Int(digits)
  }

  static func position(of index: Int, in body: ArraySlice<UInt8>) -> (line: Int, column: Int) {
    var line = 1
    var lineStart = body.startIndex
    for i in body.startIndex..<min(index, body.endIndex) where body[i] == 0x0A {
      line += 1
      lineStart = i + 1
    }
    return (line, index - lineStart + 1)
  }

  static func strip(_ message: String, path: String) -> String {
    message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
  }
}

/// Turns the Foundation object tree of a record into a `SessionRecord`, naming the exact field
/// that is missing or of the wrong type.
struct RecordDecoder {
  struct Problem: Error {
    var message: String
  }

  let root: [String: Any]
  /// The file's bytes, for line numbers in messages.
  var bytes: ArraySlice<UInt8>? = nil

  func decode() throws -> SessionRecord {
    guard let schemaValue = root["schema"] else { throw missing("schema") }
    guard let schema = integer(schemaValue), schema >= 1 else {
      throw Problem(message: "记录损坏：schema 应是不小于 1 的整数，实际是 \(describe(schemaValue))")
    }
    if schema > SessionRecord.currentSchema {
      throw Problem(
        message:
          "这份记录由更新版本的 kefu 写入（格式版本 \(schema)，本程序只认识到 \(SessionRecord.currentSchema)），请升级 kefu 后再读")
    }
    let sessionID = try string(root, "session_id")
    guard !sessionID.isEmpty else { throw Problem(message: "记录损坏：session_id 是空的") }
    let scenarioObject = try object(root, "scenario")
    let scenario = RecordScenario(
      path: try string(scenarioObject, "path", in: "scenario"),
      hash: try string(scenarioObject, "hash", in: "scenario", default: ""),
      title: try string(scenarioObject, "title", in: "scenario", default: ""))
    let rubricVersion = try string(root, "rubric_version", default: "")
    let seed = try seedValue()
    let modeText = try string(root, "mode")
    guard let mode = SessionMode(rawValue: modeText) else {
      throw Problem(message: "记录损坏：mode 应是 solo、pair、net、script 或 shift，实际是 \"\(modeText)\"")
    }
    guard let playersValue = root["players"] else { throw missing("players") }
    guard let playerItems = playersValue as? [Any] else {
      throw wrongType("players", "数组", playersValue)
    }
    var players: [RecordPlayer] = []
    for (i, item) in playerItems.enumerated() {
      let field = "players[\(i)]"
      guard let p = item as? [String: Any] else { throw wrongType(field, "对象", item) }
      let roleText = try string(p, "role", in: field, default: "seller")
      guard let role = ChatRole(rawValue: roleText) else {
        throw Problem(message: "记录损坏：\(field).role 应是 seller 或 buyer，实际是 \"\(roleText)\"")
      }
      players.append(
        RecordPlayer(
          name: try string(p, "name", in: field), id: try string(p, "id", in: field, default: ""),
          className: try string(p, "class", in: field, default: ""), role: role))
    }
    let startedText = try string(root, "started_at")
    guard let startedAt = RecordTime.parse(startedText) else {
      throw Problem(
        message: "记录损坏：started_at 应是带时区的时间，如 2026-11-23T14:05:09+08:00，实际是 \"\(startedText)\"")
    }
    guard let finishedValue = root["finished"] else { throw missing("finished") }
    guard let finished = boolean(finishedValue) else {
      throw wrongType("finished", "true 或 false", finishedValue)
    }
    var buyerEnd: EndOutcome?
    if let v = root["buyer_end"], !(v is NSNull) {
      guard let text = v as? String, let end = EndOutcome(rawValue: text) else {
        throw wrongType("buyer_end", " deal、lost 或 null", v)
      }
      buyerEnd = end
    }
    var stoppedMs: Int?
    if let v = root["stopped_ms"], !(v is NSNull) {
      guard let ms = integer(v), ms >= 0, ms <= SessionRecord.maxMilliseconds else {
        throw wrongType("stopped_ms", " 0 到 \(SessionRecord.maxMilliseconds) 之间的整数（毫秒）或 null", v)
      }
      stoppedMs = ms
    }
    var limit: Double?
    if let v = root["limit_s"], !(v is NSNull) {
      guard let d = double(v), ReplyLimit.accepts(d) else {
        throw wrongType("limit_s", " 0 到 \(Int(SessionRecord.maxLimitSeconds)) 之间的秒数", v)
      }
      limit = d
    }
    guard let messagesValue = root["messages"] else { throw missing("messages") }
    guard let items = messagesValue as? [Any] else {
      throw wrongType("messages", "数组", messagesValue)
    }
    var messages: [RecordedMessage] = []
    messages.reserveCapacity(items.count)
    var previous = 0
    for (i, item) in items.enumerated() {
      let field = "messages[\(i)]"
      guard let m = item as? [String: Any] else { throw wrongType(field, "对象", item) }
      let roleText = try string(m, "role", in: field)
      guard let role = ChatRole(rawValue: roleText) else {
        throw Problem(message: "记录损坏：\(field).role 应是 buyer 或 seller，实际是 \"\(roleText)\"")
      }
      let text = try string(m, "text", in: field)
      guard let msValue = m["ms"] else { throw missing("\(field).ms") }
      guard let ms = integer(msValue), ms >= 0, ms <= SessionRecord.maxMilliseconds else {
        throw wrongType(
          "\(field).ms", " 0 到 \(SessionRecord.maxMilliseconds) 之间的整数（毫秒）", msValue, at: i)
      }
      guard ms >= previous else {
        throw Problem(
          message: "记录损坏：\(field).ms 是 \(ms)，比前一条消息的 \(previous) 还早\(lineNote(i))")
      }
      previous = ms
      var firstKey: Int?
      if role == .seller, let v = m["first_key_ms"], !(v is NSNull) {
        guard let k = integer(v), k >= 0, k <= ms else {
          throw wrongType("\(field).first_key_ms", " 0 到本条 ms（\(ms)）之间的整数或 null", v, at: i)
        }
        firstKey = k
      }
      messages.append(RecordedMessage(role: role, text: text, ms: ms, firstKeyMs: firstKey))
    }
    var record = SessionRecord(
      sessionID: sessionID, scenario: scenario, rubricVersion: rubricVersion, seed: seed,
      mode: mode, players: players, startedAt: startedAt, finished: finished, buyerEnd: buyerEnd,
      limitSeconds: limit, messages: messages, grade: nil, schema: schema)
    record.stoppedMs = stoppedMs
    if let v = root["shift"], !(v is NSNull) { record.shift = try shiftValue(v) }
    if let g = root["grade"] as? [String: Any], let s = g["score"], let score = integer(s) {
      record.storedScore = score
    }
    return record
  }

  /// The `shift` object of a shift buyer's record.
  private func shiftValue(_ v: Any) throws -> RecordShift {
    guard let o = v as? [String: Any] else { throw wrongType("shift", "对象", v) }
    let id = try string(o, "id", in: "shift")
    func count(_ key: String, in object: [String: Any], _ field: String, min: Int) throws -> Int {
      guard let value = object[key] else { throw missing("\(field).\(key)") }
      guard let n = integer(value), n >= min else {
        throw wrongType("\(field).\(key)", "不小于 \(min) 的整数", value)
      }
      return n
    }
    let buyer = try count("buyer", in: o, "shift", min: 1)
    let arrival = try count("arrival_ms", in: o, "shift", min: 0)
    var others: [ShiftNeighbour] = []
    if let list = o["others"], !(list is NSNull) {
      guard let items = list as? [Any] else { throw wrongType("shift.others", "数组", list) }
      for (i, item) in items.enumerated() {
        let field = "shift.others[\(i)]"
        guard let n = item as? [String: Any] else { throw wrongType(field, "对象", item) }
        var product: String?
        if let p = n["product"], !(p is NSNull) {
          guard let text = p as? String else { throw wrongType("\(field).product", "字符串", p) }
          product = text
        }
        var addons: [[String]] = []
        if let a = n["addons"], !(a is NSNull) {
          guard let lists = a as? [[String]] else {
            throw wrongType("\(field).addons", "字符串数组的数组", a)
          }
          addons = lists
        }
        var said: [ShiftNeighbour.Line] = []
        if let s = n["said"], !(s is NSNull) {
          guard let lines = s as? [Any] else { throw wrongType("\(field).said", "数组", s) }
          for (k, line) in lines.enumerated() {
            let lineField = "\(field).said[\(k)]"
            guard let l = line as? [String: Any] else { throw wrongType(lineField, "对象", line) }
            said.append(
              ShiftNeighbour.Line(
                ms: try count("ms", in: l, lineField, min: 0),
                text: try string(l, "text", in: lineField)))
          }
        }
        others.append(
          ShiftNeighbour(
            buyer: try count("buyer", in: n, field, min: 1), product: product, addons: addons,
            said: said))
      }
    }
    return RecordShift(id: id, buyer: buyer, arrivalMs: arrival, others: others)
  }

  private func seedValue() throws -> UInt64 {
    guard let v = root["seed"], !(v is NSNull) else { return 0 }
    if let s = v as? String, let n = UInt64(s) { return n }
    if let n = v as? NSNumber, !isBool(n), let i = integer(n), i >= 0 { return UInt64(i) }
    throw wrongType("seed", "非负整数", v)
  }

  // MARK: typed access

  private func string(
    _ object: [String: Any], _ key: String, in parent: String? = nil,
    default fallback: String? = nil
  ) throws -> String {
    let name = parent.map { "\($0).\(key)" } ?? key
    guard let v = object[key], !(v is NSNull && fallback != nil) else {
      if let fallback { return fallback }
      throw missing(name)
    }
    guard let s = v as? String else { throw wrongType(name, "字符串", v) }
    return s
  }

  private func object(_ object: [String: Any], _ key: String) throws -> [String: Any] {
    guard let v = object[key] else { throw missing(key) }
    guard let o = v as? [String: Any] else { throw wrongType(key, "对象", v) }
    return o
  }

  /// JSONSerialization gives true/false as NSNumber too; only their type code tells them apart.
  private func isBool(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }

  private func integer(_ v: Any) -> Int? {
    guard let n = v as? NSNumber, !isBool(n) else { return nil }
    let code = String(cString: n.objCType)
    if code == "d" || code == "f" {
      let d = n.doubleValue
      guard d.isFinite, d == d.rounded(), abs(d) < 9e15 else { return nil }
      return Int(d)
    }
    return n.intValue
  }

  private func double(_ v: Any) -> Double? {
    guard let n = v as? NSNumber, !isBool(n) else { return nil }
    return n.doubleValue
  }

  private func boolean(_ v: Any) -> Bool? {
    guard let n = v as? NSNumber, isBool(n) else { return nil }
    return n.boolValue
  }

  private func missing(_ field: String) -> Problem {
    Problem(message: "记录损坏：缺少字段 \(field)")
  }

  private func wrongType(_ field: String, _ expected: String, _ value: Any, at message: Int? = nil)
    -> Problem
  {
    Problem(
      message: "记录损坏：\(field) 应是\(expected)，实际是 \(describe(value))"
        + (message.map(lineNote) ?? ""))
  }

  /// `（第 N 行）` for message `index` when the file has kefu's layout (one message a line after
  /// the `"messages": [` line), else nothing: a guessed line would mislead.
  func lineNote(_ index: Int) -> String {
    guard let bytes else { return "" }
    var line = 1
    var messagesLine: Int?
    var lineStart = bytes.startIndex
    var i = bytes.startIndex
    let marker = Array("\"messages\": [".utf8)
    while i < bytes.endIndex {
      if bytes[i] == 0x0A {
        if messagesLine == nil, bytes[lineStart..<i].firstRange(of: marker) != nil {
          messagesLine = line
        } else if let m = messagesLine, line == m + 1 + index {
          let text = bytes[lineStart..<i]
          return text.firstRange(of: Array("\"ms\"".utf8)) != nil ? "（第 \(line) 行）" : ""
        }
        line += 1
        lineStart = i + 1
      }
      i += 1
    }
    return ""
  }

  private func describe(_ v: Any) -> String {
    if v is NSNull { return "null" }
    if let n = v as? NSNumber {
      if isBool(n) { return n.boolValue ? "true" : "false" }
      return "\(n)"
    }
    if let s = v as? String { return "字符串 \"\(DisplayWidth.truncated(s, to: 30))\"" }
    if v is [Any] { return "数组" }
    if v is [String: Any] { return "对象" }
    return "\(v)"
  }
}
