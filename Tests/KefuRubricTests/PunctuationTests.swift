import KefuText
import XCTest

@testable import KefuRubric

/// The one punctuation table and its named cuts.
final class PunctuationTests: XCTestCase {
  func testFullWidthMarksArriveAsASCII() {
    // Why the table lists no full-width marks: every cut reads normalised text.
    for (wide, narrow) in [
      ("？", "?"), ("！", "!"), ("，", ","), ("：", ":"), ("；", ";"), ("～", "~"), ("…", "..."),
      ("‼", "!!"), ("⁉", "!?"), ("（", "("), ("）", ")"),
    ] {
      XCTAssertEqual(TextNormalizer.normalize(wide), narrow, wide)
    }
    for kept in ["。", "、", "「", "」", "【", "】", "—"] {
      XCTAssertEqual(TextNormalizer.normalize(kept), kept, kept)
    }
  }

  func testEachCutIsNamed() {
    func cuts(_ c: Unicode.Scalar) -> Punctuation { Punctuation.of(c) }
    // 、 separates phrases for the rhetorical detector but not the steps' clauses.
    XCTAssertEqual(cuts("、"), [.phrase, .trailing, .chunk])
    // A space cuts a clause and a phrase, never a sentence.
    XCTAssertEqual(cuts(" "), [.clause, .phrase])
    // Quotes and brackets cut only the steps' clauses.
    XCTAssertEqual(cuts("「"), .clause)
    XCTAssertEqual(cuts("】"), .clause)
    // A question mark ends everything but a phrase.
    XCTAssertEqual(cuts("?"), [.clause, .sentence, .near])
    XCTAssertFalse(cuts("?").contains(.trailing), "a question mark asks by itself")
    XCTAssertEqual(cuts(":"), [.clause, .phrase])
    XCTAssertEqual(cuts("\r"), [.clause, .sentence])
    XCTAssertEqual(cuts("好"), [])
    XCTAssertEqual(cuts("a"), [])
  }

  func testClausesKeepADecimalPointAndAreCutOncePerReply() {
    let reply = Rubric().reply("亲，这款9.9元.包邮哦？")
    let clauses = reply.clauses.list.map { c -> String in
      var view = String.UnicodeScalarView()
      view.append(contentsOf: reply.scalars[c.start..<c.end])
      return String(view)
    }
    XCTAssertEqual(clauses, ["亲", "这款9.9元", "包邮哦"])
    XCTAssertEqual(reply.clauses.list.last?.questionMark, true)
    XCTAssertNil(reply.clauses.list.last?.particle, "哦 is a filler, not a particle")
  }

  func testABuyerMessageEndingInAParticleAndAFullStopStillAsks() {
    for message in ["这款有现货吗。", "还有白色的吗~", "能便宜点吗、", "是纯棉的吗 !"] {
      let context = StepContext(buyer: [message])
      XCTAssertTrue(context.buyerAsks, message)
    }
    XCTAssertFalse(StepContext(buyer: ["我要白色的。"]).buyerAsks)
  }

  func testAddressChunksAreCutAtCommasAndFullStopsButNotInsideAHouseNumber() {
    XCTAssertEqual(CrossedChatsRule.addressParts("中山北路100号"), ["中山北路", "100号"])
    // One part per chunk is no address.
    for cut in ["中山北路,100号", "中山北路。100号", "中山北路、100号", "中山北路;100号"] {
      XCTAssertEqual(CrossedChatsRule.addressParts(cut), [], cut)
    }
    XCTAssertEqual(CrossedChatsRule.addressParts("中山北路-100号"), ["中山北路", "100号"])
  }
}
