import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuTerminal
import XCTest

/// A terminal that replays scripted input. Each wait that times out moves the manual clock on by
/// the wait, so a test says "the student thought for 7 s" without waiting.
final class ClockedTerminal: TerminalBackend {
  enum Step {
    case type(String)
    case keys([UInt8])
    case wait(Double)
    case signal(TerminalSignal)
  }

  let clock: ManualClock
  var steps: [Step]
  var written = ""
  var pendingWait = 0

  init(clock: ManualClock, _ steps: [Step]) {
    self.clock = clock
    self.steps = steps
  }

  var isInteractive: Bool { true }
  var columns = 60
  var size: TerminalSize { TerminalSize(columns: columns, rows: 20) }
  func enterRawMode() throws {}
  func restore() {}
  var pendingSignal: TerminalSignal? { nil }
  func write(_ text: String) { written += text }

  func read(timeout: Double) -> TerminalInput {
    let timeoutMs = Int((timeout * 1000).rounded())
    while !steps.isEmpty {
      switch steps[0] {
      case .type(let text):
        steps.removeFirst()
        return .bytes(Array(text.utf8))
      case .keys(let bytes):
        steps.removeFirst()
        return .bytes(bytes)
      case .signal(let s):
        steps.removeFirst()
        return .signal(s)
      case .wait(let seconds):
        let ms = Int((seconds * 1000).rounded())
        let step = min(timeoutMs, ms - pendingWait)
        clock.advance(milliseconds: step)
        pendingWait += step
        if pendingWait >= ms {
          pendingWait = 0
          steps.removeFirst()
        }
        return .timeout
      }
    }
    return .endOfFile
  }

  /// The screen's text without escape sequences.
  var plainText: String {
    written.replacingOccurrences(
      of: "\u{1B}\\[[0-9;?]*[A-Za-z]", with: "", options: .regularExpression)
  }
}

let loopScenarioText = """
  title: 测试场景
  persona: 随和
  patience: 2
  phrase: 亲，在的哦
  == 开场
  顾客: 在吗
  when has 在的 -> 问码
  otherwise -> end 流失
  == 问码
  顾客: 我穿多大码
  when has m码 -> end 成交
  otherwise -> 问码
  """

final class PlayLoopTests: XCTestCase {
  func makeSession(_ clock: ManualClock) throws -> Session {
    let result = ScenarioParser.parse(loopScenarioText, path: "t.kefu", ruleIDs: RuleRegistry.ids)
    let scenario = try XCTUnwrap(result.playable, "\(result.diagnostics)")
    return Session(scenario: scenario, rubric: Rubric(), clock: clock)
  }

  func testSoloPlayTimesRepliesFromTheBuyersMessageAndSavesEveryTurn() throws {
    let clock = ManualClock()
    let session = try makeSession(clock)
    let terminal = ClockedTerminal(
      clock: clock,
      [
        .wait(2), .type("/1"), .keys([0x0D]), .wait(7.2), .type("亲，M码合适哦"),
        .keys([0x0D]),
      ])
    var saves = 0
    let loop = PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {
      saves += 1
    }
    XCTAssertEqual(try loop.run(), .finished)
    XCTAssertEqual(session.outcome, .deal)
    XCTAssertEqual(session.turns.map(\.reply), ["亲，在的哦", "亲，M码合适哦"])
    XCTAssertEqual(session.turns.map(\.responseSeconds), [2.0, 7.2])
    XCTAssertEqual(session.turns.map(\.judgement.slow), [false, true])
    XCTAssertEqual(saves, 4, "after the opening lines, each reply and each buyer turn")
    XCTAssertTrue(terminal.plainText.contains("买家·随和：在吗"))
    XCTAssertTrue(terminal.plainText.contains("买家下单了（成交）"))
  }

  /// The screen after the loop lesson is played to its deal with the buyer's first line `opening`
  /// (and `sales:` set when given): /1, then 「亲，M码合适哦」.
  private func screenAfterDeal(opening: String, sales: Bool? = nil) throws -> String {
    let clock = ManualClock()
    var text = loopScenarioText.replacingOccurrences(of: "顾客: 在吗", with: "顾客: \(opening)")
    if let sales {
      text = text.replacingOccurrences(
        of: "patience: 2", with: "patience: 2\nsales: \(sales ? "有" : "无")")
    }
    let result = ScenarioParser.parse(text, path: "t.kefu", ruleIDs: RuleRegistry.ids)
    let scenario = try XCTUnwrap(result.playable, "\(result.diagnostics)")
    if let sales { XCTAssertEqual(scenario.offersSales, sales) }
    let session = Session(scenario: scenario, rubric: Rubric(), clock: clock)
    let terminal = ClockedTerminal(
      clock: clock, [.type("/1"), .keys([0x0D]), .type("亲，M码合适哦"), .keys([0x0D])])
    let loop = PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {}
    XCTAssertEqual(try loop.run(), .finished)
    return terminal.plainText
  }

  func testAnAfterSalesTalkEndsWithTheBuyerSatisfiedNotAnOrder() throws {
    let screen = try screenAfterDeal(opening: "在吗 我收到的鞋子开胶了")
    XCTAssertTrue(screen.contains("买家满意了（成交）"), screen)
    XCTAssertFalse(screen.contains("下单"))
  }

  /// A buyer who opens with scorn for the quality (什么破质量, 全是球) came about their order too.
  func testAScornfulOpeningEndsWithTheBuyerSatisfied() throws {
    let screen = try screenAfterDeal(opening: "在吗 你们这袜子什么破质量 洗一回全是球")
    XCTAssertTrue(screen.contains("买家满意了（成交）"), screen)
  }

  /// A buyer who asks for their money back in a lesson without a chance to sell (能七天无理由退吗,
  /// in words the opening list lacks) came about their order as the card reads it: keeping the
  /// item is no order placed, so the chat's end line does not say 下单. With a chance to sell, the
  /// same question is about buying, and the line says 下单 as before.
  func testARefundAskedInALessonWithoutSalesEndsWithTheBuyerSatisfied() throws {
    let opening = "在吗 前天买的杯子到了 想想还是不太想要 能七天无理由退吗"
    let refund = try screenAfterDeal(opening: opening, sales: false)
    XCTAssertTrue(refund.contains("买家满意了（成交）"), refund)
    XCTAssertFalse(refund.contains("买家下单了"), refund)
    let selling = try screenAfterDeal(opening: opening, sales: true)
    XCTAssertTrue(selling.contains("买家下单了（成交）"), selling)
  }

  func testAControlSequenceInAPhraseIsShownNotSentToTheTerminal() throws {
    let clock = ManualClock()
    let text = loopScenarioText.replacingOccurrences(
      of: "phrase: 亲，在的哦", with: "phrase: 亲，\u{1B}[5m在的哦")
    let scenario = try XCTUnwrap(
      ScenarioParser.parse(text, path: "t.kefu", ruleIDs: RuleRegistry.ids).playable)
    let session = Session(scenario: scenario, rubric: Rubric(), clock: clock)
    let terminal = ClockedTerminal(clock: clock, [.type("/1"), .keys([0x0D]), .keys([0x03])])
    _ = try PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {}.run()
    XCTAssertFalse(terminal.written.contains("\u{1B}[5m"), "no blinking from a scenario")
    XCTAssertTrue(terminal.written.contains("␛[5m在的哦"), terminal.plainText)
  }

  func testBackspaceDeletesAWholeChineseCharacterBeforeSending() throws {
    let clock = ManualClock()
    let session = try makeSession(clock)
    let terminal = ClockedTerminal(
      clock: clock, [.type("在的吗"), .keys([0x7F]), .keys([0x0D]), .keys([0x03])])
    let loop = PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {}
    XCTAssertEqual(try loop.run(), .stopped)
    XCTAssertEqual(session.turns.first?.reply, "在的")
  }

  func testCtrlCLeavesAnUnfinishedSessionThatWasSaved() throws {
    let clock = ManualClock()
    let session = try makeSession(clock)
    let terminal = ClockedTerminal(clock: clock, [.type("亲，在的"), .keys([0x03])])
    var lastSavedOutcome: Outcome?
    let loop = PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {
      lastSavedOutcome = session.isOver ? session.outcome : nil
    }
    XCTAssertEqual(try loop.run(), .stopped)
    XCTAssertEqual(session.outcome, .unfinished)
    XCTAssertEqual(lastSavedOutcome, .unfinished)
    XCTAssertTrue(session.turns.isEmpty, "the half-typed line is not sent")
  }

  /// A reply sent 31 days after the session began (a terminal left open over a holiday) had
  /// been judged and saved with an ms past the 30 days a record may span, and every command
  /// then refused the record as damaged. The session now stops there as unfinished, is saved,
  /// and the screen says why.
  func testAReplyPastThirtyDaysStopsTheSessionAndSavesIt() throws {
    let clock = ManualClock()
    let session = try makeSession(clock)
    let terminal = ClockedTerminal(
      clock: clock, [.wait(31 * 86_400), .type("亲，在的"), .keys([0x0D])])
    terminal.columns = 200  // the note on one line
    var saved: (outcome: Outcome, stopped: Int?)?
    let loop = PlayLoop(
      backend: terminal, session: session, players: .solo, theme: .plain, tick: 3_000_000
    ) {
      saved = (session.outcome, session.stoppedMilliseconds)
    }
    XCTAssertEqual(try loop.run(), .finished)
    XCTAssertEqual(session.outcome, .unfinished)
    XCTAssertTrue(session.turns.isEmpty)
    XCTAssertEqual(saved?.outcome, .unfinished)
    XCTAssertEqual(saved?.stopped, Session.maxMilliseconds)
    XCTAssertTrue(
      terminal.plainText.contains("这场练习从开始到现在已超过 30 天（一份记录最长 30 天），到此为止，记录为未完成"),
      terminal.plainText)
  }

  func testASignalStopsTheLoopAndIsReported() throws {
    let clock = ManualClock()
    let session = try makeSession(clock)
    let terminal = ClockedTerminal(clock: clock, [.wait(1), .signal(.hangUp)])
    let loop = PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {}
    XCTAssertEqual(try loop.run(), .signal(.hangUp))
    XCTAssertEqual(session.outcome, .unfinished)
  }

  func testPairPlayBuyerSendsSuggestionOrOwnWordsAndCanEndEarly() throws {
    let clock = ManualClock()
    let session = try makeSession(clock)
    let terminal = ClockedTerminal(
      clock: clock,
      [
        .keys([0x0D]), .wait(3), .type("在的亲"), .keys([0x0D]), .type("老板，我一米六穿啥码"), .keys([0x0D]),
        .wait(1), .type("S码就好"), .keys([0x0D]), .type("/成交"), .keys([0x0D]),
      ])
    let loop = PlayLoop(
      backend: terminal, session: session, players: .pair(seller: "张三", buyer: "李四"),
      theme: .plain
    ) {}
    XCTAssertEqual(try loop.run(), .finished)
    XCTAssertEqual(session.outcome, .deal)
    XCTAssertEqual(session.endReason, .buyer)
    XCTAssertEqual(
      session.messages.map(\.text), ["在吗", "在的亲", "老板，我一米六穿啥码", "S码就好"])
    XCTAssertEqual(session.turns.map(\.responseSeconds), [3.0, 1.0])
    XCTAssertTrue(terminal.plainText.contains("买家·李四：老板，我一米六穿啥码"))
    XCTAssertTrue(terminal.plainText.contains("买家回合"), "the persona card is shown")
  }

  func testNothingOfThePromptIsDrawnBeforeTheTitle() throws {
    let clock = ManualClock()
    let session = try makeSession(clock)
    let terminal = ClockedTerminal(clock: clock, [.keys([0x03])])
    let loop = PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {}
    _ = try loop.run()
    let beforeTitle = terminal.written.components(separatedBy: "【").first ?? ""
    XCTAssertFalse(beforeTitle.contains("等待买家"), beforeTitle.debugDescription)
    XCTAssertFalse(beforeTitle.contains("我："), beforeTitle.debugDescription)
  }

  func testPairPlayShowsThePersonaOnceThenOnlyPatienceAndSuggestions() throws {
    let clock = ManualClock()
    let session = try makeSession(clock)
    let terminal = ClockedTerminal(
      clock: clock,
      [.keys([0x0D]), .wait(1), .type("在的亲"), .keys([0x0D]), .keys([0x0D]), .keys([0x03])])
    let loop = PlayLoop(
      backend: terminal, session: session, players: .pair(seller: "张三", buyer: "李四"),
      theme: .plain
    ) {}
    _ = try loop.run()
    let text = terminal.plainText
    XCTAssertEqual(text.components(separatedBy: "买家回合").count - 1, 2, "a card at each buyer turn")
    XCTAssertEqual(text.components(separatedBy: "人设：").count - 1, 1, "the persona only once")
    XCTAssertEqual(text.components(separatedBy: "台词建议").count - 1, 2)
  }
}

final class PlayLoopSaveFailureTests: XCTestCase {
  struct DiskFull: Error, CustomStringConvertible {
    var description: String { "records/a.json: 无法保存练习记录（磁盘已满）" }
  }

  func testAFailedSaveIsToldOnceAndPlayGoesOnToTheEnd() throws {
    let clock = ManualClock()
    let result = ScenarioParser.parse(loopScenarioText, path: "t.kefu", ruleIDs: RuleRegistry.ids)
    let session = Session(
      scenario: try XCTUnwrap(result.playable), rubric: Rubric(), clock: clock)
    let terminal = ClockedTerminal(
      clock: clock, [.type("亲，在的"), .keys([0x0D]), .type("M码合适"), .keys([0x0D])])
    var attempts = 0
    let loop = PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {
      attempts += 1
      throw DiskFull()
    }
    XCTAssertEqual(try loop.run(), .finished, "a full disk does not end the session")
    XCTAssertEqual(session.outcome, .deal)
    XCTAssertEqual(attempts, 4, "every turn tries again")
    XCTAssertEqual(loop.saveFailure, "records/a.json: 无法保存练习记录（磁盘已满）")
    XCTAssertEqual(terminal.plainText.components(separatedBy: "记录无法保存").count, 2, "told once")
  }
}
