import KefuEngine
import XCTest

final class PlayScriptTests: XCTestCase {
  func testLinesCommentsAndFullWidthSpace() throws {
    let script = try PlayScript.parse(
      "# 胜利路径\n+1.5 亲，您好\r\n\n+3\u{3000}M码合身\n＋0.25\t好的  \n+7 亲，在的哦", path: "p.txt")
    XCTAssertEqual(script.steps.map(\.milliseconds), [1500, 3000, 250, 7000])
    XCTAssertEqual(script.steps.map(\.reply), ["亲，您好", "M码合身", "好的", "亲，在的哦"])
    XCTAssertEqual(script.steps.map(\.line), [2, 4, 5, 6])
  }

  func testMalformedLinesAreRefusedWithTheirLineNumber() {
    let cases: [(String, Int, String)] = [
      ("+1 好\n1.5 缺加号", 2, "行首应为「+」"),
      ("+1.2345 太多小数", 1, "秒数"),
      ("+abc 不是数字", 1, "秒数"),
      ("+2好", 1, "空格"),
      ("# 注释\n+2   ", 2, "缺少回复内容"),
      ("+1. 点后无数字", 1, "秒数"),
    ]
    for (text, line, reason) in cases {
      XCTAssertThrowsError(try PlayScript.parse(text, path: "s.txt"), text) { error in
        let all = (error as! PlayScript.ParseErrors).errors
        XCTAssertEqual(all.count, 1, text)
        let e = all[0]
        XCTAssertEqual(e.line, line, text)
        XCTAssertTrue(e.reason.contains(reason), "\(text): \(e.reason)")
        XCTAssertTrue(e.message.hasPrefix("s.txt:\(line): "))
      }
    }
  }

  func testTheExpectationCommentIsReadAndAnUnknownOutcomeIsRefused() throws {
    let script = try PlayScript.parse("# 期望：流失\n# 买家等急了\n+9 在", path: "p.txt")
    XCTAssertEqual(script.expectation, PlayScript.Expectation(outcome: .lost, line: 1))
    XCTAssertEqual(script.steps.count, 1)
    XCTAssertNil(try PlayScript.parse("# 期望成交只是一句说明\n+1 好", path: "p.txt").expectation)
    XCTAssertEqual(
      try PlayScript.parse("# 期望：成交（最后一句超时）\n+1 好", path: "p.txt").expectation?.outcome,
      .deal, "a note may follow the outcome")
    XCTAssertEqual(
      try PlayScript.parse("＃ 期望 : 未完成\n+1 好", path: "p.txt").expectation?.outcome, .unfinished)
    XCTAssertThrowsError(try PlayScript.parse("# 期望：成功\n+1 好", path: "p.txt")) { error in
      let e = (error as! PlayScript.ParseErrors).errors
      XCTAssertEqual(e.map(\.line), [1])
      XCTAssertTrue(e[0].reason.contains("「成功」"), e[0].reason)
      // The expectation's own reason, not the reply line's shape.
      XCTAssertFalse(e[0].message.contains("每行应为"), e[0].message)
    }
    XCTAssertThrowsError(try PlayScript.parse("2 好", path: "p.txt")) { error in
      let e = (error as! PlayScript.ParseErrors).errors
      XCTAssertTrue(e[0].message.contains("每行应为「+秒数 回复」"), e[0].message)
    }
    XCTAssertThrowsError(try PlayScript.parse("# 期望：成交\n# 期望：流失\n+1 好", path: "p.txt")) {
      error in
      let e = (error as! PlayScript.ParseErrors).errors
      XCTAssertEqual(e.map(\.line), [2])
      XCTAssertTrue(e[0].reason.contains("第 1 行"), e[0].reason)
    }
  }

  func testAllMalformedLinesAreCollectedInOrder() {
    XCTAssertThrowsError(try PlayScript.parse("x\n+1 好\n+2好\n+1.", path: "s.txt")) { error in
      XCTAssertEqual((error as! PlayScript.ParseErrors).errors.map(\.line), [1, 3, 4])
    }
  }
}
