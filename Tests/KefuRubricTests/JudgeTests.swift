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

  func testAGiftBuyerWhoNamesAParentAndADeliverySpeaksForNoOtherAccount() {
    // A complaint about a late gift: 我妈 and 送到 in two messages ask nobody to change anything.
    let late = [
      "说好周五送到的，周日才到，叶子都干了", "这是给我妈过生日用的",
    ]
    let context = ReplyContext(buyerMessages: late)
    XCTAssertFalse(rubric.judge("好的亲，这单全额退给您", context: context).broke("account_safety"))
    let gift = ReplyContext(buyerMessages: ["想帮他挑个生日礼物，能寄到成都吗"])
    XCTAssertFalse(rubric.judge("可以的亲，一般三天到", context: gift).broke("account_safety"))
    let forHer = ReplyContext(buyerMessages: ["帮她把收货地址改一下"])
    XCTAssertTrue(rubric.judge("好的，马上改", context: forHer).broke("account_safety"))
    // The relative's order already placed, asked to go elsewhere: still needs the ordering account.
    let redirect = ReplyContext(buyerMessages: ["帮忙寄到我单位吧", "我妈昨天拍的那单"])
    XCTAssertTrue(rubric.judge("好的亲", context: redirect).broke("account_safety"))
    let sameMessage = ReplyContext(buyerMessages: ["我妈昨天拍的那单，帮忙寄到我单位吧"])
    XCTAssertTrue(rubric.judge("好的亲", context: sameMessage).broke("account_safety"))
    XCTAssertFalse(
      rubric.judge("亲，麻烦用下单的账号跟我们确认一下哦", context: sameMessage).broke("account_safety"))
  }

  func testRecentBuyerMessagesWithoutALatestMessage() {
    let history = [
      ChatLine(role: .buyer, text: "这个杯子能装开水吗"),
      ChatLine(role: .seller, text: "可以的亲"),
      ChatLine(role: .buyer, text: "那我拍两个"),
      ChatLine(role: .seller, text: "好的亲"),
    ]
    XCTAssertEqual(
      ReplyContext(history: history).recentBuyerMessages(), ["那我拍两个", "这个杯子能装开水吗"])
    XCTAssertEqual(ReplyContext(history: history).recentBuyerMessages(limit: 1), ["那我拍两个"])
    let sellerOnly = ReplyContext(history: [ChatLine(role: .seller, text: "亲，您好～")])
    XCTAssertEqual(sellerOnly.recentBuyerMessages(), [])
    XCTAssertEqual(ReplyContext().recentBuyerMessages(), [])
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

  func testEachBannedPhraseGetsTheAdviceOfItsFamily() {
    let opened = ReplyContext(history: [ChatLine(role: .seller, text: "亲，您好")])
    func advice(_ reply: String) -> String? {
      rubric.judge(reply, context: opened).findings.first { $0.rule == "forbidden_phrase" }?
        .suggestion
    }
    XCTAssertEqual(advice("这个我也不晓得"), "换成「我帮您查一下，马上回复您」")
    XCTAssertEqual(advice("这是店铺规定哦")?.hasPrefix("说明原因而不是搬出规定"), true)
    XCTAssertEqual(advice("我也没办法")?.hasPrefix("先致歉"), true)
    XCTAssertEqual(advice("爱买不买")?.hasPrefix("换成尊重买家的说法"), true)
    // A better-* word outside [forbidden] could never be found, so its advice would never show.
    let banned = WordBook.standard.set("forbidden")
    for family in ["better-check", "better-remedy", "better-reason", "better-alternative"] {
      let stray = WordBook.standard.set(family).subtracting(banned)
      XCTAssertTrue(stray.isEmpty, "\(family): \(stray.sorted()) not in [forbidden]")
    }
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

  func testAskedAgainNeedsALineOfTheBuyerButNotALatestMessage() {
    let ask = "请问您身高多少呀？"
    // Given only in an earlier buyer line, nothing since: still asked again.
    let earlier = ReplyContext(history: [
      ChatLine(role: .buyer, text: "我一米七二，一百三十斤"),
      ChatLine(role: .seller, text: "好的亲，我帮您看看哦"),
    ])
    XCTAssertTrue(rubric.judge(ask, context: earlier).broke("asked_again"))
    // No buyer line at all (kefu check without --with-buyer): nothing was given.
    let sellerOnly = ReplyContext(history: [ChatLine(role: .seller, text: "亲，您好～")])
    XCTAssertFalse(rubric.judge(ask, context: sellerOnly).broke("asked_again"))
    XCTAssertFalse(rubric.judge(ask, context: ReplyContext()).broke("asked_again"))
  }

  func testTheSlowVerdictUsesTheContextsLimitInWholeMilliseconds() {
    let onTime = rubric.judge("亲，在的哦", context: ReplyContext(responseSeconds: 8, limitSeconds: 8))
    XCTAssertFalse(onTime.slow)
    let slow = rubric.judge("亲，在的哦", context: ReplyContext(responseSeconds: 8.001, limitSeconds: 8))
    XCTAssertTrue(slow.slow)
    XCTAssertEqual(RubricSettings.standard.limit(scenario: nil), 6)
    XCTAssertEqual(RubricSettings.standard.limit(scenario: 6.5), 6.5)
  }

}
