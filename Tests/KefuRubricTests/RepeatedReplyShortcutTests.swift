import KefuText
import XCTest

@testable import KefuRubric

/// `repeated_reply` decides by shortcuts (a range of lengths, pair signatures, a table of the
/// current reply's pairs); each must agree with the plain definition: the Dice coefficient of
/// the two replies' character pairs, 2 × common / (pairs of one + pairs of the other), at least
/// the threshold, over replies of at least `repeat_min_chars` content characters.
final class RepeatedReplyShortcutTests: XCTestCase {
  /// The definition, computed the plain way: both replies' pairs sorted and merged.
  func dice(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Double {
    func pairs(_ s: [Unicode.Scalar]) -> [UInt64] {
      s.count < 2
        ? []
        : (0..<s.count - 1).map { UInt64(s[$0].value) << 32 | UInt64(s[$0 + 1].value) }.sorted()
    }
    let x = pairs(a)
    let y = pairs(b)
    if a == b { return 1 }
    guard !x.isEmpty, !y.isEmpty else { return 0 }
    var i = 0
    var k = 0
    var common = 0
    while i < x.count && k < y.count {
      if x[i] == y[k] {
        common += 1
        i += 1
        k += 1
      } else if x[i] < y[k] {
        i += 1
      } else {
        k += 1
      }
    }
    return 2 * Double(common) / Double(x.count + y.count)
  }

  /// A reply drawn from a few characters, so that pairs repeat and replies overlap a lot.
  func randomReply(_ random: inout SplitMix64, length: Int) -> String {
    let alphabet = Array("亲这款现货充足放心拍哦今天发".unicodeScalars)
    var out = String.UnicodeScalarView()
    for _ in 0..<length { out.append(alphabet[random.below(alphabet.count)]) }
    return String(out)
  }

  func testTheLengthRangeIsWhereTheLengthsCanReachTheThreshold() {
    for threshold in [0.0, 1e-300, 0.1, 0.5, 0.8, 0.85, 0.9, 0.999, 1, 1.5, -1] {
      for n in 0...120 {
        let range = RepeatedReplyRule.LengthRange(n, threshold)
        for m in 0...(3 * n + 5) {
          let best = 2 * Double(min(m, n)) / Double(min(m, n) + max(m, n))
          XCTAssertEqual(range.contains(m), best >= threshold, "n \(n) m \(m) at \(threshold)")
        }
      }
    }
  }

  func testTheRuleFiresExactlyWhenTheDiceCoefficientReachesTheThreshold() {
    var random = SplitMix64(seed: 10)
    for threshold in [0.5, 0.7, 0.85, 0.95, 1] {
      var settings = RubricSettings.standard
      settings.repeatSimilarity = threshold
      let rubric = Rubric(settings: settings)
      var fired = 0
      for _ in 0..<600 {
        let length = 5 + random.below(40)
        let earlier = randomReply(&random, length: length)
        // A copy with a few characters changed, or an unrelated reply.
        var changed = Array(earlier.unicodeScalars)
        for _ in 0..<random.below(4) {
          changed[random.below(changed.count)] = Array("好的呢".unicodeScalars)[random.below(3)]
        }
        let reply =
          random.below(4) == 0
          ? randomReply(&random, length: 5 + random.below(40))
          : String(String.UnicodeScalarView(changed))
        let expected = dice(ReplyKey(reply).scalars, ReplyKey(earlier).scalars) >= threshold
        let context = ReplyContext(history: [ChatLine(role: .seller, text: earlier)])
        let broke = rubric.judge(reply, context: context).broke("repeated_reply")
        XCTAssertEqual(broke, expected, "\(reply) after \(earlier) at \(threshold)")
        if broke { fired += 1 }
      }
      XCTAssertGreaterThan(fired, 0, "no pair reached \(threshold): the test shows nothing")
      XCTAssertLessThan(fired, 600, "every pair reached \(threshold): the test shows nothing")
    }
  }

  func testASignatureNeverRulesOutAPairThatReachesTheThreshold() {
    var random = SplitMix64(seed: 7)
    var close = 0
    for _ in 0..<3000 {
      let text = randomReply(&random, length: 2 + random.below(200))
      // The same reply with a few characters changed: near the thresholds.
      var changed = Array(text.unicodeScalars)
      for _ in 0..<random.below(1 + changed.count / 4) {
        changed[random.below(changed.count)] = Array("好的呢".unicodeScalars)[random.below(3)]
      }
      let a = ReplyKey(text)
      let b = ReplyKey(String(String.UnicodeScalarView(changed)))
      for threshold in [0.3, 0.6, 0.85] where dice(a.scalars, b.scalars) >= threshold {
        close += 1
        XCTAssertTrue(ReplyKey.mayReach(a, b, threshold), "\(a.scalars) \(b.scalars) \(threshold)")
      }
    }
    XCTAssertGreaterThan(close, 1000)
  }
}
