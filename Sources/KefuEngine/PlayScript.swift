import Foundation
import KefuText

/// A `play --script` file: the seller's replies with the seconds each took, for playing a
/// scenario without a terminal on a manual clock.
///
/// Each non-blank line is `+SECONDS REPLY`: `+` (or full-width `＋`), seconds with up to three
/// decimals, whitespace (a full-width space counts), the reply. `#` at the start of a line is a
/// comment. A malformed line is refused with its line number before anything is played.
public struct PlayScript: Equatable {
  public struct Step: Equatable {
    /// Milliseconds the seller took after the buyer's last message.
    public var milliseconds: Int
    public var reply: String
    /// 1-based line in the script file.
    public var line: Int
  }

  public var steps: [Step]

  /// A malformed script line.
  public struct ParseError: Error, Equatable {
    public var path: String
    public var line: Int
    public var reason: String
    public var message: String {
      "\(path):\(line): 脚本格式错误：\(reason)。每行应为「+秒数 回复」，例如「+2.5 亲，在的哦」"
    }
  }

  public static func parse(_ text: String, path: String) throws -> PlayScript {
    var steps: [Step] = []
    var lineNumber = 0
    for line in TextFile.lines(text) {
      lineNumber += 1
      let trimmed = line.drop { $0.isWhitespace }
      if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
      steps.append(try parseLine(trimmed, path: path, line: lineNumber))
    }
    return PlayScript(steps: steps)
  }

  private static func parseLine(_ text: Substring, path: String, line: Int) throws -> Step {
    func fail(_ reason: String) -> ParseError { ParseError(path: path, line: line, reason: reason) }
    guard let first = text.first, first == "+" || first == "＋" else {
      throw fail("行首应为「+」")
    }
    var rest = text.dropFirst()
    let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    rest = rest.dropFirst(number.count)
    guard let millis = milliseconds(number) else {
      throw fail("「+」后应为秒数（最多三位小数），却是「\(number.isEmpty ? String(rest.prefix(6)) : String(number))」")
    }
    guard let space = rest.first, space.isWhitespace else {
      throw fail("秒数后应有空格再写回复")
    }
    let reply = rest.drop { $0.isWhitespace }
    var end = reply.endIndex
    while end > reply.startIndex, reply[reply.index(before: end)].isWhitespace {
      end = reply.index(before: end)
    }
    let text = String(reply[reply.startIndex..<end])
    guard !text.isEmpty else { throw fail("缺少回复内容") }
    return Step(milliseconds: millis, reply: text, line: line)
  }

  /// Seconds as scripts write them (`2`, `2.5`, up to three decimals) in milliseconds; nil when
  /// the text is not such a number. `kefu shift --script` reads its times the same way.
  public static func milliseconds(_ number: Substring) -> Int? {
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard !number.isEmpty, parts.count <= 2, !parts[0].isEmpty, parts[0].count <= 9,
      parts.count == 1 || (!parts[1].isEmpty && parts[1].count <= 3),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let whole = Int(parts[0])
    else { return nil }
    var millis = whole * 1000
    if parts.count == 2 {
      millis += Int(String(parts[1]).padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
    }
    return millis
  }
}
