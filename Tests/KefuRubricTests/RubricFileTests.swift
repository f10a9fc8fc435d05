import KefuRubric
import KefuScenario
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

  func testWordLinesAddAndRemoveWordsOfAFamily() throws {
    let s = try RubricSettings.parse(
      "+greet: 哈罗哈罗 | 哈喽呀\n－greet：您好\nlimit: 8\n", path: "r.txt")
    XCTAssertEqual(
      s.wordEdits,
      [
        WordBook.Edit(family: "greet", add: true, words: ["哈罗哈罗", "哈喽呀"]),
        WordBook.Edit(family: "greet", add: false, words: ["您好"]),
      ])
    XCTAssertNotEqual(s.version, "1")
    XCTAssertNotEqual(
      s.version, try RubricSettings.parse("+greet: 哈罗哈罗\nlimit: 8\n", path: "r.txt").version)
    let rubric = Rubric(settings: s)
    XCTAssertTrue(rubric.judge("哈罗哈罗", context: ReplyContext()).steps.contains(.greet))
  }

  func testBadWordLinesSayWhatAndWhere() {
    let cases = [
      ("+greeet: 哈罗\n", "r.txt:1: 没有叫「greeet」的词组，是不是想写 greet？"),
      ("\n-greet: 哈罗哈罗\n", "r.txt:2: 「哈罗哈罗」不在词组「greet」里"),
      ("+greet:\n", "r.txt:1: 「greet」后面没有写词"),
      ("+greet 哈罗\n", "r.txt:1: 应为「+词组名: 词 | 词」"),
      ("+particles: 嘞\n", "r.txt:1: 「particles」是字类"),
    ]
    for (text, prefix) in cases {
      XCTAssertThrowsError(try RubricSettings.parse(text, path: "r.txt")) {
        let message = ($0 as? RubricFileError)?.message ?? ""
        XCTAssertTrue(message.hasPrefix(prefix), "\(text): \(message)")
      }
    }
  }

  func testALimitReadsAsInAScenario() throws {
    for text in ["8", "8.5s", "8 s", "8sec", "8秒", "8秒钟", "８秒", "3600"] {
      let s = try RubricSettings.parse("limit: \(text)\n", path: "r.txt")
      XCTAssertEqual(s.limitSeconds, ScenarioParser.parseLimit(text), text)
    }
    XCTAssertThrowsError(try RubricSettings.parse("limit: 3601\n", path: "r.txt"))
  }
}
