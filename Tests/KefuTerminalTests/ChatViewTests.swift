import KefuText
import XCTest

@testable import KefuTerminal

final class TextWrapTests: XCTestCase {
  func testChineseWrapsByDisplayWidthNotCharacterCount() {
    XCTAssertEqual(TextWrap.lines("亲您好欢迎光临", width: 6), ["亲您好", "欢迎光", "临"])
    XCTAssertEqual(TextWrap.lines("亲您好欢迎光临", width: 7), ["亲您好", "欢迎光", "临"])
  }

  func testClosingPunctuationNeverStartsALine() {
    XCTAssertEqual(TextWrap.lines("亲您好，欢迎", width: 6), ["亲您", "好，欢", "迎"])
    // A run of punctuation wider than a line: it has to start a line somewhere.
    XCTAssertEqual(TextWrap.lines("好的。」嗯", width: 4), ["好", "的。", "」嗯"])
  }

  func testLatinWordsAndNumbersStayWhole() {
    XCTAssertEqual(TextWrap.lines("尺码选M码 size 160cm", width: 14), ["尺码选M码 size", "160cm"])
    XCTAssertEqual(TextWrap.lines("abc defgh", width: 6), ["abc", "defgh"])
    XCTAssertEqual(TextWrap.lines("abcdefghij", width: 4), ["abcd", "efgh", "ij"], "too long: cut")
  }

  func testLineBreaksAreKeptAndEmptyTextIsOneLine() {
    XCTAssertEqual(TextWrap.lines("好\n\n的", width: 10), ["好", "", "的"])
    XCTAssertEqual(TextWrap.lines("", width: 10), [""])
  }

  func testAWideCharacterInAOneColumnWidthStillShows() {
    XCTAssertEqual(TextWrap.lines("好的", width: 1), ["好", "的"])
  }

  func testHangingIndentUnderThePrefix() {
    XCTAssertEqual(
      TextWrap.lines("亲，这款现货充足哦", prefix: "买家·小美：", width: 24),
      ["买家·小美：亲，这款现货", "           充足哦"])
    // The prefix would leave less than half the line: continuation lines start at the margin.
    XCTAssertEqual(
      TextWrap.lines("亲，这款现货充足哦", prefix: "买家·小美：", width: 20),
      ["买家·小美：亲，这款", "现货充足哦"])
  }

  func testNoLineIsWiderThanAskedForMixedText() {
    let text = "亲，按您的身高160cm体重一百斤，M码会比较合身；如果喜欢宽松一点可以选L码，支持7天无理由退换哦！"
    for width in 2...50 {
      for line in TextWrap.lines(text, width: width) {
        XCTAssertLessThanOrEqual(DisplayWidth.of(line), max(width, 2), "\(width): \(line)")
      }
      XCTAssertEqual(
        TextWrap.lines(text, width: width).joined().filter { $0 != " " },
        text.filter { $0 != " " }, "nothing lost at \(width)")
    }
  }
}

final class ChatRendererTests: XCTestCase {
  func testBuyerMessageWithNameWrapsAt40Columns() {
    let view = ChatRenderer(width: 40, theme: .plain)
    XCTAssertEqual(ChatMessage.buyerLabel("小美"), "买家·小美")
    XCTAssertEqual(ChatMessage.buyerLabel(nil), "买家")
    let lines = view.lines(.buyer(name: "买家·小美", text: "我160，一百斤，穿什么码合适？平时穿M码有点紧"))
    XCTAssertEqual(lines, ["买家·小美：我160，一百斤，穿什么码合", "           适？平时穿M码有点紧"])
  }

  func testSellerMessageShowsItsTimeAndMarksItSlowInPlainText() {
    let view = ChatRenderer(width: 80, theme: .plain)
    XCTAssertEqual(
      view.lines(.seller(name: "我", text: "亲，在的哦", seconds: 2.34, limit: 6)),
      ["我：亲，在的哦（2.3秒）"])
    XCTAssertEqual(
      view.lines(.seller(name: "张三", text: "有货", seconds: 7.25, limit: 6)),
      ["张三：有货（7.3秒 超时）"])
    XCTAssertEqual(view.lines(.seller(name: "我", text: "好", seconds: nil, limit: nil)), ["我：好"])
  }

  func testSecondsNeverReadAsTheLimitWhenOverIt() {
    XCTAssertEqual(SecondsFormat.text(2.75), "2.8")
    XCTAssertEqual(SecondsFormat.text(6.04, limit: 6), "6.04")
    XCTAssertEqual(SecondsFormat.text(6.001, limit: 6), "6.01")
    XCTAssertEqual(SecondsFormat.text(6.08, limit: 6, roundingDown: true), "6.08")
    XCTAssertEqual(SecondsFormat.text(5.99, limit: 6, roundingDown: true), "5.9")
    XCTAssertEqual(SecondsFormat.text(5.97, limit: 6), "6.0", "not over the limit: rounded")
    XCTAssertEqual(SecondsFormat.limit(6), "6")
    XCTAssertEqual(SecondsFormat.limit(6.5), "6.5")
  }

  func testSystemNote() {
    XCTAssertEqual(
      ChatRenderer(width: 80, theme: .plain).lines(.system("买家已离开（流失）")), ["【提示】买家已离开（流失）"])
  }

  func testColourOnlyWhenEnabled() {
    let message = ChatMessage.seller(name: "我", text: "有货", seconds: 7, limit: 6)
    XCTAssertFalse(ChatRenderer(width: 80, theme: .plain).lines(message)[0].contains("\u{1B}"))
    let coloured = ChatRenderer(width: 80, theme: Theme(useColor: true)).lines(message)[0]
    XCTAssertTrue(coloured.contains("\u{1B}[31m（7.0秒 超时）\u{1B}[0m"))
    XCTAssertEqual(stripANSI(coloured), "我：有货（7.0秒 超时）")
  }

  func testThemeChoosesColourFromTerminalAndNO_COLOR() {
    XCTAssertTrue(Theme.useColor(outputIsTerminal: true, environment: [:]))
    XCTAssertFalse(Theme.useColor(outputIsTerminal: true, environment: ["NO_COLOR": ""]))
    XCTAssertFalse(Theme.useColor(outputIsTerminal: false, environment: [:]))
    XCTAssertEqual(Theme.plain.bad("超时"), "超时")
  }
}

final class PromptRendererTests: XCTestCase {
  private let phrases = ["亲，在的哦，请问有什么可以帮您？", "亲，M码比较合身哦"]

  func testFrameWithTimerPatiencePhrasesAndCursor() {
    let state = PromptState(
      elapsed: 3.25, limit: 6, patienceLeft: 2, patience: 3,
      editor: LineEditor(phrases: phrases, text: "亲，M码"))
    let frame = PromptRenderer.frame(state, width: 80, theme: .plain)
    XCTAssertEqual(
      frame.lines,
      [
        "⏱ 3.2s / 6s  耐心 2/3  Tab 快捷短语  Ctrl-C 结束",
        "/1 在的哦，请问有什么可以帮您？  /2 M码比较合身哦",
        "我：亲，M码",
      ])
    XCTAssertEqual(frame.cursorRow, 2)
    XCTAssertEqual(frame.cursorColumn, 4 + 7)
    XCTAssertEqual(frame.cursorText, "我：亲，M码")
  }

  func testPhraseLabelsSkipTheSharedOpeningAndUseTheWidth() {
    let shop = [
      "亲，您好，欢迎光临，这款有现货哦", "亲，您好，今天下单今天发货", "亲，尺码按平时穿的选就好", "感谢亲的支持，欢迎再来",
    ]
    XCTAssertEqual(
      PhraseLabels.distinct(shop),
      ["欢迎光临，这款有现货哦", "今天下单今天发货", "尺码按平时穿的选就好", "感谢亲的支持，欢迎再来"])
    XCTAssertEqual(PhraseLabels.distinct(["亲，", "亲，在的"]), ["亲，", "在的"], "never empty")
    XCTAssertEqual(
      PromptRenderer.phraseHint(shop, width: 119),
      ["/1 欢迎光临，这款有现货哦  /2 今天下单今天发货  /3 尺码按平时穿的选就好  /4 感谢亲的支持，欢迎再来"])
    let narrow = PromptRenderer.phraseHint(shop, width: 39)
    XCTAssertEqual(narrow.count, 2, "two rows rather than four stubs")
    XCTAssertEqual(narrow[0], "/1 欢迎光临，这款…  /2 今天下单今天发货", "the shorter label whole")
    for row in narrow { XCTAssertLessThanOrEqual(DisplayWidth.of(row), 39) }
  }

  func testFlowKeepsPartsWholeAndSplitsOnlyWhatCannotFit() {
    let parts = ["买家：随和", "商品：女士平角连体泳衣 169元", "回复时限 6 秒"]
    XCTAssertEqual(
      TextWrap.flow(parts, separator: "  ", width: 40),
      ["买家：随和  商品：女士平角连体泳衣 169元", "回复时限 6 秒"])
    XCTAssertEqual(
      TextWrap.flow(["回车发送", "Ctrl-C 结束并保存"], separator: " · ", width: 20),
      ["回车发送", "Ctrl-C 结束并保存"])
    XCTAssertEqual(TextWrap.flow(["一二三四五六七八"], separator: " ", width: 10), ["一二三四五", "六七八"])
  }

  func testTimerPastTheLimitSaysOvertimeAndIsRedWithColour() {
    let state = PromptState(elapsed: 7.1, limit: 6, showsPhrases: false)
    XCTAssertEqual(
      PromptRenderer.frame(state, width: 80, theme: .plain).lines[0],
      "⏱ 7.1s / 6s 超时  Ctrl-C 结束")
    let coloured = PromptRenderer.frame(state, width: 80, theme: Theme(useColor: true)).lines[0]
    XCTAssertTrue(coloured.hasPrefix("\u{1B}[31m⏱ 7.1s / 6s 超时\u{1B}[0m"))
  }

  func testNarrowTerminalKeepsWholePartsThatFit() {
    let state = PromptState(elapsed: 1, limit: 6.5, patienceLeft: 1, patience: 3)
    let frame = PromptRenderer.frame(state, width: 30, theme: .plain)
    XCTAssertEqual(frame.lines[0], "⏱ 1.0s / 6.5s  耐心 1/3")
    for line in frame.lines { XCTAssertLessThan(DisplayWidth.of(line), 30) }
  }

  func testLongInputWrapsUnderTheLabelAndTheCursorFollows() {
    var editor = LineEditor(text: "亲，不合身的话支持七天无理由退换，运费险也有的")
    var state = PromptState(editor: editor, showsPhrases: false)
    var frame = PromptRenderer.frame(state, width: 21, theme: .plain)
    // 20 usable columns: the label takes 4, so 16 columns (8 汉字) a row.
    XCTAssertEqual(
      Array(frame.lines.dropFirst()),
      ["我：亲，不合身的话支", "    持七天无理由退换", "    ，运费险也有的"])
    XCTAssertEqual(frame.cursorRow, 3)
    XCTAssertEqual(frame.cursorColumn, 4 + 14)
    editor.apply(.home)
    for _ in 0..<8 { editor.apply(.right) }
    state.editor = editor
    frame = PromptRenderer.frame(state, width: 21, theme: .plain)
    XCTAssertEqual(editor.cursor, 8)
    XCTAssertEqual(frame.cursorRow, 2)
    XCTAssertEqual(frame.cursorColumn, 4)
    XCTAssertEqual(frame.cursorText, "    ", "the cursor before 持, at the row's start")
    editor.apply(.right)
    state.editor = editor
    XCTAssertEqual(PromptRenderer.frame(state, width: 21, theme: .plain).cursorText, "    持")
  }

  func testCursorAfterAFullRowGoesToANewRow() {
    let state = PromptState(editor: LineEditor(text: "一二三四五六七八"), showsPhrases: false)
    let frame = PromptRenderer.frame(state, width: 21, theme: .plain)
    XCTAssertEqual(Array(frame.lines.dropFirst()), ["我：一二三四五六七八", "    "])
    XCTAssertEqual(frame.cursorRow, 2)
    XCTAssertEqual(frame.cursorColumn, 4)
  }

  func testNoticeAndWaitingForTheBuyer() {
    let state = PromptState(notice: "只有 2 条快捷短语（/1…/2）", showsPhrases: false)
    let frame = PromptRenderer.frame(state, width: 80, theme: .plain)
    XCTAssertEqual(frame.lines, ["只有 2 条快捷短语（/1…/2）", "等待买家…  Ctrl-C 结束", "我："])
  }
}

final class LiveRegionTests: XCTestCase {
  func testDrawThenRedrawMovesBackToTheRegionTop() {
    var region = LiveRegion()
    let frame = PromptFrame(lines: ["⏱ 1.0s / 6s", "我：好"], cursorRow: 1, cursorColumn: 6)
    XCTAssertEqual(
      region.draw(frame),
      "\u{1B}[?25l\u{1B}[?7l⏱ 1.0s / 6s\r\n我：好\r\u{1B}[6C\u{1B}[?7h\u{1B}[?25h")
    let next = PromptFrame(
      lines: ["⏱ 1.1s / 6s", "我：好", "x"], cursorRow: 1, cursorColumn: 6, cursorText: "我：好")
    XCTAssertEqual(
      region.draw(next),
      "\u{1B}[?25l\u{1B}[1A\r\u{1B}[J\u{1B}[?7l⏱ 1.1s / 6s\r\n我：好\r\nx\u{1B}[1A\r我：好"
        + "\u{1B}[?7h\u{1B}[?25h",
      "wrapping is off while the frame is drawn; the cursor goes after its row's text written again"
    )
  }

  func testPrintingMessagesScrollsThemAboveTheRegion() {
    var region = LiveRegion()
    let frame = PromptFrame(lines: ["状态", "我："], cursorRow: 1, cursorColumn: 4)
    _ = region.draw(frame)
    XCTAssertEqual(
      region.print(["买家：在吗？"], then: frame),
      "\u{1B}[1A\r\u{1B}[J买家：在吗？\r\n\u{1B}[?25l\u{1B}[?7l状态\r\n我：\r\u{1B}[4C\u{1B}[?7h\u{1B}[?25h",
      "messages are printed with wrapping on: a long one wraps rather than being cut")
    XCTAssertEqual(region.close(), "\u{1B}[1A\r\u{1B}[J")
    XCTAssertEqual(region.close(), "", "closing twice writes nothing")
  }
}
