import KefuText
import XCTest

final class ReplyLimitTests: XCTestCase {
  func testOneReadingOfALimit() {
    for (text, seconds) in [
      ("6", 6.0), ("6.5", 6.5), ("6s", 6), ("6 s", 6), ("6sec", 6), ("6秒", 6), ("6秒钟", 6),
      ("８秒", 8), ("10 S", 10), ("3600", 3600), ("0.001", 0.001),
    ] {
      XCTAssertEqual(ReplyLimit.parse(text), seconds, text)
    }
    for text in ["", "六秒", "6.5.5", ".5", "5.", "-3", "1e3", "0", "0.0004", "3600.5", "6分钟"] {
      XCTAssertNil(ReplyLimit.parse(text), text)
    }
    XCTAssertEqual(ReplyLimit.parseSeconds("5000"), 5000, "the number reads; the range is apart")
    XCTAssertFalse(ReplyLimit.accepts(5000))
  }

  func testThePlayedLimitWinsThenTheScenarioThenTheRubric() {
    XCTAssertEqual(ReplyLimit.resolve(played: 8, scenario: 7, rubric: 6), 8)
    XCTAssertEqual(ReplyLimit.resolve(played: nil, scenario: 7, rubric: 6), 7)
    XCTAssertEqual(ReplyLimit.resolve(played: nil, scenario: nil, rubric: 6), 6)
  }

  func testExactlyTheLimitIsOnTimeOneMillisecondMoreIsSlow() {
    XCTAssertFalse(ReplyLimit.isSlow(seconds: 6, limit: 6))
    XCTAssertTrue(ReplyLimit.isSlow(seconds: 6.001, limit: 6))
    XCTAssertFalse(ReplyLimit.isSlow(seconds: 6.0004, limit: 6), "compared in whole milliseconds")
    XCTAssertTrue(ReplyLimit.isSlow(milliseconds: 6001, limitMilliseconds: 6000))
    XCTAssertEqual(ReplyLimit.milliseconds(6.5), 6500)
  }
}
