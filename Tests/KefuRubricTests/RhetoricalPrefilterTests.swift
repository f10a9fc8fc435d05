import XCTest

@testable import KefuRubric

/// The rhetorical detector's prefilter (`mayHold`) is built from the same words the patterns and
/// the shapes judged in code read, so it lets through every reply any of them can flag.
final class RhetoricalPrefilterTests: XCTestCase {
  func testThePrefilterAdmitsEveryRhetoricalExample() {
    let rubric = Rubric()
    let detector = rubric.words.rhetoric
    for example in RhetoricalQuestionRule.triggeringExamples {
      let scalars = rubric.reply(example.text).normalized.scalars
      XCTAssertTrue(detector.mayHold(scalars), "the prefilter drops \(example.text)")
    }
  }

  /// Every word a shape judged in code needs is a trigger word, and every character a shape
  /// starts from or counts with is looked at.
  func testEveryCharacterAShapeNeedsIsInThePrefilter() {
    let detector = Rubric().words.rhetoric
    let filter = detector.prefilter
    let triggers = Set(detector.prefilterTriggers.map { String(String.UnicodeScalarView($0)) })
    func word(_ w: [Unicode.Scalar]) -> String { String(String.UnicodeScalarView(w)) }
    var needed = detector.whatWords + detector.challengeHow + detector.nandaoTails
    needed += detector.nthLeads + detector.whereStarts.asWords
    needed += detector.thinkAgain.map { [detector.think] + $0 }
    for ok in detector.okWords.asWords.map(\.[0]) {
      needed += [[ok, detector.bu, ok], [ok, detector.ma]]
    }
    for ok in detector.okBa.asWords.map(\.[0]) { needed.append([ok, detector.ba]) }
    for w in needed {
      XCTAssertTrue(triggers.contains(word(w)), "no trigger word \(word(w))")
    }
    for w in detector.prefilterTriggers {
      XCTAssertTrue(filter.attends(w[0]), "the prefilter skips \(w[0])")
    }
    // 有什么/有啥 need a what-word after 有, which is a trigger word.
    for c in detector.repeatUnits.asWords.map(\.[0]) + [detector.ba, detector.emphatic] {
      XCTAssertTrue(filter.attends(c), "the prefilter skips \(c)")
    }
    for pattern in RhetoricalPatterns.all() {
      for word in pattern.words {
        XCTAssertTrue(filter.attends(word.unicodeScalars.first!), "no anchor start \(word)")
      }
    }
    // Each trigger word alone lets a reply through; a reply with none of them does not.
    for word in detector.prefilterTriggers {
      XCTAssertTrue(detector.mayHold(word), "trigger \(String(String.UnicodeScalarView(word)))")
    }
    XCTAssertFalse(detector.mayHold(Array("xyz 123".unicodeScalars)))
  }

  /// A shape's words edited in the words files reach the prefilter: it is built from them.
  func testThePrefilterIsBuiltFromTheGivenWords() {
    let x: Unicode.Scalar = "x"
    let filter = Prefilter(
      anchors: [], triggers: [[x, "y"]], counted: ScalarSet("q"), closing: ["z"])
    XCTAssertTrue(filter.attends(x))
    XCTAssertTrue(filter.triggered(at: 0, in: [x, "y"]))
    XCTAssertFalse(filter.triggered(at: 0, in: [x, x]))
    XCTAssertFalse(filter.attends("w"))
    XCTAssertTrue(filter.attends("q"))
    XCTAssertTrue(filter.attends("z"))
  }
}
