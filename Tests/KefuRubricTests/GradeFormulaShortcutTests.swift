import Foundation
import XCTest

@testable import KefuRubric

/// Whether a product is worn decides the tips' wording: the scalar search kefu uses for plain
/// product lines answers as Foundation's search does.
final class GradeFormulaShortcutTests: XCTestCase {
  func testWornProductsAreFoundAsFoundationFindsThem() {
    let words = WordBook.standard.words("worn-products")
    XCTAssertTrue(words.contains("T恤") && words.contains("羽绒"), "the family this test is about")
    for product in [
      "白色连衣裙 199元", "家用空气净化器 899元", "纯棉T恤 59元", "T 恤", "跑步鞋", "保温杯129元", "男士外套（黑）",
      "ＴＳＨＩＲＴ", "泳衣", "棉袜10双装", "帽", "", "T\u{301}恤", "裙\u{301}", "e\u{301}衣", "外\u{200D}套",
      "码\u{FE0F}", "童装 衤", "儿童加厚羽绒服 259元", "雪地靴", "羽绒被", "Café 衣", "衣\u{302A}", "套\u{302F}装",
      "外套\u{3030}",
    ] {
      XCTAssertEqual(
        GradeFormula.isWorn(product), words.contains { product.contains($0) },
        product.debugDescription)
    }
    XCTAssertTrue(GradeFormula.isWorn(nil))
  }

  func testSkinCareProductsAreFoundAsFoundationFindsThem() {
    let words = WordBook.standard.words("skin-products")
    XCTAssertTrue(words.contains("面霜") && words.contains("洗面奶"), "the family this test is about")
    for product in [
      "玻尿酸保湿面霜 128元", "氨基酸洗面奶 69元", "家用空气净化器 899元", "防晒喷雾 SPF50", "面\u{301}霜",
      "", "护手霜三支装", "车窗防晒膜 199元", "冰丝防晒衣 89元",
    ] {
      XCTAssertEqual(
        GradeFormula.isSkinCare(product), words.contains { product.contains($0) },
        product.debugDescription)
    }
    XCTAssertFalse(GradeFormula.isSkinCare(nil))
    // A windscreen film and a sun-proof jacket keep off the sun but go on no skin: no 肤质 tip.
    XCTAssertFalse(GradeFormula.isSkinCare("车窗防晒膜 199元"))
    XCTAssertFalse(GradeFormula.isSkinCare("冰丝防晒衣 89元"))
    XCTAssertTrue(GradeFormula.isSkinCare("清爽防晒喷雾 79元"))
  }
}
