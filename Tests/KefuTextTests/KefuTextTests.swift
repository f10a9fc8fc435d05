import KefuText
import XCTest

final class DisplayWidthTests: XCTestCase {
  func testChineseCharactersTakeTwoColumns() {
    XCTAssertEqual(DisplayWidth.of("问尺码"), 6)
    XCTAssertEqual(DisplayWidth.of("M码"), 3)
    XCTAssertEqual(DisplayWidth.of("亲，在的"), 8)  // full-width comma is wide
  }

  func testCombiningMarksAndZeroWidthTakeNone() {
    XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
    XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2)
  }

  func testPaddingAndTruncationByColumns() {
    XCTAssertEqual(DisplayWidth.padded("张三", to: 6), "张三  ")
    XCTAssertEqual(DisplayWidth.truncated("碎花雪纺连衣裙", to: 7), "碎花雪…")
  }
}

final class NormalizedTextTests: XCTestCase {
  func testFullWidthLatinAndCaseFoldTogether() {
    XCTAssertEqual(TextNormalizer.normalize("Ｍ码"), "m码")
    XCTAssertEqual(TextNormalizer.normalize("M码"), "m码")
    XCTAssertEqual(TextNormalizer.normalize("亲！！"), "亲!!")
  }

  func testOffsetsMapBackToTheOriginalText() {
    let t = NormalizedText("亲…好")  // … becomes three dots under NFKC
    XCTAssertEqual(t.string, "亲...好")
    XCTAssertEqual(t.originalRange(1, 4).start, 1)
    XCTAssertEqual(t.originalRange(1, 4).end, 2)
    XCTAssertEqual(t.originalRange(4, 5).start, 2)
  }

  func testAReplyOfOneScalarPerScalarReadsAsTheNormaliserReadsIt() {
    // Full-width letters and marks, upper case, an emoji and an ideographic space, long enough
    // to be decoded in several chunks.
    let text = String(repeating: "Ｍ码亲，ABC好的😊　～第2件", count: 40)
    let t = NormalizedText(text)
    XCTAssertEqual(t.scalars, TextNormalizer.scalars(text))
    XCTAssertEqual(t.originalCount, text.unicodeScalars.count)
    XCTAssertEqual(t.originalRange(3, 6).start, 3)
    XCTAssertEqual(t.originalRange(3, 6).end, 6)
    XCTAssertEqual(t.originalRange(t.scalars.count - 1, t.scalars.count + 5).end, t.originalCount)
    XCTAssertEqual(NormalizedText("").originalRange(0, 3).end, 0)
  }

  func testAnExpansionLateInALongReplyStillMapsBack() {
    let text = String(repeating: "好", count: 300) + "…呢"
    let t = NormalizedText(text)
    XCTAssertEqual(t.scalars, TextNormalizer.scalars(text))
    XCTAssertEqual(t.originalRange(303, 304).start, 301, "呢 after the three dots")
  }
}

final class JSONValueTests: XCTestCase {
  func testSecondsAreRoundedToMillisecondsWithADecimalPoint() {
    XCTAssertEqual(JSONValue.formatSeconds(2), "2.0")
    XCTAssertEqual(JSONValue.formatSeconds(2.75), "2.75")
    XCTAssertEqual(JSONValue.formatSeconds(6.0004), "6.0")
    XCTAssertEqual(JSONValue.formatSeconds(6.001), "6.001")
    XCTAssertEqual(JSONValue.formatSeconds(0.05), "0.05")
  }

  func testObjectsKeepKeyOrderAndEscapeStrings() {
    let v = JSONValue.object([("b", .int(1)), ("a", .string("引号\"和\n换行"))])
    XCTAssertEqual(v.text, "{\"b\":1,\"a\":\"引号\\\"和\\n换行\"}")
  }
}

final class TextFileTests: XCTestCase {
  func testBOMIsDropped() throws {
    XCTAssertEqual(try TextFile.decode([0xEF, 0xBB, 0xBF] + Array("在吗".utf8), path: "a"), "在吗")
  }

  func testGBKTextIsReportedWithPositionAndHint() {
    let bytes: [UInt8] = Array("title: ".utf8) + [0x0A, 0xC4, 0xE3, 0xBA, 0xC3]  // 你好 in GBK
    XCTAssertThrowsError(try TextFile.decode(bytes, path: "a.kefu")) { error in
      XCTAssertEqual(
        error as? TextFileError, .notUTF8(path: "a.kefu", line: 2, column: 1, likelyGB: true))
      XCTAssertTrue((error as! TextFileError).message.contains("GB18030"))
    }
    XCTAssertEqual(TextFile.decodeGB18030([0xC4, 0xE3, 0xBA, 0xC3]), "你好")
  }

  func testBinaryAndMissingFilesAreRefused() {
    XCTAssertThrowsError(try TextFile.decode([0x41, 0x00, 0x42], path: "b")) {
      XCTAssertEqual($0 as? TextFileError, .binary(path: "b"))
    }
    XCTAssertThrowsError(try TextFile.read("/nonexistent/x.kefu")) {
      XCTAssertEqual($0 as? TextFileError, .missing(path: "/nonexistent/x.kefu"))
    }
  }

  func testTruncatedSequenceAtTheEndIsInvalid() {
    XCTAssertEqual(TextFile.firstInvalidUTF8(Array("好".utf8).dropLast()), 0)
    XCTAssertNil(TextFile.firstInvalidUTF8(Array("好".utf8)[...]))
  }
}
