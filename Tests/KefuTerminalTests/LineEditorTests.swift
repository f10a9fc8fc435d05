import XCTest

@testable import KefuTerminal

final class LineEditorTests: XCTestCase {
  private let phrases = ["亲，在的哦，请问有什么可以帮您？", "亲，M码比较合身哦", "感谢您的支持"]

  /// Types the byte chunks through a decoder into an editor, as the play loop does.
  private func type(
    _ chunks: [[UInt8]], into editor: inout LineEditor
  ) -> [LineEditor.Action] {
    var decoder = KeyDecoder()
    return chunks.flatMap { editor.apply(decoder.decode($0)) }
  }

  private func typed(_ text: String, phrases: [String] = []) -> (LineEditor, [LineEditor.Action]) {
    var editor = LineEditor(phrases: phrases)
    let actions = type([Array(text.utf8)], into: &editor)
    return (editor, actions)
  }

  func testTypingChineseMovesTheCursorTwoColumnsPerHanzi() {
    let (editor, _) = typed("亲，M码")
    XCTAssertEqual(editor.text, "亲，M码")
    XCTAssertEqual(editor.cursor, 4)
    XCTAssertEqual(editor.cursorColumn, 7)
    XCTAssertEqual(editor.width, 7)
  }

  func testBackspaceDeletesOneHanziNotOneByte() {
    let (editor, _) = typed("您好\u{7F}")
    XCTAssertEqual(editor.text, "您")
    XCTAssertEqual(editor.cursorColumn, 2)
  }

  func testBackspaceDeletesAWholeEmojiCluster() {
    let (editor, _) = typed("好的👍🏽\u{7F}")
    XCTAssertEqual(editor.text, "好的")
  }

  func testInsertInTheMiddleAfterMovingLeft() {
    let (editor, _) = typed("亲码\u{1B}[D M\u{1B}[C")
    XCTAssertEqual(editor.text, "亲 M码")
    XCTAssertEqual(editor.cursor, 4)
  }

  func testHomeEndAndCtrlAE() {
    var (editor, _) = typed("合身\u{1}很")
    XCTAssertEqual(editor.text, "很合身")
    XCTAssertEqual(editor.cursorColumn, 2)
    _ = type([[0x05], Array("哦".utf8), Array("\u{1B}[H".utf8), Array("都".utf8)], into: &editor)
    XCTAssertEqual(editor.text, "都很合身哦")
    _ = type([Array("\u{1B}OF!".utf8)], into: &editor)
    XCTAssertEqual(editor.text, "都很合身哦!")
    XCTAssertEqual(editor.cursor, editor.buffer.count)
  }

  func testDeleteRemovesTheCharacterUnderTheCursor() {
    let (editor, actions) = typed("尺码\u{1}\u{1B}[3~")
    XCTAssertEqual(editor.text, "码")
    XCTAssertEqual(editor.cursor, 0)
    XCTAssertEqual(actions.last, .edited)
  }

  func testBackspaceAtStartAndDeleteAtEndAreRejected() {
    var editor = LineEditor()
    XCTAssertEqual(editor.apply(.backspace), .rejected(message: nil))
    editor.setText("好")
    XCTAssertEqual(editor.apply(.delete), .rejected(message: nil))
  }

  func testCtrlUClearsTheLine() {
    let (editor, _) = typed("亲，在的\u{15}")
    XCTAssertEqual(editor.text, "")
    XCTAssertEqual(editor.cursor, 0)
  }

  func testCtrlWDeletesBackToPunctuationInChinese() {
    var (editor, _) = typed("亲，您好呀\u{17}")
    XCTAssertEqual(editor.text, "亲，")
    editor.apply(.deleteWord)
    XCTAssertEqual(editor.text, "亲")
    (editor, _) = typed("size M  \u{17}")
    XCTAssertEqual(editor.text, "size ")
  }

  func testEnterSubmitsTheTrimmedLineAndEmptiesTheBuffer() {
    let (editor, actions) = typed("　亲，M码合身 \r")
    XCTAssertEqual(actions.last, .submit("亲，M码合身"))
    XCTAssertEqual(editor.text, "")
    XCTAssertEqual(editor.cursor, 0)
  }

  func testEnterOnABlankLineSendsNothing() {
    let (_, actions) = typed("  \r")
    XCTAssertEqual(actions.last, .rejected(message: nil))
  }

  func testCtrlCInterruptsAndCtrlDOnEmptyLineEndsInput() {
    XCTAssertEqual(typed("好\u{3}").1.last, .interrupt)
    XCTAssertEqual(typed("\u{4}").1, [.endOfInput])
    let (editor, actions) = typed("好的\u{1}\u{4}")
    XCTAssertEqual(actions.last, .edited, "Ctrl-D on a non-empty line deletes forward")
    XCTAssertEqual(editor.text, "的")
  }

  func testUTF8SplitAcrossChunksTypesWholeCharacters() {
    var editor = LineEditor()
    let bytes = Array("现货充足".utf8)
    _ = type(
      stride(from: 0, to: bytes.count, by: 5).map { Array(bytes[$0..<min($0 + 5, bytes.count)]) },
      into: &editor)
    XCTAssertEqual(editor.text, "现货充足")
    XCTAssertEqual(editor.cursorColumn, 8)
  }

  func testBracketedPasteInsertsAtTheCursorWithoutSubmitting() {
    var (editor, actions) = typed("亲，\u{1B}[200~七天无理由\r\n退换\u{1B}[201~")
    XCTAssertEqual(editor.text, "亲，七天无理由 退换")
    XCTAssertFalse(actions.contains { if case .submit = $0 { return true } else { return false } })
    editor.apply(.home)
    editor.apply(.paste("好的"))
    XCTAssertEqual(editor.text, "好的亲，七天无理由 退换")
    XCTAssertEqual(editor.cursor, 2)
  }

  func testCombiningMarkArrivingAloneJoinsThePreviousCharacter() {
    var editor = LineEditor(text: "cafe")
    editor.apply(.text("\u{301}"))
    XCTAssertEqual(editor.buffer.count, 4)
    XCTAssertEqual(editor.cursor, 4)
    XCTAssertEqual(editor.cursorColumn, 4)
  }

  func testTabInsertsAndCyclesQuickPhrases() {
    var editor = LineEditor(phrases: phrases)
    XCTAssertEqual(editor.apply(.tab), .edited)
    XCTAssertEqual(editor.text, phrases[0])
    editor.apply(.tab)
    XCTAssertEqual(editor.text, phrases[1])
    editor.apply(.tab)
    editor.apply(.tab)
    XCTAssertEqual(editor.text, phrases[0], "Tab goes round the list")
    editor.apply(.backTab)
    XCTAssertEqual(editor.text, phrases[2])
  }

  func testTabInsertsAtTheCursorAndAnotherKeyKeepsThePhrase() {
    var editor = LineEditor(phrases: phrases, text: "好的，")
    editor.apply(.tab)
    editor.apply(.tab)
    XCTAssertEqual(editor.text, "好的，亲，M码比较合身哦")
    editor.apply(.text("～"))
    editor.apply(.tab)
    XCTAssertEqual(editor.text, "好的，亲，M码比较合身哦～" + phrases[0], "a new Tab inserts anew")
  }

  func testSlashNumberThenEnterSendsThePhraseWithOneKey() {
    var editor = LineEditor(phrases: phrases)
    let actions = type([Array("/2\r".utf8)], into: &editor)
    XCTAssertEqual(actions.last, .submit(phrases[1]))
    XCTAssertEqual(editor.text, "", "sent: the line is empty again")
  }

  func testSlashNumberAfterTypedTextSendsTheTextAndThePhrase() {
    var editor = LineEditor(phrases: phrases)
    let actions = type([Array("好的，/3\r".utf8)], into: &editor)
    XCTAssertEqual(actions.last, .submit("好的，感谢您的支持"))
  }

  func testSlashNumberThenTabInsertsThePhraseInTheMiddleOfTheLine() {
    var editor = LineEditor(phrases: phrases, text: "好的，拍下就发")
    for _ in 0..<4 { editor.apply(.left) }
    editor.apply(.text("/2"))
    XCTAssertEqual(editor.apply(.tab), .edited)
    XCTAssertEqual(editor.text, "好的，亲，M码比较合身哦拍下就发")
    XCTAssertEqual(editor.cursor, Array("好的，亲，M码比较合身哦").count, "the cursor follows the phrase")
    editor.apply(.tab)
    XCTAssertEqual(editor.text, "好的，感谢您的支持拍下就发", "another Tab cycles the inserted phrase")
  }

  func testChineseIMESlashAndFullWidthDigitCount() {
    for line in ["、1", "／1", "/１", " /1 ", "在的/1"] {
      var editor = LineEditor(phrases: phrases, text: line)
      XCTAssertEqual(
        editor.apply(.enter),
        .submit(line.replacingOccurrences(of: " ", with: "").dropLast(2) + phrases[0]), line)
    }
  }

  func testSlashNumberWithoutSuchPhraseIsRejectedAndKept() {
    var editor = LineEditor(phrases: phrases, text: "/7")
    XCTAssertEqual(editor.apply(.enter), .rejected(message: "只有 3 条快捷短语（/1…/3）"))
    XCTAssertEqual(editor.text, "/7")
    editor = LineEditor(text: "/1")
    XCTAssertEqual(editor.apply(.tab), .rejected(message: "本场景没有快捷短语"))
  }

  func testLiteralSlashesInOrdinaryTextAreSent() {
    for line in ["1/2", "/", "/10", "/1码", "尺码 S/M/L", "/0", "M/2", "第3/4页"] {
      var editor = LineEditor(phrases: phrases, text: line)
      XCTAssertEqual(editor.apply(.enter), .submit(line), line)
    }
  }

  func testUpDownAndEscapeDoNothing() {
    var editor = LineEditor(text: "好")
    for key in [KeyEvent.up, .down, .escape] {
      XCTAssertEqual(editor.apply(key), .rejected(message: nil))
    }
    XCTAssertEqual(editor.text, "好")
  }

  func testWordMovesStopAtChinesePunctuation() {
    var editor = LineEditor(text: "亲，您好。谢谢")
    editor.apply(.wordLeft)
    XCTAssertEqual(editor.cursor, 5)
    editor.apply(.wordLeft)
    editor.apply(.wordLeft)
    XCTAssertEqual(editor.cursor, 2)
    editor.apply(.wordRight)
    XCTAssertEqual(editor.cursor, 4)
  }
}
