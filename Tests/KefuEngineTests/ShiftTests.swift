import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import XCTest

/// Several sessions on one manual clock: arrivals, interleaved replies, waiting while the seller
/// is in another chat, patience running out in a chat nobody is looking at.
final class ShiftTests: XCTestCase {
  let rubric = Rubric(rules: [KeywordRule()])

  func makeShift(
    _ count: Int = 3, every: Int = 20_000, pacing: Shift.Pacing = .scripted,
    rubric: Rubric? = nil, scenarios: [Scenario]? = nil
  ) -> (Shift, ManualClock) {
    let clock = ManualClock(milliseconds: 5_000)  // the shift need not start at clock zero
    let list = scenarios ?? Array(repeating: sampleScenario(), count: count)
    let shift = Shift(
      scenarios: list, seeds: Shift.seeds(base: 7, count: list.count),
      rubric: rubric ?? self.rubric,
      clock: clock, everyMilliseconds: every, pacing: pacing)
    return (shift, clock)
  }

  /// Moves the shift's clock to `seconds` after the shift began.
  @discardableResult
  func at(_ seconds: Double, _ shift: Shift, _ clock: ManualClock) -> [Shift.Event] {
    shift.advance(to: shift.startMilliseconds + Int((seconds * 1000).rounded()), on: clock)
  }

  func testBuyersArriveStaggeredAndEachSessionCountsFromItsOwnArrival() {
    let (shift, clock) = makeShift()
    XCTAssertEqual(
      at(0, shift, clock), [.arrived(buyer: 1, lines: ["在吗？", "这条碎花裙还有货吗"])])
    XCTAssertEqual(at(19.999, shift, clock), [])
    XCTAssertFalse(shift.buyers[1].hasArrived)
    // Every event at its own time, in order: nobody answers, so each buyer leaves after 24 s.
    let events = at(45, shift, clock)
    XCTAssertEqual(events.count, 4)
    XCTAssertEqual(events.map(\.buyerNumber), [2, 1, 3, 2])
    XCTAssertEqual(events[1], .walkedAway(buyer: 1))
    XCTAssertEqual(shift.buyers.map(\.arrivalMilliseconds), [0, 20_000, 40_000])
    // Each buyer's record counts from their own arrival.
    XCTAssertEqual(shift.buyers[2].session?.messages.map(\.ms), [0, 0])
    XCTAssertEqual(shift.buyers[2].session?.waitingMilliseconds, 5_000)
    // Each buyer has their own seed.
    XCTAssertEqual(Set(shift.buyers.map(\.seed)).count, 3)
  }

  func testInterleavedRepliesAreTimedFromEachBuyersOwnMessage() {
    let (shift, clock) = makeShift(2, every: 4_000)
    at(2, shift, clock)
    XCTAssertNotNil(shift.reply(to: 1, "亲，您好，这款现货充足哦"))  // 2 s after buyer 1's message
    at(7, shift, clock)
    XCTAssertNotNil(shift.reply(to: 2, "亲，在的，有货的"))  // 3 s after buyer 2 arrived at 4 s
    at(11, shift, clock)
    // Buyer 1 asked about the size at 2 s, while the seller was in chat 2: 9 s, slow.
    XCTAssertNotNil(shift.reply(to: 1, "亲，M码合适"))
    let one = shift.buyers[0].session!
    let two = shift.buyers[1].session!
    XCTAssertEqual(one.turns.map(\.responseSeconds), [2, 9])
    XCTAssertEqual(one.turns.map(\.judgement.slow), [false, true])
    XCTAssertEqual(two.turns.map(\.responseSeconds), [3])
    XCTAssertEqual(one.messages.map(\.ms), [0, 0, 2_000, 2_000, 11_000, 11_000])
    XCTAssertEqual(two.messages.map(\.ms), [0, 0, 3_000, 3_000])
    // Replying to a buyer who is not waiting does nothing.
    XCTAssertNil(shift.reply(to: 3, "亲"))
    let summary = shift.summary()
    XCTAssertEqual(summary.slow, 1)
    XCTAssertEqual(summary.longestWaitMilliseconds, 9_000)
    XCTAssertEqual(summary.longestWaitBuyer, 1)
  }

  func testABuyerNobodyAnswersWalksAwayWhileTheSellerIsElsewhere() {
    let (shift, clock) = makeShift(2, every: 1_000)
    at(1, shift, clock)
    // The seller only ever answers buyer 1; buyer 2 (patience 3, the 6 s limit) waits 24 s.
    XCTAssertEqual(shift.walkAwayMilliseconds(shift.buyers[1]), 24_000)
    at(3, shift, clock)
    shift.reply(to: 1, "亲，有货的")
    // Buyer 1 answers at once (a scripted buyer), reported by the next step.
    XCTAssertEqual(
      at(24.999, shift, clock), [.said(buyer: 1, lines: ["我160，一百斤，穿什么码合适？"])])
    XCTAssertEqual(at(25, shift, clock), [.walkedAway(buyer: 2)])
    let two = shift.buyers[1]
    XCTAssertTrue(two.walkedAway)
    XCTAssertEqual(two.session?.outcome, .lost)
    XCTAssertEqual(two.session?.endReason, .buyer)
    XCTAssertEqual(two.longestWaitMilliseconds, 24_000)
    XCTAssertFalse(shift.buyers[0].isOver)
    XCTAssertEqual(shift.summary().longestWaitBuyer, 2)
    // A replay of buyer 2's messages with the buyer's ending reaches the same outcome.
    let replay = Replay.run(
      scenario: two.scenario, messages: two.session!.messages, rubric: rubric, buyerEnd: .lost)
    XCTAssertEqual(replay.outcome, .lost)
  }

  func testSlownessAlreadyPaidForShortensTheWait() {
    let (shift, clock) = makeShift(1)
    at(0, shift, clock)
    at(7, shift, clock)
    shift.reply(to: 1, "亲，有货的")  // slow: costs 1, leaves 2; the slow branch asks again
    XCTAssertEqual(shift.buyers[0].session?.patienceLeft, 2)
    XCTAssertEqual(shift.walkAwayMilliseconds(shift.buyers[0]), 18_000)
  }

  func testAnUnhurriedBuyerWaitsLongerAndAnImpatientOneLess() {
    var slow = sampleScenario()
    slow.persona = Persona.named("慢性子")
    slow.patienceOverride = 3
    var quick = sampleScenario()
    quick.persona = Persona.named("心直口快")
    let (shift, clock) = makeShift(scenarios: [slow, quick])
    at(20, shift, clock)
    XCTAssertEqual(shift.walkAwayMilliseconds(shift.buyers[0]), 42_000)
    XCTAssertEqual(shift.walkAwayMilliseconds(shift.buyers[1]), 18_000)
  }

  func testInterruptingLeavesUnfinishedBuyersAndNotesTheirWait() {
    let (shift, clock) = makeShift(3)
    at(22, shift, clock)
    shift.interrupt()
    XCTAssertEqual(shift.buyers.map { $0.session?.outcome }, [.unfinished, .unfinished, nil])
    XCTAssertEqual(shift.buyers.map { $0.session?.unansweredMilliseconds }, [22_000, 2_000, nil])
    let summary = shift.summary()
    XCTAssertEqual(summary.slow, 1, "buyer 1 was left waiting past the limit, as the grade says")
    XCTAssertEqual(summary.buyers, 2)
    XCTAssertEqual(summary.deals, 0)
    XCTAssertEqual(summary.longestWaitMilliseconds, 22_000)
    XCTAssertEqual(summary.longestWaitBuyer, 1)
  }

  func testLiveBuyersPauseBeforeAnsweringAndComeEarlyWhenAllIsQuiet() {
    let (shift, clock) = makeShift(2, every: 60_000, pacing: .live(quietMilliseconds: 3_000))
    at(0, shift, clock)
    at(1, shift, clock)
    shift.reply(to: 1, "亲，您好，这款现货充足哦")
    let speaks = shift.buyers[0].speaksAt!
    XCTAssertGreaterThanOrEqual(speaks - clock.nowMilliseconds, 1_000)
    XCTAssertLessThanOrEqual(speaks - clock.nowMilliseconds, 5_000)
    XCTAssertFalse(shift.buyers[0].isWaiting)
    // The buyer's next line appears when their pause is over, and is timed from then.
    let events = shift.advance(to: speaks, on: clock)
    XCTAssertEqual(events, [.said(buyer: 1, lines: ["我160，一百斤，穿什么码合适？"])])
    XCTAssertEqual(shift.buyers[0].session?.waitingMilliseconds, 0)
    XCTAssertNil(shift.buyers[1].session)
  }

  func testWhenEveryChatIsQuietTheNextBuyerComesEarly() {
    let quick = Scenario(
      path: "quick.kefu", title: "一问一答", personaName: "随和", persona: Persona.named("随和"),
      patienceOverride: 3, limitSeconds: 6, product: "帆布袋 29元", addons: [],
      nodes: [node("开场", ["在吗"], [branch(.otherwise, .end(.deal))])])
    let (shift, clock) = makeShift(
      2, every: 60_000, pacing: .live(quietMilliseconds: 3_000), scenarios: [quick, quick])
    at(0, shift, clock)
    at(2, shift, clock)
    shift.reply(to: 1, "亲，在的")
    XCTAssertEqual(shift.buyers[0].session?.outcome, .deal)
    XCTAssertEqual(at(4.999, shift, clock), [])
    XCTAssertEqual(at(5, shift, clock), [.arrived(buyer: 2, lines: ["在吗"])])
    XCTAssertEqual(shift.buyers[1].arrivalMilliseconds, 5_000)
  }

  func testAReplyNamingAnotherChatsProductIsACrossedChat() throws {
    var bag = sampleScenario(patience: 9)
    bag.product = "格纹帆布双肩包 89元"
    let (shift, clock) = makeShift(
      2, every: 1_000, rubric: Rubric(rules: [CrossedChatsRule()]),
      scenarios: [sampleScenario(), bag])
    at(2, shift, clock)
    let result = try XCTUnwrap(shift.reply(to: 1, "亲，这款双肩包有货的"))
    XCTAssertTrue(result.judgement.broke("crossed_chats"))
    XCTAssertEqual(shift.summary().crossed, 1)
    let mine = try XCTUnwrap(shift.reply(to: 2, "亲，这款双肩包有货的"))
    XCTAssertFalse(mine.judgement.broke("crossed_chats"))
    // The record keeps the other chat with shift times, so a replay judges the same way.
    let neighbours = shift.neighbours(of: 1)
    XCTAssertEqual(neighbours.map(\.buyer), [2])
    XCTAssertEqual(neighbours[0].said.first?.ms, 1_000)
    XCTAssertNil(neighbours[0].chat(atShift: 999))
    let one = shift.buyers[0].session!
    let replay = Replay.run(
      scenario: one.scenario, messages: one.messages, rubric: Rubric(rules: [CrossedChatsRule()]),
      otherChats: { ms in neighbours.compactMap { $0.chat(atShift: 0 + ms) } })
    XCTAssertTrue(replay.turns[0].judgement.broke("crossed_chats"))
  }
}

extension Shift.Event {
  var buyerNumber: Int {
    switch self {
    case .arrived(let n, _), .said(let n, _), .walkedAway(let n): return n
    }
  }
}

final class ShiftScriptTests: XCTestCase {
  func testLinesGiveTimeBuyerAndReply() throws {
    let script = try ShiftScript.parse(
      "# 两位买家\n@2 #1 亲，在的\n\n＠12.5　＃2　亲，有货哦 \n@12.5 #1 好的亲\n", path: "s.txt", buyers: 2)
    XCTAssertEqual(
      script.steps,
      [
        .init(milliseconds: 2_000, buyer: 1, reply: "亲，在的", line: 2),
        .init(milliseconds: 12_500, buyer: 2, reply: "亲，有货哦", line: 4),
        .init(milliseconds: 12_500, buyer: 1, reply: "好的亲", line: 5),
      ])
  }

  func testMalformedLinesAreRefusedWithTheirLineNumber() {
    let cases: [(String, Int, String)] = [
      ("@2 #1 好\n+3 亲", 2, "行首应为「@」"),
      ("@2 #1 好\n@x #1 亲", 2, "秒数"),
      ("@2 亲", 1, "#顾客编号"),
      ("@2 #4 亲", 1, "没有第 4 位顾客"),
      ("@2 #0 亲", 1, "没有第 0 位顾客"),
      ("@2 #1", 1, "顾客编号后应有空格"),
      ("@2 #1   ", 1, "缺少回复内容"),
      ("@5 #1 好\n@4.999 #2 亲", 2, "时间倒退"),
      ("@2.1234 #1 亲", 1, "秒数"),
    ]
    for (text, line, reason) in cases {
      XCTAssertThrowsError(try ShiftScript.parse(text, path: "s.txt", buyers: 3), text) { error in
        let e = error as? ShiftScript.ParseError
        XCTAssertEqual(e?.line, line, text)
        XCTAssertTrue(e?.message.contains(reason) ?? false, "\(text): \(e?.message ?? "")")
        XCTAssertTrue(e?.message.hasPrefix("s.txt:\(line): ") ?? false)
      }
    }
  }
}
