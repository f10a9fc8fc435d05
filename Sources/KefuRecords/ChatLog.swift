import Foundation
import KefuRubric
import KefuText

/// A real shop conversation read from a chat log, in either form kefu reads:
///
/// - plain: `[mm:ss] 顾客: 在吗` / `[hh:mm:ss] 客服: 在的亲` (顾客/买家/客户/buyer and
///   客服/卖家/商家/seller name the sides; any other name is a nickname);
/// - the shop-client export: a header line `昵称 2026-11-23 14:05:09` (the nickname may contain
///   spaces and colons, such as `花花旗舰店:小美`), then the message's lines up to the next header.
///
/// Which nickname is the seller comes from `--seller`, else from `SellerInference`.
public struct ChatLog {
  public enum Format: String {
    case plain, shopExport
  }

  /// One message as the log has it.
  public struct Entry: Equatable {
    public var nickname: String
    public var role: ChatRole
    public var text: String
    /// Milliseconds since the log's first message.
    public var ms: Int
    /// The line the message starts on (1-based).
    public var line: Int
  }

  public var path: String
  public var format: Format
  /// `UTF-8` or `GB18030`.
  public var encoding: String
  public var entries: [Entry]
  /// The nicknames in order of first appearance.
  public var nicknames: [String]
  /// The nicknames taken as the seller side.
  public var sellerNicknames: [String]
  /// For a shop-client export: the first message's date and time (local, offset unknown).
  public var startedAt: String?

  /// The messages as a transcript for grading.
  public var messages: [RecordedMessage] {
    entries.map { RecordedMessage(role: $0.role, text: $0.text, ms: $0.ms) }
  }
}

/// A chat log that cannot be read, with its line: `a.txt:3: …`.
public struct ChatLogError: Error, Equatable, CustomStringConvertible {
  public var path: String
  public var line: Int?
  public var message: String
  public var description: String {
    line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
  }
}

public enum ChatLogReader {
  /// Decodes a log's bytes: strict UTF-8 (BOM dropped) first, then GB18030/GBK (what Chinese
  /// Windows tools save). Returns the text and the encoding's name.
  public static func decode(_ bytes: [UInt8], path: String) throws -> (String, String) {
    do {
      return (try TextFile.decode(bytes, path: path), "UTF-8")
    } catch let e as TextFileError {
      if case .notUTF8 = e, let text = TextFile.decodeGB18030(bytes), !text.contains("\u{0}") {
        return (text, "GB18030")
      }
      if case .notUTF8(_, let line, let column, _) = e {
        throw ChatLogError(
          path: path, line: line, message: "第 \(column) 个字节起既不是 UTF-8 也不是 GB18030 文本")
      }
      throw ChatLogError(path: path, line: nil, message: stripPath(e.message, path))
    }
  }

  /// Reads and parses a chat log file. `seller` is the `--seller` nickname, if given.
  public static func read(path: String, seller: String?) throws -> ChatLog {
    let bytes: [UInt8]
    do {
      bytes = try TextFile.readBytes(path)
    } catch let e as TextFileError {
      throw ChatLogError(path: path, line: nil, message: stripPath(e.message, path))
    }
    let (text, encoding) = try decode(bytes, path: path)
    var log = try parse(text, path: path, seller: seller)
    log.encoding = encoding
    return log
  }

  /// Parses chat-log text.
  public static func parse(_ text: String, path: String, seller: String?) throws -> ChatLog {
    // Lines end in LF, CRLF or a lone CR (old Mac editors and some shop clients).
    var lines = text.split(
      omittingEmptySubsequences: false,
      whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    )
    .map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\r")) }
    if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0].removeFirst() }
    guard let firstIndex = lines.firstIndex(where: { !isBlank($0) }) else {
      throw ChatLogError(path: path, line: nil, message: "文件是空的，没有聊天记录")
    }
    let first = lines[firstIndex]
    if PlainLine.match(first) != nil {
      return try parsePlain(lines, path: path, seller: seller)
    }
    if ShopHeader.match(first) != nil {
      return try parseShopExport(lines, path: path, seller: seller)
    }
    throw ChatLogError(
      path: path, line: firstIndex + 1,
      message: "无法识别的聊天记录格式：「\(DisplayWidth.truncated(first, to: 40))」。"
        + "每条消息应以「[mm:ss] 顾客: …」「[hh:mm:ss] 客服: …」开头，"
        + "或是店铺客户端导出的「昵称 2026-11-23 14:05:09」标题行加消息内容")
  }

  // MARK: plain `[mm:ss] 角色: 内容`

  struct Raw {
    var nickname: String
    var fixedRole: ChatRole?
    var text: String
    var seconds: Int
    var line: Int
  }

  static func parsePlain(_ lines: [String], path: String, seller: String?) throws -> ChatLog {
    let matches = lines.map(PlainLine.match)
    // A name with a colon inside is vouched for by `--seller` or by two lines or more.
    var seen: [String: Int] = [:]
    for m in matches.compactMap({ $0 }) {
      for name in Set(m.longerNames) { seen[name, default: 0] += 1 }
    }
    var known = Set(seen.filter { $0.value >= 2 }.keys)
    if let seller { known.insert(seller) }
    var raws: [Raw] = []
    var previous: Int?
    var previousClock = 0
    var period = 3600
    for (i, line) in lines.enumerated() {
      guard let m = matches[i] else {
        if isBlank(line) { continue }
        // A message that goes on over several lines.
        guard !raws.isEmpty else {
          throw ChatLogError(path: path, line: i + 1, message: "这一行不是「[时间] 角色: 内容」")
        }
        raws[raws.count - 1].text += "\n" + line
        continue
      }
      if m.hasHours { period = 86400 }
      // Times compare as the clock shows them: `[59:58]` then `[00:03]` went past the hour (or
      // midnight), a step back of less than half the clock's period is a real reversal.
      var seconds = m.seconds
      if let previous {
        var step = m.seconds - previousClock
        if step < 0 {
          guard -step > period / 2 else {
            throw ChatLogError(
              path: path, line: i + 1, message: "时间 \(m.timeText) 比上一条消息早，聊天记录的顺序不对")
          }
          step += period
        }
        seconds = previous + step
      }
      previous = seconds
      previousClock = m.seconds
      let (name, text) = m.resolve(known: known)
      raws.append(
        Raw(nickname: name, fixedRole: roleWord(name), text: text, seconds: seconds, line: i + 1))
    }
    if let base = raws.first?.seconds {
      for i in raws.indices { raws[i].seconds -= base }
    }
    return try finish(raws, path: path, format: .plain, seller: seller, startedAt: nil)
  }

  static func roleWord(_ name: String) -> ChatRole? {
    switch name.lowercased() {
    case "顾客", "买家", "客户", "buyer", "customer": return .buyer
    case "客服", "卖家", "商家", "seller": return .seller
    default: return nil
    }
  }

  // MARK: shop-client export

  static func parseShopExport(_ lines: [String], path: String, seller: String?) throws -> ChatLog {
    var raws: [Raw] = []
    var startedAt: String?
    var base: Int64?
    var previous: Int64 = 0
    var body: [String] = []
    func flushBody() {
      guard !raws.isEmpty else { return }
      while let last = body.last, isBlank(last) { body.removeLast() }
      while let first = body.first, isBlank(first) { body.removeFirst() }
      raws[raws.count - 1].text = body.joined(separator: "\n")
      body = []
    }
    for (i, line) in lines.enumerated() {
      if let h = ShopHeader.match(line) {
        flushBody()
        if base == nil {
          base = h.seconds
          startedAt = h.timeText
        }
        if let year = Int(h.timeText.prefix(4)), !(1970...2199).contains(year) {
          throw ChatLogError(
            path: path, line: i + 1, message: "时间 \(h.timeText) 的年份不对（应在 1970 到 2199 之间）")
        }
        guard h.seconds >= previous else {
          throw ChatLogError(
            path: path, line: i + 1, message: "时间 \(h.timeText) 比上一条消息早，聊天记录的顺序不对")
        }
        previous = h.seconds
        raws.append(
          Raw(
            nickname: h.nickname, fixedRole: nil, text: "", seconds: Int(h.seconds - base!),
            line: i + 1))
      } else {
        body.append(line)
      }
    }
    flushBody()
    raws.removeAll { $0.text.isEmpty }
    return try finish(raws, path: path, format: .shopExport, seller: seller, startedAt: startedAt)
  }

  // MARK: sides

  static func finish(
    _ raws: [Raw], path: String, format: ChatLog.Format, seller: String?, startedAt: String?
  ) throws -> ChatLog {
    guard !raws.isEmpty else {
      throw ChatLogError(path: path, line: nil, message: "没有找到任何消息")
    }
    var nicknames: [String] = []
    for r in raws where r.fixedRole == nil && !nicknames.contains(r.nickname) {
      nicknames.append(r.nickname)
    }
    var sellers: Set<String> = []
    if !nicknames.isEmpty {
      sellers = try SellerInference.sellers(
        nicknames: nicknames,
        firstMessages: nicknames.map { n in raws.first { $0.nickname == n }?.text ?? "" },
        given: seller, path: path,
        hasFixedRoles: raws.contains { $0.fixedRole != nil })
    }
    let entries = raws.map { r in
      ChatLog.Entry(
        nickname: r.nickname,
        role: r.fixedRole ?? (sellers.contains(r.nickname) ? .seller : .buyer),
        text: r.text, ms: r.seconds * 1000, line: r.line)
    }
    return ChatLog(
      path: path, format: format, encoding: "UTF-8", entries: entries,
      nicknames: nicknames.isEmpty ? Array(Set(raws.map(\.nickname))).sorted() : nicknames,
      sellerNicknames: nicknames.filter { sellers.contains($0) }, startedAt: startedAt)
  }

  static func isBlank(_ line: String) -> Bool {
    line.allSatisfy { $0.isWhitespace }
  }

  static func stripPath(_ message: String, _ path: String) -> String {
    message.hasPrefix(path + ": ") ? String(message.dropFirst(path.count + 2)) : message
  }
}

/// Which nicknames of a chat log are the shop's. The rule, in order:
///
/// 1. `--seller NICK` names the seller: that nickname, and sub-accounts of it (`NICK:小美`).
/// 2. Nicknames that look like the shop's: containing 客服、旗舰店、专卖店、专营店、官方、小二、
///    售后 or 店, or written `店铺:子账号` (a colon inside the name is how shop clients show a
///    sub-account). Used when some but not all nicknames look so.
/// 3. Otherwise the one nickname whose first message greets like a seller (亲、您好、欢迎、
///    在的), when exactly one does.
/// 4. Otherwise it cannot be told: an error that lists the nicknames and asks for `--seller`.
public enum SellerInference {
  static let shopMarks = ["客服", "旗舰店", "专卖店", "专营店", "官方", "小二", "售后", "店"]
  static let greetings = ["亲", "您好", "欢迎", "在的"]

  static func sellers(
    nicknames: [String], firstMessages: [String], given: String?, path: String, hasFixedRoles: Bool
  ) throws -> Set<String> {
    let list = nicknames.map { "「\($0)」" }.joined(separator: "、")
    if let given {
      let key = RecordPlayer.normalize(given)
      let chosen = nicknames.filter {
        let n = RecordPlayer.normalize($0)
        return n == key || n.hasPrefix(key + ":") || n.hasPrefix(key + "：")
      }
      guard !chosen.isEmpty else {
        throw ChatLogError(
          path: path, line: nil,
          message: "聊天记录里没有昵称「\(given)」。找到的昵称：\(list)。请用 --seller 指定其中的客服昵称")
      }
      return Set(chosen)
    }
    if hasFixedRoles { return [] }  // a nickname among 顾客/客服 lines: a buyer unless told
    let shopLike = nicknames.filter { n in
      shopMarks.contains { n.contains($0) }
        || n.dropFirst().dropLast().contains { $0 == ":" || $0 == "：" }
    }
    if !shopLike.isEmpty && shopLike.count < nicknames.count { return Set(shopLike) }
    let greeters = zip(nicknames, firstMessages).filter { _, text in
      greetings.contains { text.contains($0) }
    }.map(\.0)
    if greeters.count == 1 && nicknames.count > 1 { return Set(greeters) }
    throw ChatLogError(
      path: path, line: nil,
      message: "无法判断谁是客服。聊天记录里的昵称：\(list)。请用 --seller 昵称 指定客服一方")
  }
}

/// `[mm:ss] 名字: 内容` (also `[hh:mm:ss]`, 【】 brackets, a full-width colon).
struct PlainLine {
  var seconds: Int
  var hasHours: Bool
  var timeText: String
  /// Everything after the time: the nickname, a colon, the message.
  var rest: Substring
  /// Where the nickname may end: each colon that could separate it from the message.
  var colons: [Substring.Index]

  /// The name before the `k`-th colon and the message after it.
  func split(at k: Int) -> (name: String, text: String) {
    let name = rest[..<colons[k]].trimmingCharacters(in: .whitespaces)
    var text = rest[rest.index(after: colons[k])...]
    while let f = text.first, f == " " || f == "\u{3000}" { text.removeFirst() }
    return (name, String(text))
  }

  /// A nickname with a colon inside (`花花旗舰店:小美`) and a message with colons inside
  /// (`尺码: M`) read the same on one line. A longer name is taken only where the whole log
  /// shows it is one: `known` holds the names the log (or `--seller`) vouches for.
  func resolve(known: Set<String>) -> (name: String, text: String) {
    for k in colons.indices.reversed() where k > 0 {
      let candidate = split(at: k)
      if known.contains(candidate.name) { return candidate }
    }
    return split(at: 0)
  }

  /// The longer nicknames a line could have: up to the second, third… colon, short and without
  /// spaces in the added part (shop clients write `店铺:子账号`).
  var longerNames: [String] {
    colons.indices.dropFirst().map { split(at: $0).name }.filter { name in
      name.count <= 40 && !name.contains(" ")
    }
  }

  static func match(_ line: String) -> PlainLine? {
    var s = Substring(line)
    while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
    guard let open = s.first, open == "[" || open == "【" else { return nil }
    s.removeFirst()
    guard let close = s.firstIndex(where: { $0 == "]" || $0 == "】" }) else { return nil }
    let time = s[..<close].trimmingCharacters(in: .whitespaces)
    let parts = time.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2 || parts.count == 3,
      parts.allSatisfy({
        !$0.isEmpty && $0.count <= 2 && $0.allSatisfy { $0.isASCII && $0.isNumber }
      })
    else { return nil }
    let values = parts.map { Int($0)! }
    guard values.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
    let seconds = values.reduce(0) { $0 * 60 + $1 }
    var rest = s[s.index(after: close)...]
    while let f = rest.first, f == " " || f == "\t" || f == "\u{3000}" { rest.removeFirst() }
    let colons = Array(rest.indices.lazy.filter { rest[$0] == ":" || rest[$0] == "：" }.prefix(4))
    guard let colon = colons.first,
      !rest[..<colon].trimmingCharacters(in: .whitespaces).isEmpty
    else { return nil }
    return PlainLine(
      seconds: seconds, hasHours: parts.count == 3, timeText: time, rest: rest, colons: colons)
  }
}

/// `昵称 2026-11-23 14:05:09` (also `2026/11/23`), a header of the shop-client export.
struct ShopHeader {
  var nickname: String
  /// Seconds since 1970 as if the local time were UTC (only differences are used).
  var seconds: Int64
  var timeText: String

  static func match(_ line: String) -> ShopHeader? {
    let t = line.trimmingCharacters(in: .whitespaces)
    let u = Array(t.utf8)
    // The date and time are the last 19 bytes: `YYYY-MM-DD HH:MM:SS`; a day or hour of one digit
    // is also seen, so scan back from the end for the space before the date.
    guard u.count >= 16 else { return nil }
    let parts = t.split(separator: " ", omittingEmptySubsequences: true)
    guard parts.count >= 3 else { return nil }
    let timePart = parts[parts.count - 1]
    let datePart = parts[parts.count - 2]
    let dateFields = datePart.split(whereSeparator: { $0 == "-" || $0 == "/" })
    let timeFields = timePart.split(separator: ":")
    guard dateFields.count == 3, timeFields.count == 3,
      (dateFields + timeFields).allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      dateFields[0].count == 4,
      let y = Int(dateFields[0]), let mo = Int(dateFields[1]), let d = Int(dateFields[2]),
      let h = Int(timeFields[0]), let mi = Int(timeFields[1]), let sec = Int(timeFields[2]),
      (1...12).contains(mo), (1...RecordTime.daysIn(month: mo, year: y)).contains(d), h < 24,
      mi < 60, sec < 60
    else { return nil }
    // The nickname is everything before the date, as written (it may hold spaces and colons).
    guard
      let dateRange = t.range(of: " " + datePart + " " + timePart, options: .backwards)
        ?? t.range(of: datePart, options: .backwards)
    else { return nil }
    let nickname = t[..<dateRange.lowerBound].trimmingCharacters(in: .whitespaces)
    guard !nickname.isEmpty else { return nil }
    return ShopHeader(
      nickname: nickname,
      seconds: RecordTime.localSeconds(
        year: y, month: mo, day: d, hour: h, minute: mi, second: sec),
      timeText: "\(datePart) \(timePart)")
  }
}
