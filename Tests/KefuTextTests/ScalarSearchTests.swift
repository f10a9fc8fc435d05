import Foundation
import KefuText
import XCTest

final class ScalarSearchTests: XCTestCase {
  private func s(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  /// The scalar search answers as Foundation's `contains` does on the same text, combining marks
  /// and windows included: the rules switched from one to the other without changing a verdict.
  func testAgreesWithFoundationContains() {
    let cases: [(String, String)] = [
      ("亲，这款是纯棉的哦", "纯棉"), ("亲，这款是纯棉的哦", "真丝"), ("还有其他问题吗", "问题"),
      ("cafe\u{301} 到了", "cafe"), ("cafe\u{301} 到了", "cafe\u{301}"), ("e\u{301}", "e"),
      ("拍了拍了", "拍了"), ("", "拍"), ("拍", "拍了"), ("👍\u{FE0F}好的", "👍"), ("好的👍", "👍"),
    ]
    for (text, word) in cases {
      XCTAssertEqual(
        ScalarSearch.contains(s(text), s(word)), text.contains(word), "\(text) / \(word)")
    }
  }

  func testSearchesOnlyInsideTheWindow() {
    let text = s("还有什么可以帮您的吗")
    XCTAssertTrue(ScalarSearch.contains(text, s("帮您"), from: 2, to: 8))
    XCTAssertFalse(ScalarSearch.contains(text, s("帮您"), from: 2, to: 7))
    XCTAssertFalse(ScalarSearch.contains(text, s("还有"), from: 1))
    XCTAssertEqual(ScalarSearch.firstIndex(of: s("可以"), in: text), 4)
    XCTAssertTrue(ScalarSearch.hasPrefix(text, s("什么"), from: 2, to: 4))
    XCTAssertFalse(ScalarSearch.hasPrefix(text, s("什么可"), from: 2, to: 4))
    XCTAssertTrue(ScalarSearch.containsAny(text, [s("问题"), s("帮")]))
    XCTAssertFalse(ScalarSearch.containsAny(text, [s("问题"), s("售后")]))
  }

  /// A window that ends where the word ends counts it, whatever comes after the window.
  func testAWindowEndIsACharacterBoundary() {
    let text = s("e\u{301}x")
    XCTAssertTrue(ScalarSearch.contains(text, s("e"), from: 0, to: 1))
    XCTAssertFalse(ScalarSearch.contains(text, s("e")))
  }

  /// `wholeEnd` lets a CJK ideograph after a match pass without its Unicode properties: none of
  /// them joins the character before it.
  func testNoIdeographExtendsTheCharacterBeforeIt() {
    for v in UInt32(0x4E00)...0x9FFF {
      let p = Unicode.Scalar(v)!.properties
      XCTAssertFalse(p.isGraphemeExtend || p.generalCategory == .spacingMark, "\(v)")
    }
    XCTAssertTrue(ScalarSearch.contains(s("好的亲"), s("好的")))
  }
}
