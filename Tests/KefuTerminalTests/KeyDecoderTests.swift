import XCTest

@testable import KefuTerminal

final class KeyDecoderTests: XCTestCase {
  private func decode(_ chunks: [[UInt8]]) -> [KeyEvent] {
    var decoder = KeyDecoder()
    return chunks.flatMap { decoder.decode($0) }
  }

  private func decode(_ text: String) -> [KeyEvent] { decode([Array(text.utf8)]) }

  func testChineseTextInOneChunkIsOneTextEvent() {
    XCTAssertEqual(decode("亲，您好"), [.text("亲，您好")])
  }

  func testUTF8SplitAcrossReadsIsReassembled() {
    let bytes = Array("好的亲".utf8)  // 9 bytes, split inside the first and the third character
    XCTAssertEqual(
      decode([Array(bytes[0..<1]), Array(bytes[1..<7]), Array(bytes[7...])]),
      [.text("好的"), .text("亲")])
  }

  func testSplitUTF8IsPendingUntilTheRestArrives() {
    var decoder = KeyDecoder()
    let bytes = Array("码".utf8)
    XCTAssertEqual(decoder.decode(bytes[0..<2]), [])
    XCTAssertTrue(decoder.hasPending)
    XCTAssertEqual(decoder.flush(), [], "a quiet moment does not break a character in two")
    XCTAssertEqual(decoder.decode(bytes[2...]), [.text("码")])
    XCTAssertFalse(decoder.hasPending)
  }

  func testFourByteEmojiSplitByteByByte() {
    let bytes = Array("👍".utf8)
    XCTAssertEqual(decode(bytes.map { [$0] }), [.text("👍")])
  }

  func testInvalidBytesBecomeReplacementWithoutDesync() {
    XCTAssertEqual(decode([[0x61, 0xFF, 0x62]]), [.text("a\u{FFFD}b")])
    // A lead byte cut short by ASCII: one U+FFFD, then the ASCII is kept.
    XCTAssertEqual(
      decode([[0xE4, 0xBD, 0x41]] + [Array("好".utf8)]), [.text("\u{FFFD}A"), .text("好")])
    // A stray continuation byte, an overlong form, a surrogate.
    XCTAssertEqual(decode([[0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80]]).count, 1)
    XCTAssertEqual(
      decode([[0x80]]), [.text("\u{FFFD}")])
    XCTAssertEqual(
      decode([[0xED, 0xA0, 0x80, 0x61]]), [.text("\u{FFFD}\u{FFFD}\u{FFFD}a")],
      "a surrogate is three maximal invalid subparts, as String(decoding:) counts them")
  }

  func testInvalidSequencesMatchTheStandardLibrary() {
    let samples: [[UInt8]] = [
      [0xE4, 0xBD], [0xF0, 0x9F, 0x91], [0xC0, 0x80], [0xF5, 0x80], [0xE0, 0x80, 0x80],
      [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xBD, 0xE5, 0xA5, 0xBD],
    ]
    for sample in samples {
      var decoder = KeyDecoder()
      var events = decoder.decode(sample + [0x21])
      events += decoder.finish()
      let text = events.map { event -> String in
        if case .text(let s) = event { return s }
        return "?"
      }.joined()
      XCTAssertEqual(text, String(decoding: sample + [0x21], as: UTF8.self), "\(sample)")
    }
  }

  func testControlBytes() {
    XCTAssertEqual(
      decode([[0x03, 0x04, 0x7F, 0x08, 0x0D, 0x0A, 0x09, 0x01, 0x05, 0x15, 0x17, 0x0B, 0x0C]]),
      [
        .interrupt, .endOfInput, .backspace, .backspace, .enter, .tab, .home, .end, .clearLine,
        .deleteWord, .killToEnd, .redraw,
      ])
  }

  func testCRLFIsOneEnterEvenAcrossReads() {
    XCTAssertEqual(decode([[0x0D], [0x0A]]), [.enter])
    XCTAssertEqual(decode([[0x0A, 0x0A]]), [.enter, .enter])
    XCTAssertEqual(decode("好\r\r"), [.text("好"), .enter, .enter])
  }

  func testTextAroundControlsKeepsItsOrder() {
    XCTAssertEqual(decode("在的\u{7F}哦\r"), [.text("在的"), .backspace, .text("哦"), .enter])
  }

  func testArrowsHomeEndDeleteInTheirSeveralForms() {
    let cases: [(String, KeyEvent)] = [
      ("\u{1B}[A", .up), ("\u{1B}[B", .down), ("\u{1B}[C", .right), ("\u{1B}[D", .left),
      ("\u{1B}[H", .home), ("\u{1B}[F", .end), ("\u{1B}[1~", .home), ("\u{1B}[4~", .end),
      ("\u{1B}[7~", .home), ("\u{1B}[8~", .end), ("\u{1B}OH", .home), ("\u{1B}OF", .end),
      ("\u{1B}OA", .up), ("\u{1B}OD", .left), ("\u{1B}[3~", .delete), ("\u{1B}[Z", .backTab),
      ("\u{1B}[1;5C", .wordRight), ("\u{1B}[1;5D", .wordLeft), ("\u{1B}b", .wordLeft),
      ("\u{1B}f", .wordRight), ("\u{1B}\u{7F}", .deleteWord),
    ]
    for (sequence, key) in cases {
      XCTAssertEqual(decode(sequence), [key], sequence.debugDescription)
    }
  }

  func testEscapeSequenceSplitAcrossReads() {
    XCTAssertEqual(decode([[0x1B], [0x5B], [0x33], [0x7E]]), [.delete])
    XCTAssertEqual(
      decode([Array("好\u{1B}[".utf8), Array("D的".utf8)]), [.text("好"), .left, .text("的")])
  }

  func testUnknownSequencesAreSwallowedWhole() {
    XCTAssertEqual(decode("\u{1B}[5~\u{1B}[15~\u{1B}[?1;2c好"), [.text("好")])
  }

  func testLoneEscapeIsKnownOnlyWhenInputGoesQuiet() {
    var decoder = KeyDecoder()
    XCTAssertEqual(decoder.decode([0x1B]), [])
    XCTAssertTrue(decoder.hasPending)
    XCTAssertEqual(decoder.flush(), [.escape])
    XCTAssertEqual(decoder.decode(Array("[A".utf8)), [.text("[A")])
  }

  func testEscapeThenOrdinaryKey() {
    XCTAssertEqual(decode("\u{1B}x"), [.escape, .text("x")])
  }

  func testBracketedPasteIsOneInsertWithLineBreaksAsSpaces() {
    XCTAssertEqual(
      decode("\u{1B}[200~亲，您好\r\n这款有货\u{3}\u{1B}[201~\r"),
      [.paste("亲，您好 这款有货"), .enter])
  }

  func testBracketedPasteSplitAcrossReadsEvenInsideItsMarkers() {
    let bytes = Array("a\u{1B}[200~M码偏大\u{1B}[201~b".utf8)
    // Every possible split into two reads gives the same events.
    for cut in 1..<bytes.count {
      XCTAssertEqual(
        decode([Array(bytes[..<cut]), Array(bytes[cut...])]),
        [.text("a"), .paste("M码偏大"), .text("b")],
        "cut at \(cut)")
    }
  }

  func testUnfinishedPasteIsDeliveredAtEndOfInput() {
    var decoder = KeyDecoder()
    XCTAssertEqual(decoder.decode(Array("\u{1B}[200~半截".utf8)), [])
    XCTAssertEqual(decoder.flush(), [])
    XCTAssertEqual(decoder.finish(), [.paste("半截")])
  }
}
