import KefuText
import XCTest

/// A word list searched in one pass finds a word exactly where `ScalarSearch.containsAny` does.
final class ScalarWordListTests: XCTestCase {
  func testOnePassFindsWhatEveryWordsOwnPassFinds() {
    var random = SplitMix64(seed: 2026_1206)
    // Few distinct scalars, so words overlap, repeat and share first scalars; a combining mark
    // and a joiner, so a match may end inside a character; low bits shared (U+4E00, U+5200).
    let alphabet: [Unicode.Scalar] = [
      "推", "荐", "哪", "款", "好", "吗", "a", "b", "\u{301}", "\u{200D}", "\u{4E00}", "\u{5200}",
      "？", " ",
    ]
    func text(_ length: Int) -> [Unicode.Scalar] {
      (0..<length).map { _ in alphabet[random.below(alphabet.count)] }
    }
    var found = 0
    for round in 0..<3000 {
      var words = (0..<(1 + random.below(6))).map { _ in text(1 + random.below(3)) }
      if round % 500 == 0 { words.append([]) }
      let list = ScalarWordList(words)
      for _ in 0..<5 {
        let t = text(random.below(12))
        let expected = ScalarSearch.containsAny(t, words)
        XCTAssertEqual(list.occurs(in: t), expected, "\(words) in \(t)")
        if expected { found += 1 }
      }
    }
    XCTAssertGreaterThan(found, 2000)
    XCTAssertFalse(ScalarWordList([String]()).occurs(in: Array("推荐".unicodeScalars)))
    XCTAssertTrue(ScalarWordList(["荐"]).occurs(in: Array("推荐".unicodeScalars)))
    XCTAssertFalse(ScalarWordList(["e"]).occurs(in: Array("e\u{301}".unicodeScalars)))
  }
}
