import KefuRubric
import XCTest

/// Rubric files: `key: value` lines overriding the defaults; mistakes named with file:line.
final class RubricFileTests: XCTestCase {
  func testOverridesAndCommentsAndFullWidthColon() throws {
    let s = try RubricSettings.parse(
      "# 期末考核用\nlimit: 8s\r\nweight_deal：40\n\ncost_affinity: 0 # 不扣亲和力\nexclamation_session_share: 1/2\n",
      path: "r.txt")
    XCTAssertEqual(s.limitSeconds, 8)
    XCTAssertEqual(s.weightDeal, 40)
    XCTAssertEqual(s.cost("affinity"), 0)
    XCTAssertEqual(s.exclamationSessionShare, 0.5)
    XCTAssertNotEqual(s.version, "1")
    XCTAssertEqual(try RubricSettings.parse("# nothing\n", path: "r.txt").version, "1")
  }

  func testUnknownKeyIsNamedWithItsLineAndASuggestion() {
    XCTAssertThrowsError(try RubricSettings.parse("limit: 6\nweight_dael: 3\n", path: "r.txt")) {
      let message = ($0 as? RubricFileError)?.message ?? ""
      XCTAssertTrue(message.hasPrefix("r.txt:2: "), message)
      XCTAssertTrue(message.contains("weight_deal"), message)
    }
  }

  func testBadValuesAreRejectedWithFileAndLine() {
    let cases = [
      ("limit: 六秒\n", "r.txt:1: "), ("\n\nhistory_window: 2.5\n", "r.txt:3: "),
      ("weight_step: -1\n", "r.txt:1: "), ("limit 6\n", "r.txt:1: "),
      ("limit: 6\nlimit: 7\n", "r.txt:2: "),
    ]
    for (text, prefix) in cases {
      XCTAssertThrowsError(try RubricSettings.parse(text, path: "r.txt")) {
        let message = ($0 as? RubricFileError)?.message ?? ""
        XCTAssertTrue(message.hasPrefix(prefix), "\(text): \(message)")
      }
    }
  }

  func testLoadReportsAMissingFile() {
    XCTAssertThrowsError(try RubricSettings.load(path: "/nonexistent/rubric.txt")) {
      XCTAssertTrue(($0 as? RubricFileError)?.message.contains("不存在") ?? false)
    }
  }

  func testEveryKeyRoundTripsThroughItsText() throws {
    var text = ""
    for key in RubricSettings.keys {
      text += "\(key.name): \(RubricSettings.standard.text(of: key))\n"
    }
    XCTAssertEqual(try RubricSettings.parse(text, path: "all.txt"), RubricSettings.standard)
  }
}
