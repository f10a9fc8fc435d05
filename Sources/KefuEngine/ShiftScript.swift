import KefuText

/// A `shift --script` file: the seller's replies in a shift, each with its time and its chat.
///
/// Each non-blank line is `@SECONDS #N REPLY`: `@` (or full-width `＠`), the seconds since the
/// shift began (up to three decimals), whitespace, `#N` (or `＃N`) the buyer's number in arrival
/// order (1-based), whitespace, the reply. A line starting with `#` is a comment. Times may not
/// go backwards. A malformed line is refused with its line number before anything is played.
public struct ShiftScript: Equatable {
  public struct Step: Equatable {
    /// Milliseconds since the shift began.
    public var milliseconds: Int
    /// The buyer's number, 1-based.
    public var buyer: Int
    public var reply: String
    /// 1-based line in the script file.
    public var line: Int

    public init(milliseconds: Int, buyer: Int, reply: String, line: Int) {
      self.milliseconds = milliseconds
      self.buyer = buyer
      self.reply = reply
      self.line = line
    }
  }

  public var steps: [Step]

  /// A malformed script line.
  public struct ParseError: Error, Equatable {
    public var path: String
    public var line: Int
    public var reason: String
    public var message: String {
      "\(path):\(line): 脚本格式错误：\(reason)。每行应为「@秒数 #顾客编号 回复」，例如「@12.5 #2 亲，在的哦」"
    }
  }

  /// Parses a script for a shift of `buyers` buyers.
  public static func parse(_ text: String, path: String, buyers: Int) throws -> ShiftScript {
    var steps: [Step] = []
    var lineNumber = 0
    for line in TextFile.lines(text) {
      lineNumber += 1
      let trimmed = line.drop { $0.isWhitespace }
      if trimmed.isEmpty || trimmed.hasPrefix("#") || trimmed.hasPrefix("＃") { continue }
      let step = try parseLine(trimmed, path: path, line: lineNumber, buyers: buyers)
      if let previous = steps.last, step.milliseconds < previous.milliseconds {
        throw ParseError(
          path: path, line: lineNumber,
          reason:
            "时间倒退了：第 \(previous.line) 行已是 \(seconds(previous.milliseconds)) 秒，这一行却是 \(seconds(step.milliseconds)) 秒"
        )
      }
      steps.append(step)
    }
    return ShiftScript(steps: steps)
  }

  public static func seconds(_ ms: Int) -> String { JSONValue.formatSeconds(Double(ms) / 1000) }

  private static func parseLine(_ text: Substring, path: String, line: Int, buyers: Int) throws
    -> Step
  {
    func fail(_ reason: String) -> ParseError { ParseError(path: path, line: line, reason: reason) }
    guard let first = text.first, first == "@" || first == "＠" else {
      throw fail("行首应为「@」")
    }
    var rest = text.dropFirst()
    let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    rest = rest.dropFirst(number.count)
    guard let millis = PlayScript.milliseconds(number) else {
      let found = number.isEmpty ? String(rest.prefix(6)) : String(number)
      throw fail("「@」后应为秒数（最多三位小数，不超过一天），却是「\(found)」")
    }
    guard let space = rest.first, space.isWhitespace else { throw fail("秒数后应有空格再写「#顾客编号」") }
    rest = rest.drop { $0.isWhitespace }
    guard let hash = rest.first, hash == "#" || hash == "＃" else {
      throw fail("秒数后应为「#顾客编号」，如「#1」")
    }
    rest = rest.dropFirst()
    let digits = rest.prefix { $0.isASCII && $0.isNumber }
    rest = rest.dropFirst(digits.count)
    guard !digits.isEmpty, digits.count <= 4, let buyer = Int(digits) else {
      throw fail("「#」后应为顾客编号（1、2、3…）")
    }
    guard buyer >= 1 && buyer <= buyers else {
      throw fail("没有第 \(buyer) 位顾客：这个班次共 \(buyers) 位（#1…#\(buyers)）")
    }
    guard let gap = rest.first, gap.isWhitespace else { throw fail("顾客编号后应有空格再写回复") }
    let reply = rest.drop { $0.isWhitespace }
    var end = reply.endIndex
    while end > reply.startIndex, reply[reply.index(before: end)].isWhitespace {
      end = reply.index(before: end)
    }
    let body = String(reply[reply.startIndex..<end])
    guard !body.isEmpty else { throw fail("缺少回复内容") }
    return Step(milliseconds: millis, buyer: buyer, reply: body, line: line)
  }
}
