import KefuText
import XCTest

final class HTMLTextTests: XCTestCase {
  func testMarkupIsEscapedAndControlsBecomeSpaces() {
    XCTAssertEqual(
      HTMLText.escape("<b>\"张三\" & '李四'</b>"),
      "&lt;b&gt;&quot;张三&quot; &amp; &#39;李四&#39;&lt;/b&gt;")
    XCTAssertEqual(HTMLText.escape("连衣裙\u{1B}[2J\t尺码\n"), "连衣裙 [2J\t尺码 ")
  }
}
