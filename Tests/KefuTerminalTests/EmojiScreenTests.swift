import Foundation
import KefuEngine
import KefuRubric
import KefuScenario
import KefuText
import XCTest

@testable import KefuTerminal

/// Passes a `ClockedTerminal`'s input through and feeds what is written into a `ScreenModel`,
/// keeping the screen after every write.
final class ModelledTerminal: TerminalBackend {
  struct Snapshot {
    var lines: [String]
    var row: Int
    var column: Int
  }

  let input: ClockedTerminal
  let model: ScreenModel
  var snapshots: [Snapshot] = []
  var written = ""

  init(_ input: ClockedTerminal, model: ScreenModel) {
    self.input = input
    self.model = model
  }

  var isInteractive: Bool { true }
  var size: TerminalSize { TerminalSize(columns: model.columns, rows: model.rows) }
  func enterRawMode() throws {}
  func restore() {}
  var pendingSignal: TerminalSignal? { nil }
  func read(timeout: Double) -> TerminalInput { input.read(timeout: timeout) }
  func write(_ text: String) {
    written += text
    model.feed(text)
    snapshots.append(Snapshot(lines: model.lines, row: model.row, column: model.column))
  }
}

/// An emoji a terminal draws wider than kefu counted must not break the chat screen: the status
/// line used to be left behind on every tick of the timer (tmux 3.3a, 👍🏻 typed at 50 columns).
final class EmojiScreenTests: XCTestCase {
  private let reply = "亲，您好👍🏻👍🏻👍🏻👍🏻，这款保温十二小时全家都能用👨‍👩‍👧🇨🇳❤️好评"

  /// Plays solo on a modelled terminal: `steps` are typed after the buyer's first message.
  private func play(
    _ steps: [ClockedTerminal.Step], columns: Int, width: @escaping (Character) -> Int
  ) throws -> ModelledTerminal {
    let clock = ManualClock()
    let result = ScenarioParser.parse(loopScenarioText, path: "t.kefu", ruleIDs: RuleRegistry.ids)
    let scenario = try XCTUnwrap(result.playable, "\(result.diagnostics)")
    let session = Session(scenario: scenario, rubric: Rubric(), clock: clock)
    let terminal = ModelledTerminal(
      ClockedTerminal(clock: clock, steps),
      model: ScreenModel(columns: columns, rows: 20, width: width))
    _ = try PlayLoop(backend: terminal, session: session, players: .solo, theme: .plain) {}.run()
    return terminal
  }

  private func statusRows(_ lines: [String]) -> Int { lines.filter { $0.contains("⏱") }.count }

  private func assertTheStatusLineIsNeverLeftBehind(
    _ terminal: ModelledTerminal, file: StaticString = #filePath, line: UInt = #line
  ) {
    for (i, shot) in terminal.snapshots.enumerated() {
      XCTAssertLessThanOrEqual(
        statusRows(shot.lines), 1, "write \(i):\n" + shot.lines.joined(separator: "\n"),
        file: file, line: line)
    }
    XCTAssertEqual(
      statusRows(terminal.model.scrolledOff), 0, "nothing of the status line in the scrollback",
      file: file, line: line)
    XCTAssertEqual(
      statusRows(terminal.model.lines), 0, "the region is erased at the end",
      file: file, line: line)
  }

  func testATerminalDrawingEachCodePointKeepsOneStatusLineAndTheCursorAtTheEnd() throws {
    for columns in [30, 50, 80] {
      let terminal = try play(
        [.type(reply), .wait(1.5)], columns: columns, width: ScreenModel.perCodePoint)
      assertTheStatusLineIsNeverLeftBehind(terminal)
      // The last frame before the stop notice: the cursor stands right after the text typed.
      let stop = try XCTUnwrap(
        terminal.snapshots.firstIndex { $0.lines.contains { $0.contains("练习已中断") } })
      let shot = terminal.snapshots[stop - 1]
      let row = shot.lines[shot.row]
      XCTAssertTrue(row.hasSuffix("好评"), "\(columns): \(shot.lines)")
      XCTAssertEqual(
        shot.column, row.reduce(0) { $0 + ScreenModel.perCodePoint($1) }, "\(columns): \(row)")
      // Every row of the reply fits: nothing was cut at the edge.
      let first = try XCTUnwrap(shot.lines.firstIndex { $0.hasPrefix("我：") })
      let typed = shot.lines[first...shot.row].map { String($0.drop { $0 == " " }) }
      XCTAssertEqual(typed.joined(), "我：" + reply, "\(columns)")
    }
  }

  func testATerminalDrawingEmojiWiderThanCountedStillKeepsOneStatusLine() throws {
    // Wider than any terminal kefu knows: every cluster of several code points three columns
    // wider than kefu counts it. Rows are cut at the edge then, but never wrap.
    let wider = { (c: Character) in TerminalWidth.of(c) + (c.unicodeScalars.count > 1 ? 3 : 0) }
    for columns in [30, 50] {
      let terminal = try play([.type(reply), .wait(1.5)], columns: columns, width: wider)
      assertTheStatusLineIsNeverLeftBehind(terminal)
    }
    // A short line is not cut: the cursor goes where the terminal ended the text, not where
    // kefu counted (好的 4 columns, ❤️ 2 + 3).
    let terminal = try play([.type("好的❤️"), .wait(0.5)], columns: 40, width: wider)
    assertTheStatusLineIsNeverLeftBehind(terminal)
    let stop = try XCTUnwrap(
      terminal.snapshots.firstIndex { $0.lines.contains { $0.contains("练习已中断") } })
    let shot = terminal.snapshots[stop - 1]
    XCTAssertEqual(shot.lines[shot.row], "我：好的❤️")
    XCTAssertEqual(shot.column, 4 + 4 + 5)
  }

  func testASentReplyWithEmojiIsWrappedByKefuNotByTheTerminal() throws {
    for columns in [30, 50] {
      let terminal = try play(
        [.type(reply), .keys([0x0D]), .wait(0.3)], columns: columns,
        width: ScreenModel.perCodePoint)
      assertTheStatusLineIsNeverLeftBehind(terminal)
      let screen = terminal.model.scrolledOff + terminal.model.lines
      let first = try XCTUnwrap(screen.firstIndex { $0.hasPrefix("我：亲") })
      let last = try XCTUnwrap(screen.firstIndex { $0.contains("秒）") })
      XCTAssertGreaterThan(last, first, "the reply takes more than one row")
      for row in screen[(first + 1)...last] {
        XCTAssertTrue(row.hasPrefix("    "), "\(columns): a row the terminal wrapped: \(row)")
      }
    }
  }

  func testTheShiftWorkbenchNeverScrollsOrSpillsARow() throws {
    let clock = ManualClock()
    let result = ScenarioParser.parse(loopScenarioText, path: "t.kefu", ruleIDs: RuleRegistry.ids)
    let scenario = try XCTUnwrap(result.playable, "\(result.diagnostics)")
    let shift = Shift(
      scenarios: [scenario, scenario], seeds: [1, 2], rubric: Rubric(), clock: clock,
      everyMilliseconds: 1_000, pacing: .scripted)
    let wider = { (c: Character) in TerminalWidth.of(c) + (c.unicodeScalars.count > 1 ? 3 : 0) }
    let terminal = ModelledTerminal(
      ClockedTerminal(clock: clock, [.wait(1), .type(reply + reply), .wait(1), .keys([0x03])]),
      model: ScreenModel(columns: 80, rows: 24, width: wider))
    _ = try ShiftLoop(backend: terminal, shift: shift, theme: .plain) {}.run()
    XCTAssertTrue(terminal.written.contains("\u{1B}[?1049h\u{1B}[?7l"), "wrapping off")
    XCTAssertTrue(terminal.written.hasSuffix("\u{1B}[?7h\u{1B}[?25h\u{1B}[?1049l"), "and on")
    XCTAssertEqual(terminal.model.scrolledOff, [], "the screen never scrolled")
    let typing = try XCTUnwrap(terminal.snapshots.last { $0.lines.contains { $0.hasPrefix("回复") } })
    XCTAssertTrue(typing.lines[0].hasPrefix("客服工作台"), typing.lines.joined(separator: "\n"))
  }

  func testAReplyTallerThanTheScreenShowsTheRowsAroundTheCursor() throws {
    let long = String(repeating: "亲，这款保温杯👍🏻全家都能用❤️，保温十二小时，", count: 20)
    let terminal = try play(
      [.type(long), .wait(1), .keys([0x1B, 0x5B, 0x48]), .wait(0.5)], columns: 50,
      width: ScreenModel.perCodePoint)
    assertTheStatusLineIsNeverLeftBehind(terminal)
    let typed = try XCTUnwrap(
      terminal.snapshots.firstIndex { $0.lines.contains { $0.contains("⏱ 1.0s") } })
    let shot = terminal.snapshots[typed]
    XCTAssertEqual(statusRows(shot.lines), 1, "the status line is in view")
    XCTAssertEqual(shot.row, 19, "the cursor, at the end of the reply, on the bottom row")
    XCTAssertTrue(shot.lines[19].hasSuffix("时，"), shot.lines[19])
    // Home: the rows at the reply's start come into view, the cursor after the label.
    let home = try XCTUnwrap(terminal.snapshots.last { $0.lines.contains { $0.hasPrefix("我：亲") } })
    XCTAssertEqual(statusRows(home.lines), 1)
    XCTAssertEqual(home.lines[home.row].prefix(3), "我：亲")
    XCTAssertEqual(home.column, 4)
  }
}
