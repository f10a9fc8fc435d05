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
        let e = error as! PlayScript.ParseError
        XCTAssertEqual(e.line, line, text)
        XCTAssertTrue(e.reason.contains(reason), "\(text): \(e.reason)")
        XCTAssertTrue(e.message.hasPrefix("s.txt:\(line): "))
      }
    }
  }
}
