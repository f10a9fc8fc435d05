import Foundation
import KefuRubric
import XCTest

/// Pathological replies and sessions finish in time linear in their size. Each bound is generous
/// (tens of times what the linear code needs even in a debug build) but far below what the old
/// quadratic code took: a rescan per clause or per anchor, every earlier reply re-read per reply.
final class LinearTimeTests: XCTestCase {
  let rubric = Rubric()

  func seconds(_ work: () -> Void) -> Double {
    let start = Date()
    work()
    return Date().timeIntervalSince(start)
  }

  func testAReplyOfRhetoricalQuestionsOnly() {
    // 「难道不是吗？」 repeated: 120,000 characters, one anchor every six.
    let text = String(repeating: "难道不是吗？", count: 20_000)
    var judgement = ReplyJudgement(text: "")
    let t = seconds { judgement = rubric.judge(text, context: ReplyContext()) }
    XCTAssertTrue(judgement.rhetorical)
    XCTAssertLessThan(t, 30, "took \(t) s")
  }

  func testAHugeReplyWithoutPunctuation() {
    // One clause of 150,000 characters full of question words, choices and rhetorical anchors.
    let text = String(repeating: "亲这款质量很好哦可以推荐尺码包邮发货谢谢还是难道不是", count: 6_000)
    let t = seconds { _ = rubric.judge(text, context: ReplyContext()) }
    XCTAssertLessThan(t, 30, "took \(t) s")
  }

  func testAHugeReplyOfObjectionsAndRetorts() {
    let text = String(repeating: "亲，难道您不看详情页的吗？这款怎么可能有假货！", count: 20_000)
    var judgement = ReplyJudgement(text: "")
    let t = seconds { judgement = rubric.judge(text, context: ReplyContext()) }
    XCTAssertTrue(judgement.rhetorical)
    XCTAssertLessThan(t, 30, "took \(t) s")
  }

  func testALongSessionLooksBackOverItsWindowOnly() {
    // A session of a million messages (as grading a huge record sees it): each reply looks back
    // over its window, not over the whole history.
    let history = (0..<1_000_000).map {
      ChatLine(role: $0 % 2 == 0 ? .buyer : .seller, text: "亲，好的哦，第\($0 % 50)号")
    }
    let context = ReplyContext(buyerMessages: ["在吗"], history: history)
    var repeated = 0
    let t = seconds {
      for i in 0..<1_000 {
        if rubric.judge("亲，好的哦，第\(i % 50)号", context: context).broke("repeated_reply") {
          repeated += 1
        }
      }
    }
    XCTAssertEqual(repeated, 500, "the odd numbers were sent before")
    XCTAssertLessThan(t, 30, "took \(t) s")
  }
}
