import KefuText
import XCTest

@testable import KefuTerminal

final class TerminalWidthTests: XCTestCase {
  func testOneCodePointCountsExactly() {
    XCTAssertEqual(TerminalWidth.of("亲，M码"), 7)
    XCTAssertEqual(TerminalWidth.of(Character("汉")), 2)
    XCTAssertEqual(TerminalWidth.of(Character("a")), 1)
    XCTAssertEqual(TerminalWidth.of(Character("😊")), 2)
    XCTAssertEqual(TerminalWidth.of(Character("⏱")), 1)
    XCTAssertEqual(TerminalWidth.of(Character("❤")), 1)
    XCTAssertEqual(TerminalWidth.of(Character("🏻")), 2, "a skin tone on its own")
  }

  /// Sequences count the most a terminal draws them: every code point's width (tmux 3.3a draws
  /// 👍🏻 in 4 columns, xterm 👨‍👩‍👧 in 6), a narrow base made emoji by VS16 two (VTE draws ❤️ in
  /// 2, tmux in 1).
  func testEmojiSequencesCountTheWidestATerminalDraws() {
    let cases: [(String, Int)] = [
      ("👍🏻", 4), ("👍🏽", 4), ("👨‍👩‍👧", 6), ("👩🏽‍💻", 6), ("🇨🇳", 2), ("❤️", 2), ("1️⃣", 2),
      ("🏳️‍🌈", 4), ("👍\u{FE0F}", 2),
    ]
    for (text, width) in cases {
      XCTAssertEqual(Array(text).count, 1, "\(text) is one character")
      XCTAssertEqual(TerminalWidth.of(Character(text)), width, text)
    }
    // What tmux 3.3a drew in a test (cursor advance), never more than counted.
    let tmux: [(String, Int)] = [
      ("👍🏻", 4), ("👨‍👩‍👧", 2), ("🇨🇳", 2), ("❤️", 1), ("1️⃣", 1), ("👩🏽‍💻", 4), ("🏳️‍🌈", 1),
    ]
    for (text, drawn) in tmux { XCTAssertGreaterThanOrEqual(TerminalWidth.of(text), drawn, text) }
    XCTAssertEqual(TerminalWidth.of("亲👍🏻好"), 2 + 4 + 2)
  }

  func testOtherClustersAreUnchanged() {
    XCTAssertEqual(TerminalWidth.of(Character("e\u{301}")), 1, "a combining accent")
    XCTAssertEqual(TerminalWidth.of(Character("\u{1112}\u{1161}\u{11AB}")), 2, "Hangul in jamo")
    XCTAssertEqual(TerminalWidth.of(Character("\r\n")), 0)
  }

  func testOddSequencesNeverCountLessThanTheirParts() {
    XCTAssertEqual(TerminalWidth.of(Character("❤\u{FE0F}\u{FE0F}")), 2, "VS16 twice widens once")
    XCTAssertEqual(TerminalWidth.of("\u{200D}"), 0, "a ZWJ alone")
    XCTAssertEqual(TerminalWidth.of("\u{FE0F}"), 0, "VS16 alone")
    // Fifty people joined by ZWJ: one character, a hundred columns, no cap.
    let chain = Array(repeating: "👨", count: 50).joined(separator: "\u{200D}")
    XCTAssertEqual(Array(chain).count, 1)
    XCTAssertEqual(TerminalWidth.of(chain), 100)
  }

  func testTheInputLineWrapsAnEmojiSequenceByItsWidestWidth() {
    // 20 usable columns, 16 after the label: 汉字 2, 👍🏻 4.
    let state = PromptState(
      editor: LineEditor(text: "好的好的👍🏻👍🏻👍🏻好的"), showsPhrases: false)
    let frame = PromptRenderer.frame(state, width: 21, theme: .plain)
    XCTAssertEqual(Array(frame.lines.dropFirst()), ["我：好的好的👍🏻👍🏻", "    👍🏻好的"])
    XCTAssertEqual(frame.cursorRow, 2)
    XCTAssertEqual(frame.cursorColumn, 4 + 8)
    XCTAssertEqual(frame.cursorText, "    👍🏻好的")
    // A character wider than a row gets a row of its own (the terminal cuts it at the edge).
    let chain = Array(repeating: "👨", count: 20).joined(separator: "\u{200D}")
    let long = PromptRenderer.frame(
      PromptState(editor: LineEditor(text: "好" + chain + "好"), showsPhrases: false), width: 21,
      theme: .plain)
    XCTAssertEqual(Array(long.lines.dropFirst()), ["我：好", "    " + chain, "    好"])
  }

  func testAnInputTallerThanTheHeightShowsTheRowsAroundTheCursor() {
    // 38 汉字 at 16 columns a row: five rows (8, 8, 8, 8, 6), the cursor after the last.
    let text = String(repeating: "一二三四五六七八九十", count: 4).dropLast(2)
    var state = PromptState(
      elapsed: 1, editor: LineEditor(phrases: ["亲，在的"], text: String(text)),
      notice: "提示", showsPhrases: true)
    var frame = PromptRenderer.frame(state, width: 21, height: 6, theme: .plain)
    XCTAssertEqual(
      frame.lines,
      ["提示", "⏱ 1.0s / 6s", "/1 亲，在的", "    七八九十一二三四", "    五六七八九十一二", "    三四五六七八"])
    XCTAssertEqual(frame.cursorRow, 5)
    XCTAssertEqual(frame.cursorText, "    三四五六七八")
    state.editor.apply(.home)
    frame = PromptRenderer.frame(state, width: 21, height: 6, theme: .plain)
    XCTAssertEqual(frame.lines[3], "我：一二三四五六七八")
    XCTAssertEqual(frame.cursorRow, 3)
    XCTAssertEqual(frame.cursorText, "我：")
    // Less room: the phrases go first, then the notice; the status line stays while it can.
    state.editor.apply(.end)
    XCTAssertEqual(
      PromptRenderer.frame(state, width: 21, height: 2, theme: .plain).lines,
      ["⏱ 1.0s / 6s", "    三四五六七八"])
    XCTAssertEqual(
      PromptRenderer.frame(state, width: 21, height: 1, theme: .plain).lines, ["    三四五六七八"])
    XCTAssertEqual(
      PromptRenderer.frame(state, width: 21, height: 0, theme: .plain).lines, ["    三四五六七八"],
      "never less than the cursor's row")
    // Room enough: the whole frame, as without a height.
    XCTAssertEqual(
      PromptRenderer.frame(state, width: 21, height: 9, theme: .plain),
      PromptRenderer.frame(state, width: 21, theme: .plain))
  }
}
