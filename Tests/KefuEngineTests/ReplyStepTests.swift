import KefuEngine
import KefuRubric
import XCTest

/// `ReplyStep.judgement` in a context the caller keeps (as `kefu check` does) against the same
/// step with the context built for each reply.
final class ReplyStepTests: XCTestCase {
  let rubric = Rubric()

  func testAKeptContextJudgesEveryReplyAsOneBuiltForIt() {
    let replies = [
      "亲，您好，欢迎光临小店～", "这款保温杯是不锈钢内胆的哦，保温一整天", "这款保温杯是不锈钢内胆的哦，保温一整天",
      "您拍的是黑色大号的对吗？", "这款保温杯是不锈钢内胆的呢，保温一整天",
    ]
    var history: [ChatLine] = []
    var keys: [ReplyKey] = []
    var kept = ReplyContext(
      buyerMessages: [], history: [], responseSeconds: nil, limitSeconds: 6, product: nil,
      addons: [], sellerKeys: [], otherChats: [])
    var repeats = 0
    for text in replies {
      let reply = rubric.reply(text)
      let built = ReplyStep.judgement(
        reply, buyerMessages: [], history: history, sellerKeys: keys, responseMs: nil,
        limitSeconds: 6, product: nil, addons: [], rubric: rubric)
      let fromKept = ReplyStep.judgement(reply, context: kept, responseMs: nil, rubric: rubric)
      XCTAssertEqual(fromKept.findings, built.findings, text)
      XCTAssertEqual(fromKept.steps, built.steps, text)
      if built.broke("repeated_reply") { repeats += 1 }
      history.append(ChatLine(role: .seller, text: text))
      keys.append(reply.key)
      kept.history.append(ChatLine(role: .seller, text: text))
      kept.changeSellerKeys { $0.append(reply.key) }
    }
    // The keys changed in place reach the rule: the third and the last reply repeat.
    XCTAssertEqual(repeats, 2)
    XCTAssertEqual(kept.sellerKeys?.count, replies.count)
  }

  func testNoKeysAreMadeWhereTheContextKeepsNone() {
    var context = ReplyContext()
    context.changeSellerKeys { $0.append(ReplyKey("随便一句话")) }
    XCTAssertNil(context.sellerKeys)
  }

  func testTheKeptContextsLimitDecidesSlow() {
    let reply = rubric.reply("亲，在的哦")
    let context = ReplyContext(responseSeconds: 7, limitSeconds: 6)
    XCTAssertTrue(
      ReplyStep.judgement(reply, context: context, responseMs: 7000, rubric: rubric).slow)
    XCTAssertFalse(
      ReplyStep.judgement(reply, context: context, responseMs: 6000, rubric: rubric).slow)
    XCTAssertFalse(
      ReplyStep.judgement(reply, context: context, responseMs: nil, rubric: rubric).slow)
  }
}
