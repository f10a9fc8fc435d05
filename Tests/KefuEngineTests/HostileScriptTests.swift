import XCTest

@testable import KefuEngine

final class HostileScriptTests: XCTestCase {
  func testSecondsThatWouldOverflowTheClockAreRefusedWithTheLine() {
    XCTAssertThrowsError(
      try PlayScript.parse("+1 在的\n+9223372036854775 你好\n", path: "s.txt")
    ) { error in
      let e = (error as? PlayScript.ParseErrors)?.errors.first
      XCTAssertEqual(e?.line, 2)
      XCTAssertTrue(e?.reason.contains("太大") ?? false)
    }
    XCTAssertEqual(
      try PlayScript.parse("+86400 好\n", path: "s.txt").steps[0].milliseconds, 86_400_000)
  }
}
