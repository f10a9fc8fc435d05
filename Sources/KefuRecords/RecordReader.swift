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

  /// The reason for a JSON object with none of a record's own fields: another program's file.
  public static let notARecord = "不是 kefu 的练习记录（没有 schema、session_id、messages 字段）"
  /// Whether this is that, not a damaged record.
  public var isNotARecord: Bool { reason == RecordError.notARecord }
}

extension SessionRecord {
  /// Reads a record file. Throws `RecordError` for anything unusable: a missing, empty, binary
  /// or non-UTF-8 file, JSON that is corrupt or cut short, a missing field, a wrong type, a
  /// schema newer than this build reads.
  public static func read(path: String) throws -> SessionRecord {
    try read(path: path, listedRegular: false)
  }

  /// `read(path:)` for a file its folder listed as a regular file (see `TextFile.readBytes`).
  static func read(path: String, listedRegular: Bool) throws -> SessionRecord {
    let bytes: [UInt8]
    do {
      bytes = try TextFile.readBytes(path, listedRegular: listedRegular)
    } catch let e as TextFileError {
      throw RecordError(path: path, reason: Self.strip(e.message, path: path))
    }
    return try parse(bytes, path: path)
  }

  /// Parses the bytes of a record file; `path` is only for messages.
  public static func parse(_ bytes: [UInt8], path: String) throws -> SessionRecord {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    // The strict parser reads what kefu writes; anything else (and any record the decoder
    // refuses) is read again through JSONSerialization, so a broken file gets the same message
    // whichever parser saw it first. It goes first: what it takes is one JSON object whose
    // every string is valid UTF-8 without a NUL, which passes every check below (so those
    // passes over the bytes are made only for a file it does not take).
    if let root = RecordJSON.parse(body),
      let record = try? RecordDecoder(root: root, bytes: body).decode()
    {
      return record
    }
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
    if ClassCSV.isExport(body) {
      throw RecordError(
        path: path, reason: "这是 kefu export 导出的成绩表（CSV），不是练习记录：请移出记录文件夹，或改成 .csv 结尾的名字")
    }
    return try parseThroughFoundation(body, path: path)
  }

  /// Reads checked UTF-8 JSON text through JSONSerialization: its errors name where a file is
  /// broken, and it takes the JSON the strict parser leaves to it.
  static func parseThroughFoundation(_ body: ArraySlice<UInt8>, path: String) throws
    -> SessionRecord
  {
    let object: Any
    do {
      object = try JSONSerialization.jsonObject(with: Data(body), options: [])
    } catch {
      if nestingDepth(body) > 512 {
        throw RecordError(path: path, reason: "记录损坏：JSON 嵌套超过 512 层，不是 kefu 的练习记录")
      }
      throw RecordError(path: path, reason: "记录损坏：" + jsonProblem(body, error))
    }
    guard let root = RecordJSON(foundation: object), case .object = root else {
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

/// Turns the JSON of a record into a `SessionRecord`, naming the exact field that is missing or
/// of the wrong type.
struct RecordDecoder {
  struct Problem: Error {
    var message: String
  }

  let root: RecordJSON
  /// The file's bytes, for line numbers in messages.
  var bytes: ArraySlice<UInt8>? = nil

  func decode() throws -> SessionRecord {
    // Some other program's JSON (a package.json, a settings file): not a damaged record.
    if root["schema"] == nil && root["session_id"] == nil && root["messages"] == nil {
      throw Problem(message: RecordError.notARecord)
    }
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
    var scenario = RecordScenario(
      path: try string(scenarioObject, "path", in: "scenario"),
      hash: try string(scenarioObject, "hash", in: "scenario", default: ""),
      title: try string(scenarioObject, "title", in: "scenario", default: ""))
    if let v = scenarioObject["sales"], !v.isNull {
      guard case .bool(let sales) = v else { throw wrongType("scenario.sales", "true 或 false", v) }
      scenario.sales = sales
    }
    if let p = scenarioObject["product"], !p.isNull {
      guard case .string(let text) = p else { throw wrongType("scenario.product", "字符串", p) }
      scenario.product = text
    }
    if let a = scenarioObject["addons"], !a.isNull {
      guard let lists = stringLists(a) else {
        throw wrongType("scenario.addons", "字符串数组的数组", a)
      }
      scenario.addons = lists
    }
    let rubricVersion = try string(root, "rubric_version", default: "")
    let seed = try seedValue()
    let modeText = try string(root, "mode")
    guard let mode = SessionMode(rawValue: modeText) else {
      throw Problem(message: "记录损坏：mode 应是 solo、pair、net、script 或 shift，实际是 \"\(modeText)\"")
    }
    guard let playersValue = root["players"] else { throw missing("players") }
    guard case .array(let playerItems) = playersValue else {
      throw wrongType("players", "数组", playersValue)
    }
    var players: [RecordPlayer] = []
    for (i, item) in playerItems.enumerated() {
      let field = "players[\(i)]"
      guard case .object = item else { throw wrongType(field, "对象", item) }
      let roleText = try string(item, "role", in: field, default: "seller")
      guard let role = ChatRole(rawValue: roleText) else {
        throw Problem(message: "记录损坏：\(field).role 应是 seller 或 buyer，实际是 \"\(roleText)\"")
      }
      players.append(
        RecordPlayer(
          name: try string(item, "name", in: field),
          id: try string(item, "id", in: field, default: ""),
          className: try string(item, "class", in: field, default: ""), role: role))
    }
    let startedText = try string(root, "started_at")
    guard let startedAt = RecordTime.parse(startedText) else {
      throw Problem(
        message: "记录损坏：started_at 应是带时区的时间，如 2026-11-23T14:05:09+08:00，实际是 \"\(startedText)\"")
    }
    guard let finishedValue = root["finished"] else { throw missing("finished") }
    guard case .bool(let finished) = finishedValue else {
      throw wrongType("finished", "true 或 false", finishedValue)
    }
    var buyerEnd: EndOutcome?
    if let v = root["buyer_end"], !v.isNull {
      guard case .string(let text) = v, let end = EndOutcome(rawValue: text) else {
        throw wrongType("buyer_end", " deal、lost 或 null", v)
      }
      buyerEnd = end
    }
    var ending: EndOutcome?
    if let v = root["end"], !v.isNull {
      guard case .string(let text) = v, let end = EndOutcome(rawValue: text) else {
        throw wrongType("end", " deal、lost 或 null", v)
      }
      ending = end
    }
    var stoppedMs: Int?
    if let v = root["stopped_ms"], !v.isNull {
      guard let ms = integer(v), ms >= 0, ms <= SessionRecord.maxMilliseconds else {
        throw wrongType("stopped_ms", " 0 到 \(SessionRecord.maxMilliseconds) 之间的整数（毫秒）或 null", v)
      }
      stoppedMs = ms
    }
    var limit: Double?
    if let v = root["limit_s"], !v.isNull {
      guard let d = double(v), ReplyLimit.accepts(d) else {
        throw wrongType("limit_s", " 0 到 \(Int(SessionRecord.maxLimitSeconds)) 之间的秒数", v)
      }
      limit = d
    }
    guard let messagesValue = root["messages"] else { throw missing("messages") }
    guard case .array(let items) = messagesValue else {
      throw wrongType("messages", "数组", messagesValue)
    }
    var messages: [RecordedMessage] = []
    messages.reserveCapacity(items.count)
    var previous = 0
    for (i, m) in items.enumerated() {
      guard case .object = m else { throw wrongType("messages[\(i)]", "对象", m) }
      let role: ChatRole
      let text: String
      let ms: Int
      if case .string(let r)? = m["role"], let knownRole = ChatRole(rawValue: r),
        case .string(let t)? = m["text"], let msValue = m["ms"], let n = integer(msValue),
        n >= previous, n <= SessionRecord.maxMilliseconds
      {
        (role, text, ms) = (knownRole, t, n)
      } else {
        // Field names are made only for a message with something wrong.
        (role, text, ms) = try checkedMessage(m, at: i, previous: previous)
      }
      previous = ms
      var firstKey: Int?
      if role == .seller, let v = m["first_key_ms"], !v.isNull {
        guard let k = integer(v), k >= 0, k <= ms else {
          throw wrongType(
            "messages[\(i)].first_key_ms", " 0 到本条 ms（\(ms)）之间的整数或 null", v, at: i)
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
    record.ending = ending
    if let v = root["shift"], !v.isNull { record.shift = try shiftValue(v) }
    if let g = root["grade"], case .object = g, let s = g["score"], let score = integer(s) {
      record.storedScore = score
    }
    return record
  }

  /// Message `i`'s role, text and time, each field checked in turn: throws what is wrong first.
  private func checkedMessage(_ m: RecordJSON, at i: Int, previous: Int) throws -> (
    ChatRole, String, Int
  ) {
    let field = "messages[\(i)]"
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
    return (role, text, ms)
  }

  /// The `shift` object of a shift buyer's record.
  private func shiftValue(_ o: RecordJSON) throws -> RecordShift {
    guard case .object = o else { throw wrongType("shift", "对象", o) }
    let id = try string(o, "id", in: "shift")
    func count(_ key: String, in object: RecordJSON, _ field: String, min: Int) throws -> Int {
      guard let value = object[key] else { throw missing("\(field).\(key)") }
      guard let n = integer(value), n >= min else {
        throw wrongType("\(field).\(key)", "不小于 \(min) 的整数", value)
      }
      return n
    }
    // Times within the 30 days a record may last, as the messages' (grading adds them up).
    func milliseconds(_ key: String, in object: RecordJSON, _ field: String) throws -> Int {
      guard let value = object[key] else { throw missing("\(field).\(key)") }
      guard let n = integer(value), n >= 0, n <= SessionRecord.maxMilliseconds else {
        throw wrongType(
          "\(field).\(key)", " 0 到 \(SessionRecord.maxMilliseconds) 之间的整数（毫秒）", value)
      }
      return n
    }
    let buyer = try count("buyer", in: o, "shift", min: 1)
    let arrival = try milliseconds("arrival_ms", in: o, "shift")
    var others: [ShiftNeighbour] = []
    if let list = o["others"], !list.isNull {
      guard case .array(let items) = list else { throw wrongType("shift.others", "数组", list) }
      for (i, n) in items.enumerated() {
        let field = "shift.others[\(i)]"
        guard case .object = n else { throw wrongType(field, "对象", n) }
        var product: String?
        if let p = n["product"], !p.isNull {
          guard case .string(let text) = p else { throw wrongType("\(field).product", "字符串", p) }
          product = text
        }
        var addons: [[String]] = []
        if let a = n["addons"], !a.isNull {
          guard let lists = stringLists(a) else {
            throw wrongType("\(field).addons", "字符串数组的数组", a)
          }
          addons = lists
        }
        var said: [ShiftNeighbour.Line] = []
        if let s = n["said"], !s.isNull {
          guard case .array(let lines) = s else { throw wrongType("\(field).said", "数组", s) }
          for (k, l) in lines.enumerated() {
            let lineField = "\(field).said[\(k)]"
            guard case .object = l else { throw wrongType(lineField, "对象", l) }
            said.append(
              ShiftNeighbour.Line(
                ms: try milliseconds("ms", in: l, lineField),
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

  /// An array of arrays of strings, or nil.
  private func stringLists(_ v: RecordJSON) -> [[String]]? {
    guard case .array(let lists) = v else { return nil }
    var out: [[String]] = []
    for list in lists {
      guard case .array(let items) = list else { return nil }
      var strings: [String] = []
      for item in items {
        guard case .string(let s) = item else { return nil }
        strings.append(s)
      }
      out.append(strings)
    }
    return out
  }

  private func seedValue() throws -> UInt64 {
    guard let v = root["seed"], !v.isNull else { return 0 }
    if case .string(let s) = v, let n = UInt64(s) { return n }
    if let i = integer(v), i >= 0 { return UInt64(i) }
    throw wrongType("seed", "非负整数", v)
  }

  // MARK: typed access

  private func string(
    _ object: RecordJSON, _ key: String, in parent: String? = nil,
    default fallback: String? = nil
  ) throws -> String {
    let v = object[key]
    if case .string(let s)? = v { return s }
    let name = parent.map { "\($0).\(key)" } ?? key
    guard let v, !(v.isNull && fallback != nil) else {
      if let fallback { return fallback }
      throw missing(name)
    }
    throw wrongType(name, "字符串", v)
  }

  private func object(_ object: RecordJSON, _ key: String) throws -> RecordJSON {
    guard let v = object[key] else { throw missing(key) }
    guard case .object = v else { throw wrongType(key, "对象", v) }
    return v
  }

  /// JSONSerialization gives true/false as NSNumber too; only their type code tells them apart.
  private static func isBool(_ n: NSNumber) -> Bool { String(cString: n.objCType) == "c" }

  /// A whole number: an integer, or a fraction that is whole and below 9e15.
  private func integer(_ v: RecordJSON) -> Int? {
    switch v {
    case .int(let i): return i
    case .double(let d): return Self.whole(d)
    case .number(let n):
      let code = String(cString: n.objCType)
      if code == "d" || code == "f" { return Self.whole(n.doubleValue) }
      return n.intValue
    default: return nil
    }
  }

  private static func whole(_ d: Double) -> Int? {
    guard d.isFinite, d == d.rounded(), abs(d) < 9e15 else { return nil }
    return Int(d)
  }

  private func double(_ v: RecordJSON) -> Double? {
    switch v {
    case .int(let i): return Double(i)
    case .double(let d): return d
    case .number(let n): return n.doubleValue
    default: return nil
    }
  }

  private func missing(_ field: String) -> Problem {
    Problem(message: "记录损坏：缺少字段 \(field)")
  }

  private func wrongType(
    _ field: String, _ expected: String, _ value: RecordJSON, at message: Int? = nil
  ) -> Problem {
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

  private func describe(_ v: RecordJSON) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .double(let d): return "\(d)"
    case .number(let n): return "\(n)"
    case .string(let s): return "字符串 \"\(DisplayWidth.truncated(s, to: 30))\""
    case .array: return "数组"
    case .object: return "对象"
    }
  }
}
