import KefuRubric
import KefuScenario
import XCTest

/// Judging single replies in a session's context, as the engine does.
final class JudgeTests: XCTestCase {
  let rubric = Rubric()

  func testBuyerContextComesFromHistoryAsWellAsTheLatestMessages() {
    let history = [
      ChatLine(role: .buyer, text: "我是她老公，帮她改一下地址"),
      ChatLine(role: .seller, text: "亲，您好～"),
      ChatLine(role: .buyer, text: "改成北京市海淀区中关村大街1号"),
    ]
    let context = ReplyContext(buyerMessages: ["改成北京市海淀区中关村大街1号"], history: history)
    XCTAssertEqual(
      context.recentBuyerMessages(), ["改成北京市海淀区中关村大街1号", "我是她老公，帮她改一下地址"])
    let agreed = rubric.judge("好的，已经帮您改好了", context: context)
    XCTAssertTrue(agreed.broke("account_safety"))
    let careful = rubric.judge("亲，为了安全，麻烦用下单的账号跟我们确认一下哦", context: context)
    XCTAssertFalse(careful.broke("account_safety"))
  }

  func testFindingSpansPointAtTheTextAsTyped() {
    // Full-width letters and punctuation normalise to ASCII; spans still count original scalars.
    let j = rubric.judge(
      "ＯＫ，不知道！！", context: ReplyContext(history: [ChatLine(role: .seller, text: "亲，您好")]))
    let forbidden = j.findings.first { $0.rule == "forbidden_phrase" }
    XCTAssertEqual(forbidden?.start, 3)
    XCTAssertEqual(forbidden?.end, 6)
    XCTAssertEqual(j.forbidden, ["不知道"])
    XCTAssertEqual(j.exclamations, 2)
  }

  func testAskedAgainLooksBackOverTheBuyersEarlierMessages() {
    let history = [
      ChatLine(role: .buyer, text: "我160，一百斤，穿什么码合适？"),
      ChatLine(role: .seller, text: "亲，稍等，我帮您看看哦"),
      ChatLine(role: .buyer, text: "好的"),
    ]
    let j = rubric.judge(
      "请问您身高多少呀？", context: ReplyContext(buyerMessages: ["好的"], history: history))
    XCTAssertTrue(j.broke("asked_again"))
  }

  func testTheSlowVerdictUsesTheContextsLimitInWholeMilliseconds() {
    let onTime = rubric.judge("亲，在的哦", context: ReplyContext(responseSeconds: 8, limitSeconds: 8))
    XCTAssertFalse(onTime.slow)
    let slow = rubric.judge("亲，在的哦", context: ReplyContext(responseSeconds: 8.001, limitSeconds: 8))
    XCTAssertTrue(slow.slow)
    XCTAssertEqual(RubricSettings.standard.limit(scenario: nil), 6)
    XCTAssertEqual(RubricSettings.standard.limit(scenario: 6.5), 6.5)
  }

  func testJudgingAReplyTakesWellUnderAMillisecond() {
    let replies = [
      "亲，您好，欢迎光临，这款现货充足哦", "亲，按您的身高体重，M码会比较合身",
      "亲，不合身的话支持七天无理由退换，运费险也有的，您放心", "好的亲，今天下单今天发货，感谢您的支持",
      "这款裙子搭配我们的小白鞋很好看，一起买还能减10元哦", "不知道，你自己看", "好的呢！！",
      "跟您核对一下订单：碎花连衣裙M码，收件人王女士，电话13812345678，寄到杭州市西湖区文三路8号",
    ]
    var history: [ChatLine] = []
    for r in replies { history.append(ChatLine(role: .seller, text: r)) }
    let context = ReplyContext(buyerMessages: ["嗯……我再考虑考虑吧"], history: history)
    _ = rubric.judge(replies[0], context: context)  // builds the phrase index
    let start = Date()
    let rounds = 50
    for _ in 0..<rounds { for r in replies { _ = rubric.judge(r, context: context) } }
    let perReply = Date().timeIntervalSince(start) / Double(rounds * replies.count)
    // The contract is for the release build (about 10 µs there); a debug build on a busy
    // machine is far slower, so it only has to stay clear of a few milliseconds.
    #if DEBUG
      let limit = 0.005
    #else
      let limit = 0.001
    #endif
    XCTAssertLessThan(perReply, limit, "one reply took \(perReply * 1000) ms")
  }
}
