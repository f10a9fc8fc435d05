import Foundation
import KefuRubric
import KefuText

/// A `play --script` file: the seller's replies with the seconds each took, for playing a
/// scenario without a terminal on a manual clock, and optionally the outcome the path expects.
///
/// Each non-blank line is `+SECONDS REPLY`: `+` (or full-width `＋`), seconds with up to three
/// decimals, whitespace (a full-width space counts), the reply. `#` at the start of a line is a
/// comment; the comment `# 期望：成交` (or `流失`, `未完成`) states the expected outcome, which
/// `play --script` checks. Every malformed line is reported with its line number before anything
/// is played.
public struct PlayScript: Equatable {
  public struct Step: Equatable {
    /// Milliseconds the seller took after the buyer's last message.
    public var milliseconds: Int
    public var reply: String
    /// 1-based line in the script file.
    public var line: Int
  }

  /// An expectation line: the outcome the path should end with.
  public struct Expectation: Equatable {
    public var outcome: Outcome
    /// 1-based line in the script file.
    public var line: Int

    public init(outcome: Outcome, line: Int) {
      self.outcome = outcome
      self.line = line
    }
  }

  public var steps: [Step]
  public var expectation: Expectation?

  public init(steps: [Step], expectation: Expectation? = nil) {
    self.steps = steps
    self.expectation = expectation
  }

  /// The most seconds one step may take: a day (larger numbers are refused, so the clock
  /// cannot overflow).
  public static let maxSeconds = 86_400

  /// A malformed script line.
  public struct ParseError: Error, Equatable {
    public var path: String
    public var line: Int
    public var reason: String
    /// Whether the line was meant as a reply (the reply line's shape is then shown); an
    /// expectation line (`# 期望：成交`) gets the reason alone, which names what it may say.
    public var replyLine = true
    public var message: String {
      let shape = replyLine ? "。每行应为「+秒数 回复」，例如「+2.5 亲，在的哦」" : ""
      return "\(path):\(line): 脚本格式错误：\(reason)" + shape
    }
  }

  /// Every malformed line of a script, in line order (never empty).
  public struct ParseErrors: Error, Equatable {
    public var errors: [ParseError]
    /// One line per error, after a count when there are several (so that the command's
    /// `kefu play:` prefix heads the count, not only the first error).
    public var message: String {
      let lines = errors.map(\.message)
      guard errors.count > 1 else { return lines.joined(separator: "\n") }
      return (["脚本里有 \(errors.count) 行格式错误："] + lines).joined(separator: "\n")
    }
  }

  /// The words an expectation line may name, by outcome.
  static let outcomeNames: [(String, Outcome)] = [
    ("成交", .deal), ("流失", .lost), ("未完成", .unfinished),
    ("deal", .deal), ("lost", .lost), ("unfinished", .unfinished),
  ]

  public static func parse(_ text: String, path: String) throws -> PlayScript {
    var steps: [Step] = []
    var expectation: Expectation?
    var errors: [ParseError] = []
    var lineNumber = 0
    for line in TextFile.lines(text) {
      lineNumber += 1
      let trimmed = line.drop { $0.isWhitespace }
      if trimmed.isEmpty { continue }
      if trimmed.hasPrefix("#") || trimmed.hasPrefix("＃") {
        switch parseExpectation(trimmed.dropFirst(), line: lineNumber) {
        case nil: continue
        case .success(let found):
          if let earlier = expectation {
            errors.append(
              ParseError(
                path: path, line: lineNumber, reason: "期望已在第 \(earlier.line) 行写过，只能写一次",
                replyLine: false))
          } else {
            expectation = found
          }
        case .failure(let reason):
          errors.append(
            ParseError(path: path, line: lineNumber, reason: reason.text, replyLine: false))
        }
        continue
      }
      do {
        steps.append(try parseLine(trimmed, path: path, line: lineNumber))
      } catch let e as ParseError {
        errors.append(e)
      }
    }
    guard errors.isEmpty else { throw ParseErrors(errors: errors) }
    return PlayScript(steps: steps, expectation: expectation)
  }

  struct Reason: Error { var text: String }

  /// Reads a comment as an expectation: `期望` then `：`/`:` then an outcome, optionally followed
  /// by a note (`# 期望：流失（回得太慢）`). Nil when the comment is not an expectation; a failure
  /// when it is one with an unknown outcome.
  static func parseExpectation(_ comment: Substring, line: Int) -> Result<Expectation, Reason>? {
    let body = comment.drop { $0.isWhitespace }
    guard body.hasPrefix("期望") else { return nil }
    let afterWord = body.dropFirst(2).drop { $0.isWhitespace }
    guard let colon = afterWord.first, colon == ":" || colon == "：" else { return nil }
    let value = afterWord.dropFirst().trimmingCharacters(in: .whitespaces)
    let lowered = value.lowercased()
    for (name, outcome) in outcomeNames where lowered.hasPrefix(name) {
      // `deal` must not be the start of a longer word (`dealer`); a note may follow otherwise.
      let next = lowered.dropFirst(name.count).first
      if let next, next.isASCII && next.isLetter { continue }
      return .success(Expectation(outcome: outcome, line: line))
    }
    return .failure(Reason(text: "期望只能是「成交」「流失」或「未完成」，这里写的是「\(value)」"))
  }

  private static func parseLine(_ text: Substring, path: String, line: Int) throws -> Step {
    func fail(_ reason: String) -> ParseError { ParseError(path: path, line: line, reason: reason) }
    guard let first = text.first, first == "+" || first == "＋" else {
      throw fail("行首应为「+」")
    }
    var rest = text.dropFirst()
    let number = rest.prefix { $0.isASCII && ($0.isNumber || $0 == ".") }
    rest = rest.dropFirst(number.count)
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard !number.isEmpty, parts.count <= 2, !parts[0].isEmpty,
      parts.count == 1 || (!parts[1].isEmpty && parts[1].count <= 3)
    else {
      throw fail("「+」后应为秒数（最多三位小数），却是「\(number.isEmpty ? String(rest.prefix(6)) : String(number))」")
    }
    guard let millis = milliseconds(number) else {
      throw fail("秒数「\(number)」太大，每条回复最多等 \(maxSeconds) 秒（一天）")
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

  /// Seconds as scripts write them (`2`, `2.5`, up to three decimals, at most `maxSeconds`) in
  /// milliseconds; nil when the text is not such a number. `kefu shift --script` and `--every`
  /// read their times the same way.
  public static func milliseconds(_ number: Substring) -> Int? {
    let parts = number.split(separator: ".", omittingEmptySubsequences: false)
    guard !number.isEmpty, parts.count <= 2, !parts[0].isEmpty,
      parts.count == 1 || (!parts[1].isEmpty && parts[1].count <= 3),
      parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let whole = Int(parts[0]), whole <= maxSeconds
    else { return nil }
    var millis = whole * 1000
    if parts.count == 2 {
      millis += Int(String(parts[1]).padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
    }
    return millis
  }
}
