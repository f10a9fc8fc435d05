import XCTest

@testable import KefuTerminal

/// A terminal that replays scripted input and records what was written.
final class ScriptedTerminal: TerminalBackend {
  var inputs: [TerminalInput]
  var written = ""
  var raw = false
  var restoreCount = 0
  var size = TerminalSize(columns: 40, rows: 10)
  var pendingSignal: TerminalSignal?
  var isInteractive: Bool { true }

  init(_ inputs: [TerminalInput]) { self.inputs = inputs }
  convenience init(typing chunks: [String]) {
    self.init(chunks.map { .bytes(Array($0.utf8)) })
  }

  func enterRawMode() throws { raw = true }
  func restore() {
    if raw { restoreCount += 1 }
    raw = false
  }
  func read(timeout: Double) -> TerminalInput {
    guard !inputs.isEmpty else { return .endOfFile }
    let next = inputs.removeFirst()
    if case .signal(let s) = next { pendingSignal = s }
    return next
  }
  func write(_ text: String) { written += text }
}

final class ChatScreenTests: XCTestCase {
  private let phrases = ["亲，在的哦", "亲，M码合身"]

  private func screen(_ terminal: ScriptedTerminal) throws -> ChatScreen {
    let screen = ChatScreen(
      backend: terminal, theme: .plain,
      prompt: PromptState(limit: 6, editor: LineEditor(phrases: phrases)))
    try screen.start()
    return screen
  }

  func testTypingChineseInPiecesThenEnterReturnsTheReply() throws {
    let bytes = Array("亲，有货哦\r".utf8)
    let terminal = ScriptedTerminal([
      .bytes(Array(bytes[..<4])), .timeout, .bytes(Array(bytes[4...])),
    ])
    let screen = try screen(terminal)
    XCTAssertEqual(screen.readReply(elapsed: { 1.5 }), .reply("亲，有货哦"))
    XCTAssertTrue(terminal.written.contains("⏱ 1.5s / 6s"))
    XCTAssertEqual(screen.prompt.editor.text, "", "the input line is empty again")
  }

  func testEveryTypedOrPastedKeyIsReportedForTheFirstKeystroke() throws {
    let terminal = ScriptedTerminal([
      .timeout, .bytes(Array("亲，".utf8)), .bytes([0x7F]),
      .bytes(Array("\u{1B}[200~粘贴的字\u{1B}[201~".utf8)), .bytes(Array("有货\r".utf8)),
    ])
    let screen = try screen(terminal)
    var keys = 0
    XCTAssertEqual(
      screen.readReply(elapsed: { 1 }, onKey: { keys += 1 }), .reply("亲粘贴的字有货"))
    XCTAssertEqual(keys, 3, "text, paste and text; Backspace and Enter are not typing")
  }

  func testABlankEnterIsAReplyOnlyWhenAllowed() throws {
    let terminal = ScriptedTerminal(typing: ["  \r", "你好\r"])
    let screen = try screen(terminal)
    XCTAssertEqual(screen.readReply(elapsed: { nil }, allowsBlank: true), .reply(""))
    XCTAssertEqual(screen.readReply(elapsed: { nil }), .reply("你好"))
  }

  func testYieldingKeepsTheHalfTypedLine() throws {
    let terminal = ScriptedTerminal(typing: ["亲，在", "的\r"])
    let screen = try screen(terminal)
    var reads = 0
    XCTAssertEqual(
      screen.readReply(
        elapsed: { nil },
        yieldWhen: {
          reads += 1
          return reads == 2
        }), .yielded)
    XCTAssertEqual(screen.prompt.editor.text, "亲，在")
    screen.show([.buyer(name: "买家", text: "有人吗？")])
    XCTAssertEqual(screen.readReply(elapsed: { nil }), .reply("亲，在的"))
  }

  func testKeysAfterEnterInTheSameReadWaitForTheNextReply() throws {
    let terminal = ScriptedTerminal(typing: ["在的\r好的\r"])
    let screen = try screen(terminal)
    XCTAssertEqual(screen.readReply(elapsed: { nil }), .reply("在的"))
    XCTAssertEqual(screen.readReply(elapsed: { nil }), .reply("好的"))
    XCTAssertEqual(screen.readReply(elapsed: { nil }), .endOfInput)
  }

  func testQuickPhraseShortcutThenEnterSendsThePhrase() throws {
    let terminal = ScriptedTerminal(typing: ["/2\r", "\r"])
    let screen = try screen(terminal)
    XCTAssertEqual(screen.readReply(elapsed: { 0 }), .reply("亲，M码合身"))
  }

  func testRejectedShortcutShowsANotice() throws {
    let terminal = ScriptedTerminal(typing: ["/9\r"])
    let screen = try screen(terminal)
    _ = screen.readReply(elapsed: { 0 })
    XCTAssertTrue(terminal.written.contains("只有 2 条快捷短语（/1…/2）"))
  }

  func testCtrlCAndSignalsStopTheWait() throws {
    var terminal = ScriptedTerminal(typing: ["半句\u{3}"])
    XCTAssertEqual(try screen(terminal).readReply(elapsed: { 0 }), .interrupted)
    terminal = ScriptedTerminal([.timeout, .signal(.hangUp)])
    let screen = try screen(terminal)
    XCTAssertEqual(screen.readReply(elapsed: { 0 }), .signal(.hangUp))
    XCTAssertEqual(screen.readReply(elapsed: { 0 }), .signal(.hangUp), "a pending signal is final")
  }

  func testMessagesPrintAboveThePromptAndFinishRestoresOnce() throws {
    let terminal = ScriptedTerminal([])
    let screen = try screen(terminal)
    screen.show([.buyer(name: "买家", text: "在吗？")])
    XCTAssertTrue(terminal.written.contains("买家：在吗？\r\n"))
    screen.finish()
    screen.finish()
    XCTAssertEqual(terminal.restoreCount, 1)
    XCTAssertFalse(terminal.raw)
  }

  func testResizeRedrawsAtTheNewWidth() throws {
    let terminal = ScriptedTerminal([.resized])
    let screen = try screen(terminal)
    screen.show([.buyer(name: "买家", text: "一二三四五六七八九十一二三四五六七八九十")])
    terminal.size = TerminalSize(columns: 20, rows: 10)
    terminal.written = ""
    XCTAssertEqual(screen.readReply(elapsed: { nil }), .endOfInput)
    XCTAssertEqual(screen.width, 20)
    XCTAssertTrue(
      terminal.written.contains(LiveRegion.clearScreen + "买家：一二三四五六\r\n      七八九十"),
      terminal.written.debugDescription)
  }

  func testAResizeLaysTheHeaderOutAgainForTheNewWidth() throws {
    let terminal = ScriptedTerminal([.resized])
    let screen = try screen(terminal)
    screen.show(layout: { width in
      TextWrap.flow(["买家：慢性子", "商品：布艺收纳盒三件套", "回复时限 6 秒"], separator: "  ", width: width)
    })
    XCTAssertTrue(terminal.written.contains("买家：慢性子  商品：布艺收纳盒三件套\r\n回复时限 6 秒"))
    terminal.size = TerminalSize(columns: 80, rows: 10)
    terminal.written = ""
    XCTAssertEqual(screen.readReply(elapsed: { nil }), .endOfInput)
    XCTAssertTrue(
      terminal.written.contains(
        LiveRegion.clearScreen + "买家：慢性子  商品：布艺收纳盒三件套  回复时限 6 秒\r\n"),
      terminal.written.debugDescription)
  }
}
