import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import XCTest

/// A rule for engine tests: marks steps and a rude finding by keyword, so the engine's
/// behaviour is tested apart from the real rubric's judgement.
struct KeywordRule: Rule {
  var description: RuleDescription {
    RuleDescription(
      id: "rhetorical_question", name: "测试规则", explanation: "", triggers: [], passes: [],
      cost: 8, patienceCost: 1, offendsBuyer: true)
  }
  func judge(
    _ reply: Reply, context: ReplyContext, settings: RubricSettings,
    into judgement: inout ReplyJudgement
  ) {
    if reply.text.contains("放心") { judgement.steps.append(.objection) }
    if reply.text.contains("腰带") { judgement.upsell = true }
    if reply.text.contains("难道") {
      judgement.rhetorical = true
      judgement.findings.append(
        Finding(rule: "rhetorical_question", start: 0, end: 2, message: "反问句"))
    }
  }
}

func location(_ line: Int) -> SourceLocation { SourceLocation(line: line, column: 1) }

func branch(_ condition: Condition, _ target: Target) -> Branch {
  Branch(condition: condition, target: target, location: location(1), targetLocation: location(1))
}

func node(_ name: String, _ lines: [String], _ branches: [Branch]) -> Node {
  Node(
    name: name, location: location(1),
    lines: lines.map { BuyerLine(text: $0, location: location(1)) },
    branches: branches)
}

/// The PRODUCT.md sample, built by hand.
func sampleScenario(patience: Int = 3) -> Scenario {
  Scenario(
    path: "sample.kefu", title: "连衣裙尺码咨询", personaName: "优柔寡断",
    persona: Persona.named("优柔寡断"), patienceOverride: patience, limitSeconds: 6,
    product: "碎花雪纺连衣裙 129元",
    addons: [Addon(names: ["同色系细腰带", "腰带"], price: "19元", location: location(1))],
    nodes: [
      node(
        "开场", ["在吗？", "这条碎花裙还有货吗"],
        [
          branch(.slow, .node("催问")), branch(.has(["有货", "有的", "在的", "现货"]), .node("问尺码")),
          branch(.otherwise, .node("催问")),
        ]),
      node(
        "催问", ["有人吗？到底有没有货呀"],
        [branch(.has(["有货", "有的", "现货"]), .node("问尺码")), branch(.otherwise, .end(.lost))]),
      node(
        "问尺码", ["我160，一百斤，穿什么码合适？"],
        [
          branch(
            .regex(source: "[SML]码|均码", compiled: try! NSRegularExpression(pattern: "[sml]码|均码")),
            .node("犹豫")),
          branch(.otherwise, .node("问尺码")),
        ]),
      node(
        "犹豫", ["嗯……我再考虑考虑吧"],
        [
          branch(.rule("rhetorical_question"), .end(.lost)), branch(.step(.objection), .node("成交")),
          branch(.otherwise, .node("拿不准")),
        ]),
      node(
        "拿不准", ["还是有点拿不准，怕买回来不合身"],
        [branch(.step(.objection), .node("成交")), branch(.otherwise, .end(.lost))]),
      node(
        "成交", ["好吧，那我拍了，明天能发吗？"],
        [
          branch(.upsell, .end(.deal)), branch(.has(["发货", "发出", "明天"]), .end(.deal)),
          branch(.otherwise, .node("问发货")),
        ]),
      node("问发货", ["所以到底哪天发货呀？"], [branch(.otherwise, .end(.deal))]),
    ])
}

final class SessionTests: XCTestCase {
  let rubric = Rubric(rules: [KeywordRule()])

  func play(_ scenario: Scenario, _ replies: [(Double, String)]) -> Session {
    let clock = ManualClock()
    let session = Session(scenario: scenario, rubric: rubric, clock: clock)
    for (seconds, text) in replies {
      session.startBuyerTurn()
      clock.advance(seconds: seconds)
      session.reply(text)
    }
    return session
  }

  func testTheSampleGoodPathEndsInADeal() {
    let session = play(
      sampleScenario(),
      [
        (1.5, "亲，您好，欢迎光临，这款现货充足哦"), (3, "亲，按您的身高体重，M码会比较合身"),
        (2.5, "亲，不合身的话支持七天无理由退换，运费险也有的，您放心"), (7, "好的亲，今天下单今天发货，感谢您的支持"),
      ])
    XCTAssertEqual(session.state, .ended(.deal))
    XCTAssertEqual(session.endReason, .branch)
    XCTAssertEqual(session.turns.map(\.responseSeconds), [1.5, 3, 2.5, 7])
    XCTAssertEqual(session.turns.map(\.judgement.slow), [false, false, false, true])
    XCTAssertEqual(session.patienceSpent, 1)
  }

  func testAReplyAtExactlyTheLimitIsOnTimeAndOneMillisecondLaterIsSlow() {
    let onTime = play(sampleScenario(), [(6.000, "亲，在的，有货哦")])
    XCTAssertEqual(onTime.currentNode?.name, "问尺码")
    XCTAssertFalse(onTime.turns[0].judgement.slow)
    let slow = play(sampleScenario(), [(6.001, "亲，在的，有货哦")])
    XCTAssertTrue(slow.turns[0].judgement.slow)
    XCTAssertEqual(slow.currentNode?.name, "催问", "when slow comes first")
  }

  func testTimingDoesNotDriftAfterManyFractionalReplies() {
    // 13 replies at 0.1 s then one at exactly 6 s: still on time.
    let looping = Scenario(
      path: "x", persona: Persona.named("优柔寡断"), patienceOverride: 9,
      nodes: [node("问", ["嗯？"], [branch(.otherwise, .node("问"))])])
    let session = play(looping, Array(repeating: (0.1, "好的亲"), count: 13) + [(6, "好的亲")])
    XCTAssertEqual(session.turns.filter(\.judgement.slow).count, 0)
  }

  func testPatienceRunsOutWhateverTheBranchSays() {
    let session = play(
      sampleScenario(patience: 2),
      [(1, "亲，有货的哦"), (7, "亲，M码合适"), (1, "难道您不信吗")])
    XCTAssertEqual(session.state, .ended(.lost))
    XCTAssertEqual(session.endReason, .patience)
    XCTAssertEqual(session.patienceLeft, 0)
  }

  func testTheRubricFileSetsWhatARuleCostsThePatience() {
    var settings = RubricSettings.standard
    settings.patience["rhetorical_question"] = 0
    let forgiving = Session(
      scenario: sampleScenario(), rubric: Rubric(settings: settings, rules: [KeywordRule()]),
      clock: ManualClock())
    forgiving.startBuyerTurn()
    forgiving.reply("难道您不信吗")
    XCTAssertEqual(forgiving.patienceSpent, 0)
    let standard = play(sampleScenario(), [(1, "难道您不信吗")])
    XCTAssertEqual(standard.patienceSpent, Persona.named("优柔寡断")?.rudeCost)
  }

  func testARhetoricalReplyTakesTheRuleBranch() {
    let session = play(
      sampleScenario(), [(1, "有货的亲"), (1, "L码就行"), (1, "难道我会骗您吗")])
    XCTAssertEqual(session.state, .ended(.lost))
    XCTAssertEqual(session.endReason, .branch)
  }

  func testStepUpsellAndOtherwiseBranches() {
    let session = play(
      sampleScenario(),
      [(1, "有的亲"), (1, "均码"), (1, "嗯嗯"), (1, "您放心，可以退换"), (1, "再加一条腰带更好看")])
    XCTAssertEqual(session.state, .ended(.deal))
    let stuck = play(sampleScenario(), [(1, "有的亲"), (1, "您多高呀")])
    XCTAssertEqual(stuck.currentNode?.name, "问尺码", "otherwise loops back")
  }

  func testANodeWithNoMatchingBranchAsksAgain() {
    let scenario = Scenario(
      path: "x", nodes: [node("问", ["有货吗"], [branch(.has(["有"]), .end(.deal))])])
    let session = play(scenario, [(1, "您好")])
    XCTAssertEqual(session.state, .buyerTurn(node: "问"))
  }

  func testInterruptingLeavesAnUnfinishedSessionWithEveryMessage() {
    let session = play(sampleScenario(), [(1, "亲，有货的哦")])
    session.startBuyerTurn()
    session.interrupt()
    XCTAssertEqual(session.outcome, .unfinished)
    XCTAssertEqual(session.messages.map(\.role), [.buyer, .buyer, .seller, .buyer])
    XCTAssertEqual(session.messages.map(\.ms), [0, 0, 1000, 1000])
  }

  func testPairPlayBuyerSaysOwnLinesAndCanEndTheSession() {
    let clock = ManualClock()
    let session = Session(scenario: sampleScenario(), rubric: rubric, clock: clock)
    XCTAssertEqual(session.startBuyerTurn(lines: ["老板在不在"]), ["老板在不在"])
    clock.advance(seconds: 2)
    session.reply("在的亲，有货")
    session.buyerEnds(.deal)
    XCTAssertEqual(session.state, .ended(.deal))
    XCTAssertEqual(session.endReason, .buyer)
  }

  func testFirstKeystrokeGivesTypingSpeed() {
    let clock = ManualClock()
    let session = Session(scenario: sampleScenario(), rubric: rubric, clock: clock)
    session.startBuyerTurn()
    clock.advance(seconds: 1)
    session.noteKeystroke()
    clock.advance(seconds: 6)
    session.noteKeystroke()  // ignored: only the first key counts
    session.reply("亲，在的，现货哦")  // 6 汉字 in 6 s (punctuation does not count)
    XCTAssertEqual(session.messages.last?.firstKeyMs, 1000)
    XCTAssertEqual(TypingSpeed.charactersPerMinute(session.messages)!, 60, accuracy: 0.001)
  }

  func testQuickPhrasesAreNotCountedAsTyping() {
    let phrase = "亲，今天下单今天就能发出哦"
    let messages = [
      TranscriptMessage(role: .seller, text: "亲，在的，现货哦", ms: 7000, firstKeyMs: 1000),
      TranscriptMessage(role: .seller, text: phrase, ms: 9000, firstKeyMs: 8500),
      TranscriptMessage(role: .seller, text: phrase + "，放心", ms: 20000, firstKeyMs: 14000),
    ]
    // 6 汉字 in 6 s, the phrase alone left out, then 2 typed 汉字 in 6 s: 8 in 12 s.
    XCTAssertEqual(
      TypingSpeed.charactersPerMinute(messages, phrases: [phrase])!, 40, accuracy: 0.001)
    // Without the phrases: the 12 汉字 sent 0.5 s after the first key were not typed (a paste or
    // an input method's stored phrase), so 6 + 14 汉字 in 12 s.
    XCTAssertEqual(TypingSpeed.charactersPerMinute(messages)!, 100, accuracy: 0.001)
    XCTAssertEqual(TypingSpeed.pastedReplies(messages), 1)
    XCTAssertEqual(TypingSpeed.pastedReplies(messages, phrases: [phrase]), 0)
  }

  func testAReplyFasterThanAnyoneTypesIsPastedNotASpeed() {
    // A whole sentence arriving with its first keystroke (a paste, an IME commit).
    let messages = [
      TranscriptMessage(role: .seller, text: "亲，这款保温杯今天下单今天发", ms: 5000, firstKeyMs: 4990),
      TranscriptMessage(role: .seller, text: "好的亲，收到", ms: 9000, firstKeyMs: 9000),
    ]
    XCTAssertNil(TypingSpeed.charactersPerMinute(messages))
    XCTAssertEqual(TypingSpeed.pastedReplies(messages), 2)
    // 300 汉字 a minute is the fastest anyone types: 5 汉字 in 1 s is typed, in 0.9 s not.
    let typed = [TranscriptMessage(role: .seller, text: "好的收到了", ms: 2000, firstKeyMs: 1000)]
    XCTAssertEqual(TypingSpeed.charactersPerMinute(typed)!, 300, accuracy: 0.001)
    let quick = [TranscriptMessage(role: .seller, text: "好的收到了", ms: 1900, firstKeyMs: 1000)]
    XCTAssertNil(TypingSpeed.charactersPerMinute(quick))
  }

  func testReplayRecreatesTheSameOutcomeAndTimes() {
    let played = play(
      sampleScenario(),
      [(1.5, "亲，您好，现货充足哦"), (3, "M码合身"), (2.5, "您放心，支持七天无理由退换"), (7, "今天发货")])
    let replayed = Replay.run(scenario: sampleScenario(), messages: played.messages, rubric: rubric)
    XCTAssertEqual(replayed.state, played.state)
    XCTAssertEqual(replayed.messages, played.messages)
    XCTAssertEqual(replayed.turns.map(\.responseSeconds), played.turns.map(\.responseSeconds))
  }

  func testReplayOfAnUnfinishedRecordIsUnfinished() {
    let played = play(sampleScenario(), [(1.5, "亲，现货充足哦")])
    let replayed = Replay.run(scenario: sampleScenario(), messages: played.messages, rubric: rubric)
    XCTAssertEqual(replayed.outcome, .unfinished)
  }

  func testChatLogsAreTimedFromTheFirstUnansweredBuyerMessage() {
    let messages = [
      TranscriptMessage(role: .buyer, text: "在吗", ms: 0),
      TranscriptMessage(role: .buyer, text: "有货吗", ms: 4000),
      TranscriptMessage(role: .seller, text: "亲，在的", ms: 7000),
      TranscriptMessage(role: .seller, text: "有货哦", ms: 9000),
    ]
    let (turns, grade) = Replay.gradeTranscript(messages, rubric: rubric, outcome: .unfinished)
    XCTAssertEqual(turns.map(\.responseSeconds), [7, nil])
    XCTAssertEqual(turns.map(\.judgement.slow), [true, false])
    XCTAssertEqual(grade.outcome, .unfinished)
  }

  /// A shift's chat graded from its messages alone (its scenario file edited or gone) still
  /// sees the other chats: naming another buyer's product is 记混顾客 there too.
  func testATranscriptOfAShiftStillJudgesCrossedChats() {
    let standard = Rubric()
    let messages = [
      TranscriptMessage(role: .buyer, text: "杯子今天能发吗", ms: 0),
      TranscriptMessage(role: .seller, text: "亲，这款双肩包今天就能发出哦", ms: 3000),
    ]
    let other = OtherChat(buyer: 2, product: "格纹帆布双肩包 89元", buyerMessages: ["在吗"])
    let (turns, _) = Replay.gradeTranscript(
      messages, rubric: standard, product: "白瓷马克杯 39元", outcome: .unfinished,
      otherChats: { _ in [other] })
    XCTAssertTrue(
      turns[0].judgement.findings.contains { $0.rule == "crossed_chats" },
      "\(turns[0].judgement.findings)")
    let (alone, _) = Replay.gradeTranscript(
      messages, rubric: standard, product: "白瓷马克杯 39元", outcome: .unfinished)
    XCTAssertFalse(alone[0].judgement.findings.contains { $0.rule == "crossed_chats" })
  }

  func testQuittingWhileTheBuyerWaitsPastTheLimitCountsAsASlowReply() {
    let clock = ManualClock()
    let session = Session(scenario: sampleScenario(), rubric: rubric, clock: clock)
    session.startBuyerTurn()
    clock.advance(seconds: 2)
    session.reply("亲，在的，有货哦")
    session.startBuyerTurn()
    clock.advance(seconds: 150)
    session.interrupt()
    XCTAssertEqual(session.outcome, .unfinished)
    XCTAssertEqual(session.slowUnansweredSeconds, 150)
    XCTAssertEqual(session.stoppedMilliseconds, 152_000)
    let grade = session.grade()
    XCTAssertEqual(grade.responses?.slow, 1)
    XCTAssertEqual(grade.responses?.max, 150)
    XCTAssertEqual(grade.responses?.count, 1, "still one reply sent")
    XCTAssertEqual(grade.responses?.average, 2)
    XCTAssertEqual(grade.violations.map(\.rule), ["response_time"])
    XCTAssertTrue(grade.violations[0].message.contains("等了 150"), grade.violations[0].message)

    let quick = Session(scenario: sampleScenario(), rubric: rubric, clock: clock)
    quick.startBuyerTurn()
    clock.advance(seconds: 2)
    quick.reply("亲，在的，有货哦")
    quick.startBuyerTurn()
    clock.advance(seconds: 4)
    quick.interrupt()
    XCTAssertNil(quick.slowUnansweredSeconds, "a wait within the limit is no slow reply")
    XCTAssertEqual(quick.grade().responses?.slow, 0)
  }

  /// A record spans at most 30 days (`Session.maxMilliseconds`; `kefu grade`, `export` and
  /// `report` refuse larger times as damaged). `kefu play --script` with 40 lines of
  /// 「+86400 亲，在的哦」 against a buyer who asks again had written ms and stopped_ms of 40 days,
  /// and an interactive session left open over a holiday would have too: the record was then
  /// skipped by every command. A turn past the span now stops the session there as unfinished.
  func testASessionStopsAsUnfinishedWhenItRunsPastThirtyDays() {
    let day = 86_400_000
    // A buyer whom slowness costs nothing, asking again until 再见.
    let scenario = Scenario(
      path: "x", personaName: "慢性子", persona: Persona.named("慢性子"), patienceOverride: 99,
      nodes: [node("问", ["在吗"], [branch(.has(["再见"]), .end(.deal))])])
    let clock = ManualClock()
    let session = Session(scenario: scenario, rubric: rubric, clock: clock)
    for _ in 0..<29 {
      session.startBuyerTurn()
      clock.advance(milliseconds: day)
      XCTAssertNotNil(session.reply("亲，在的哦"))
    }
    session.startBuyerTurn()
    clock.advance(milliseconds: day)
    XCTAssertNotNil(session.reply("亲，在的哦"), "exactly 30 days is still within the span")
    session.startBuyerTurn()
    clock.advance(milliseconds: 1)
    XCTAssertNil(session.reply("亲，在的哦"))
    XCTAssertEqual(session.outcome, .unfinished)
    XCTAssertEqual(session.endReason, .interrupted)
    XCTAssertEqual(session.stoppedMilliseconds, Session.maxMilliseconds)
    XCTAssertEqual(session.messages.filter { $0.role == .seller }.count, 30)
    XCTAssertTrue(session.messages.allSatisfy { $0.ms <= Session.maxMilliseconds })

    // Stopped (Ctrl-C) after the buyer waited past the span: the wait counts up to its end.
    let left = Session(scenario: scenario, rubric: rubric, clock: clock)
    left.startBuyerTurn()
    clock.advance(milliseconds: 40 * day)
    left.interrupt()
    XCTAssertEqual(left.stoppedMilliseconds, Session.maxMilliseconds)
    XCTAssertEqual(left.slowUnansweredSeconds, Double(Session.maxMilliseconds) / 1000)

    // The buyer's turn past the span (pair play: the buyer student came back a month later).
    let pair = Session(scenario: scenario, rubric: rubric, clock: clock)
    clock.advance(milliseconds: 31 * day)
    XCTAssertEqual(pair.startBuyerTurn(lines: ["在吗"]), [])
    XCTAssertEqual(pair.outcome, .unfinished)
    XCTAssertEqual(pair.stoppedMilliseconds, Session.maxMilliseconds)
    XCTAssertTrue(pair.messages.isEmpty)
  }

  func testAReplayStoppedAtTheRecordedTimeGivesTheSameGrade() {
    let clock = ManualClock()
    let session = Session(scenario: sampleScenario(), rubric: rubric, clock: clock)
    session.startBuyerTurn()
    clock.advance(seconds: 3)
    session.reply("亲，在的，有货哦")
    session.startBuyerTurn()
    clock.advance(seconds: 40)
    session.interrupt()
    let replayed = Replay.run(
      scenario: sampleScenario(), messages: session.messages, rubric: rubric,
      stoppedMs: session.stoppedMilliseconds)
    XCTAssertEqual(replayed.slowUnansweredSeconds, 40)
    XCTAssertEqual(replayed.grade().score, session.grade().score)
    XCTAssertEqual(replayed.grade().responses?.slow, 1)
  }

  func testALosingEndCanGiveTheBuyerAPartingLine() {
    var scenario = sampleScenario()
    scenario.nodes[1].branches[1].partingLine = "算了，我去别家看看"
    let session = play(scenario, [(7, "嗯"), (1, "您自己看详情页")])
    XCTAssertEqual(session.state, .ended(.lost))
    XCTAssertEqual(session.messages.last?.role, .buyer)
    XCTAssertEqual(session.messages.last?.text, "算了，我去别家看看")
    XCTAssertEqual(session.messages.last?.ms, 8000)
    XCTAssertEqual(session.turns.count, 2, "the parting line waits for no reply")
  }

  func testTheRubricSwitchesSlownessCostOffAndThePersonaSetsItsAmount() {
    var settings = RubricSettings.standard
    settings.patience["response_time"] = 0
    let calm = Rubric(settings: settings, rules: [KeywordRule()])
    let clock = ManualClock()
    let session = Session(scenario: sampleScenario(), rubric: calm, clock: clock)
    session.startBuyerTurn()
    clock.advance(seconds: 30)
    XCTAssertEqual(session.reply("亲，有货的哦")?.patienceCost, 0, "patience_response_time = 0")

    var blunt = sampleScenario()
    blunt.persona = Persona.named("心直口快")
    let slow = play(blunt, [(9, "亲，有货的哦")])
    XCTAssertEqual(slow.patienceSpent, 2, "the persona's slowCost, not the rubric's 1")
  }

  func testTheReplyThatExhaustsPatienceIsStillJudgedAndRecorded() {
    let session = play(
      sampleScenario(patience: 2), [(1, "亲，有货的哦"), (7, "亲，M码合适"), (1, "难道您不放心吗")])
    XCTAssertEqual(session.endReason, .patience)
    XCTAssertEqual(session.turns.count, 3)
    XCTAssertEqual(session.turns[2].judgement.steps, [.objection], "its step still counts")
    XCTAssertEqual(session.grade().stepReplies[.objection], 3)
  }

  /// With the real rubric: a promise to check the order once it is placed reads as confirm (as
  /// the labellers read it) but is no incomplete check; the read-back that follows is judged.
  func testAPromiseToCheckLaterIsNoIncompleteCheckButTheLaterReadBackIsJudged() {
    let scenario = Scenario(
      path: "check.kefu", title: "下单核对", personaName: "稳重", persona: Persona.named("稳重"),
      patienceOverride: 3, limitSeconds: 60, product: "帆布鞋 199元", addons: [],
      nodes: [
        node("要拍", ["好的，白色40码我要了"], [branch(.otherwise, .node("拍好"))]),
        node("拍好", ["拍好了"], [branch(.otherwise, .node("谢谢"))]),
        node("谢谢", ["好的"], [branch(.otherwise, .end(.deal))]),
      ])
    let clock = ManualClock()
    let session = Session(scenario: scenario, rubric: Rubric(), clock: clock)
    for text in [
      "好的亲，拍好后我帮您核对一下地址",
      "亲，跟您核对一下：白色40码一双，寄到杭州市西湖区文三路8号，对吗？",
      "亲，跟您核对一下：白色40码一双，收件人王女士，电话13812345678，寄到杭州市西湖区文三路8号",
    ] {
      session.startBuyerTurn()
      clock.advance(seconds: 5)
      session.reply(text)
    }
    XCTAssertEqual(session.state, .ended(.deal))
    let checks = session.turns.map { turn in
      turn.judgement.findings.filter { $0.rule == "order_confirmation" }.map(\.message)
    }
    XCTAssertEqual(checks, [[], ["核对订单时漏了：收件人、电话"], []])
    XCTAssertTrue(session.turns.allSatisfy { $0.judgement.steps.contains(.confirm) })
    let violations = session.grade().violations.filter { $0.rule == "order_confirmation" }
    XCTAssertEqual(violations.map(\.reply), [2], "only the read-back that left parts out")
    XCTAssertEqual(
      session.turns.map(\.judgement.promisesCheck), [true, false, false])
    XCTAssertEqual(session.grade().stepReplies[.confirm], 2, "the card quotes the read-back")
  }

  func testWhenStepSeesEveryLineTheBuyerSaidSinceTheLastReply() {
    let session = play(sampleScenario(), [(1, "亲，有货的哦")])
    XCTAssertEqual(session.turns[0].buyerMessages, ["在吗？", "这条碎花裙还有货吗"])
  }
}
