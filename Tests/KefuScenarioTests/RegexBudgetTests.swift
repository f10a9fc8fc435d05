import Foundation
import XCTest

@testable import KefuScenario

final class RegexBudgetTests: XCTestCase {
  func testPatternsThatCanFreezeASessionAreRefused() {
    XCTAssertNotNil(RegexBudget.problem("(a+)+$"))
    XCTAssertNotNil(RegexBudget.problem("(a|aa)*b"))
    XCTAssertNotNil(RegexBudget.problem(".*a.*b"))
    XCTAssertNotNil(RegexBudget.problem("(\\w)\\1"))
    XCTAssertNotNil(RegexBudget.problem("a*a*a*b"))
  }

  func testTheWaysTeachersWritePatternsAreAccepted() {
    for ok in [
      "[SML]码|均码", "(发货|快递).*(几天|多久)", "退.{0,20}换.{0,20}货", "\\d+元", "(亲|您好)?在的",
      "^(?=.*张敏)(?=.*5678)(?=.*中山北路)", "\\(括号\\)+", "[(+]",
    ] {
      XCTAssertNil(RegexBudget.problem(ok), ok)
    }
  }

  func testLintRefusesASlowRegexAndAReplyCannotFreezeMatching() throws {
    let text =
      "title: 测\npersona: 随和\n\n== 开场\n顾客: 在吗\nwhen /(a+)+$/ -> end 成交\notherwise -> end 流失\n"
    let result = ScenarioParser.parse(text, path: "t.kefu", ruleIDs: nil, contentHash: "")
    XCTAssertEqual(result.diagnostics.map(\.code.rawValue), ["E029"])
    // The safe subset, on the longest reply a regex sees, finishes at once.
    let start = Date()
    let condition = Condition.regex(source: "a*b", compiled: ScenarioParser.compileRegex("a*b"))
    XCTAssertEqual(
      condition.matchesText(normalizedReply: String(repeating: "a", count: 100_000)), false)
    XCTAssertLessThan(Date().timeIntervalSince(start), 5)
  }
}
