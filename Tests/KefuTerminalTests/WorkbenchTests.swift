import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuTerminal
import KefuText
import XCTest

final class WorkbenchTests: XCTestCase {
  func makeShift(_ clock: ManualClock, every: Int = 1_000) throws -> Shift {
    let result = ScenarioParser.parse(loopScenarioText, path: "t.kefu", ruleIDs: RuleRegistry.ids)
    let scenario = try XCTUnwrap(result.playable, "\(result.diagnostics)")
    return Shift(
      scenarios: [scenario, scenario], seeds: [1, 2], rubric: Rubric(), clock: clock,
      everyMilliseconds: every, pacing: .scripted)
  }

  func testTheStudentAnswersOneBuyerSwitchesWithCtrlNAndAnswersTheOther() throws {
    let clock = ManualClock()
    let shift = try makeShift(clock)
    let terminal = ClockedTerminal(
      clock: clock,
      [
        .wait(1.5), .type("亲，在的哦"), .keys([0x0D]),  // buyer 1, 1.5 s after their message
        .type("半句"), .keys([0x0E]),  // Ctrl-N: chat 2; the half line stays in chat 1
        .wait(1), .type("亲，在的"), .keys([0x0D]),  // buyer 2 arrived at 1 s: 1.5 s
        .keys([0x0E]), .keys([0x15]),  // back to chat 1, Ctrl-U clears the half line
        .type("亲，M码合适哦"), .keys([0x0D]), .keys([0x03]),
      ])
    var saves = 0
    let loop = ShiftLoop(backend: terminal, shift: shift, theme: .plain) { saves += 1 }
    XCTAssertEqual(try loop.run(), .stopped)
    let one = try XCTUnwrap(shift.buyers[0].session)
    let two = try XCTUnwrap(shift.buyers[1].session)
    XCTAssertEqual(one.turns.map(\.reply), ["亲，在的哦", "亲，M码合适哦"])
    XCTAssertEqual(one.turns.first?.responseSeconds, 1.5)
    XCTAssertEqual(one.outcome, .deal)
    XCTAssertEqual(two.turns.map(\.reply), ["亲，在的"])
    XCTAssertEqual(two.turns.first?.responseSeconds, 1.5)
    XCTAssertGreaterThanOrEqual(saves, 4)
    let screen = terminal.plainText
    XCTAssertTrue(screen.contains("回复2号："), screen)
    XCTAssertTrue(screen.contains("2 号买家进店了"), screen)
    XCTAssertTrue(screen.contains("买家·随和：我穿多大码"), "the buyer's answer is shown\n\(screen)")
    XCTAssertTrue(terminal.written.contains("\u{1B}[?1049h"), "the alternate screen")
    XCTAssertTrue(terminal.written.hasSuffix("\u{1B}[?25h\u{1B}[?1049l"), "and back")
  }

  func testWhenEveryBuyerHasBoughtTheScreenWaitsForAKeyBeforeTheCards() throws {
    let clock = ManualClock()
    let shift = try makeShift(clock)
    let terminal = ClockedTerminal(
      clock: clock,
      [
        .wait(1.2), .type("亲，在的哦"), .keys([0x0D]), .type("亲，M码合适哦"), .keys([0x0D]),
        .keys([0x0E]), .type("亲，在的哦"), .keys([0x0D]), .type("亲，M码合适哦"), .keys([0x0D]),
        .wait(3), .keys([0x0D]),
      ])
    let loop = ShiftLoop(backend: terminal, shift: shift, theme: .plain) {}
    XCTAssertEqual(try loop.run(), .finished)
    XCTAssertEqual(shift.buyers.map { $0.session?.outcome }, [.deal, .deal])
    XCTAssertTrue(terminal.plainText.contains("班次结束：每位买家都已下单或离开。按回车查看成绩"))
    XCTAssertTrue(terminal.steps.isEmpty, "the last key was read")
  }

  func state(waiting: [Double]) -> WorkbenchState {
    let rows = waiting.enumerated().map { i, s in
      WorkbenchState.Row(
        number: i + 1, persona: ["优柔寡断", "心直口快", "随和"][i % 3],
        product: "碎花雪纺连衣裙 129元", lastLine: "我160，一百斤，穿什么码合适？", unread: i == 1 ? 1 : 0,
        status: .waiting(seconds: s), limit: 6)
    }
    return WorkbenchState(
      rows: rows, active: 0, elapsed: 83, chatTitle: "1 号 买家·优柔寡断 · 碎花雪纺连衣裙 129元",
      messages: [
        .buyer(name: "买家·优柔寡断", text: "在吗？"),
        .seller(name: "我", text: "亲，您好，这款现货充足哦", seconds: 2.5, limit: 6),
      ],
      prompt: PromptState(elapsed: waiting[0], limit: 6, label: "回复1号"), flashOn: true)
  }

  func testAt80By24EveryRowFitsAndPlainTextCarriesTheMarks() {
    let frame = WorkbenchRenderer.frame(
      state(waiting: [2.5, 4.5, 7.2]), size: TerminalSize(columns: 80, rows: 24), theme: .plain)
    XCTAssertEqual(frame.lines.count, 24)
    for line in frame.lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 79, line) }
    let text = frame.lines.joined(separator: "\n")
    XCTAssertTrue(frame.lines[0].hasPrefix("客服工作台 · 班次 01:23 · Ctrl-N 换人"), frame.lines[0])
    XCTAssertTrue(text.contains("▶1 优柔寡断"), text)
    XCTAssertTrue(text.contains("!2 心直口快"), "past two thirds of the limit: a reminder\n\(text)")
    XCTAssertTrue(text.contains("!3 随和") && text.contains("等7.2s超时"), text)
    XCTAssertTrue(text.contains(" ● 我160"), "unread mark\n\(text)")
    XCTAssertTrue(text.contains("我：亲，您好，这款现货充足哦（2.5秒）"), text)
    XCTAssertEqual(frame.lines[frame.cursorRow].hasPrefix("回复1号："), true)
  }

  func testColourFlashesTheWaitingChatAndNarrowScreensGetATabLine() {
    let colour = WorkbenchRenderer.frame(
      state(waiting: [2.5, 4.5, 7.2]), size: TerminalSize(columns: 80, rows: 24),
      theme: Theme(useColor: true))
    XCTAssertTrue(colour.lines.joined().contains("\u{1B}[7m!2 心直口快"), "reverse video")
    XCTAssertTrue(colour.lines.joined().contains("\u{1B}[31m等7.2s超时"), "red past the limit")
    XCTAssertTrue(colour.lines.joined().contains("\u{1B}[33m等4.5s"), "amber near it")
    let narrow = WorkbenchRenderer.frame(
      state(waiting: [2.5, 4.5, 7.2]), size: TerminalSize(columns: 50, rows: 16), theme: .plain)
    XCTAssertEqual(narrow.lines.count, 16)
    XCTAssertEqual(narrow.lines[1], "▶1 等2.5s │ !2● 等4.5s │ !3 等7.2s超时")
    for line in narrow.lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 49, line) }
  }
}

final class NextChatKeyTests: XCTestCase {
  func testCtrlNIsTheNextChatKeyAndTypesNothing() {
    var decoder = KeyDecoder()
    XCTAssertEqual(decoder.decode([0x61, 0x0E, 0x62]), [.text("a"), .nextChat, .text("b")])
    var editor = LineEditor(text: "亲")
    XCTAssertEqual(editor.apply(.nextChat), .rejected(message: nil))
    XCTAssertEqual(editor.text, "亲")
  }
}

final class WorkbenchTextTests: XCTestCase {
  func testControlAndBidiCharactersInTheListAreShownNotRun() {
    let row = WorkbenchState.Row(
      number: 1, persona: "随和", product: "帆布袋\u{1B}[2J", lastLine: "在吗\u{202E}？\n好",
      unread: 0, status: .typing, limit: 6)
    let state = WorkbenchState(
      rows: [row], active: 0, elapsed: 0, chatTitle: "1 号\u{07}", messages: [],
      prompt: PromptState(label: "回复1号"))
    let text = WorkbenchRenderer.frame(
      state, size: TerminalSize(columns: 80, rows: 24), theme: .plain
    ).lines.joined(separator: "\n")
    XCTAssertFalse(text.contains("\u{1B}") || text.contains("\u{202E}") || text.contains("\u{07}"))
    XCTAssertTrue(text.contains("帆布袋␛[2J") && text.contains("在吗<U+202E>？ 好"), text)
  }
}

final class ShiftLoopSaveFailureTests: XCTestCase {
  struct FolderGone: Error, CustomStringConvertible {
    var description: String { "records/1.json: 无法保存练习记录（路径不存在）" }
  }

  func testAFailedSaveIsToldOnceAndTheShiftGoesOnToTheEnd() throws {
    let clock = ManualClock()
    let result = ScenarioParser.parse(loopScenarioText, path: "t.kefu", ruleIDs: RuleRegistry.ids)
    let scenario = try XCTUnwrap(result.playable)
    let shift = Shift(
      scenarios: [scenario, scenario], seeds: [1, 2], rubric: Rubric(), clock: clock,
      everyMilliseconds: 1_000, pacing: .scripted)
    let terminal = ClockedTerminal(
      clock: clock,
      [
        .wait(1.2), .type("亲，在的哦"), .keys([0x0D]), .type("亲，M码合适哦"), .keys([0x0D]),
        .keys([0x0E]), .type("亲，在的哦"), .keys([0x0D]), .type("亲，M码合适哦"), .keys([0x0D]),
        .wait(3), .keys([0x0D]),
      ])
    var attempts = 0
    let loop = ShiftLoop(backend: terminal, shift: shift, theme: .plain) {
      attempts += 1
      throw FolderGone()
    }
    XCTAssertEqual(try loop.run(), .finished, "a failed save does not end the shift")
    XCTAssertEqual(shift.buyers.map { $0.session?.outcome }, [.deal, .deal])
    XCTAssertGreaterThan(attempts, 4, "every change tries again")
    XCTAssertEqual(loop.saveFailure, "records/1.json: 无法保存练习记录（路径不存在）")
    XCTAssertTrue(terminal.plainText.contains("记录无法保存"), "the student is told")
  }
}
