import Foundation
import XCTest

/// `kefu rules`: the listing, one rule in full, the Markdown document and docs/rubric.md.
final class RulesCLITests: XCTestCase {
  func testListingShowsEveryRuleAlignedByDisplayWidth() throws {
    let run = try KefuProcess.run(["rules"])
    XCTAssertEqual(run.code, 0)
    let lines = run.out.split(separator: "\n").map(String.init)
    let ids = [
      "reception_flow", "response_time", "rhetorical_question", "exclamation_overuse", "upsell",
      "forbidden_phrase", "affinity", "order_confirmation", "account_safety", "repeated_reply",
      "asked_again",
    ]
    for (line, id) in zip(lines, ids) { XCTAssertTrue(line.hasPrefix(id + " "), line) }
    // The summaries start in the same display column on every line.
    let first = lines[0]
    XCTAssertTrue(first.contains("八步接待流程"))
    XCTAssertTrue(lines[1].contains("黄金六秒"))
    func summaryColumn(_ line: String, after name: String) -> Int {
      let r = line.range(of: name)!
      var col = 0
      for ch in line[..<r.upperBound] { col += ch.isASCII ? 1 : 2 }
      return col + line[r.upperBound...].prefix { $0 == " " }.count
    }
    XCTAssertEqual(
      summaryColumn(lines[0], after: "八步接待流程"), summaryColumn(lines[4], after: "关联销售"))
  }

  func testOneRuleShowsExplanationNumbersAndExamples() throws {
    let run = try KefuProcess.run(["rules", "exclamation_overuse"])
    XCTAssertEqual(run.code, 0)
    XCTAssertTrue(run.out.hasPrefix("exclamation_overuse  感叹号不宜多\n"))
    XCTAssertTrue(run.out.contains("exclamation_session_share: 1/3"))
    XCTAssertTrue(run.out.contains("✗ 「好的呢！！」"))
    XCTAssertTrue(run.out.contains("✓ 「感谢您的支持！」"))
  }

  func testUnknownRuleIsAUsageErrorWithASuggestion() throws {
    let run = try KefuProcess.run(["rules", "upsel"])
    XCTAssertEqual(run.code, 2)
    XCTAssertTrue(run.err.contains("upsell"), run.err)
    let part = try KefuProcess.run(["rules", "rhetorical"])
    XCTAssertEqual(part.code, 2)
    XCTAssertTrue(
      part.err.hasPrefix("kefu rules: 没有规则「rhetorical」，是不是想看 rhetorical_question（禁用反问句）？"),
      part.err)
    let chinese = try KefuProcess.run(["rules", "反问"])
    XCTAssertTrue(chinese.err.contains("rhetorical_question（禁用反问句）"), chinese.err)
  }

  func testARuleIsFoundByItsChineseNameToo() throws {
    let byName = try KefuProcess.run(["rules", "禁用反问句"])
    XCTAssertEqual(byName.code, 0, byName.err)
    XCTAssertEqual(byName.out, try KefuProcess.run(["rules", "rhetorical_question"]).out)
    XCTAssertEqual(try KefuProcess.run(["rules", "关联销售"]).out.prefix(6), "upsell")
  }

  func testDocsRubricMatchesTheGeneratedMarkdown() throws {
    let run = try KefuProcess.run(["rules", "--markdown"])
    XCTAssertEqual(run.code, 0)
    let docs = try String(
      contentsOf: KefuProcess.repoRoot.appendingPathComponent("docs/rubric.md"), encoding: .utf8)
    XCTAssertEqual(
      docs, run.out,
      "docs/rubric.md is out of date: run `swift run kefu rules --markdown > docs/rubric.md`")
    XCTAssertTrue(run.out.contains("## 评分公式"))
  }
}
