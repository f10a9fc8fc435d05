import KefuScenario
import KefuText
import XCTest

final class FormatterTests: XCTestCase {
  let missingTarget = Diagnostic(
    code: .missingTarget, path: "scenarios/a.kefu", location: SourceLocation(line: 12, column: 16),
    endColumn: 19, message: "跳转目标「问尺吗」不存在", hint: "是不是「问尺码」？",
    sourceLine: "when has 有货 -> 问尺吗")

  func testCaretSitsUnderTheTokenAfterChineseText() {
    XCTAssertEqual(
      DiagnosticFormatter.text(missingTarget),
      """
      scenarios/a.kefu:12:16: error[E012]: 跳转目标「问尺吗」不存在
         12 | when has 有货 -> 问尺吗
            |                  ^^^^^^
      提示：是不是「问尺码」？

      """)
  }

  /// A line far wider than a terminal (a keyword list pasted as one line) is shown around the
  /// offending text, with ... for what is left out; the carets still sit under it.
  func testAVeryLongLineIsShownAroundTheError() {
    let words = (1...150).map { "保温\($0)" }.joined(separator: "|")
    let line = "when has " + words + " -> 问容量x"
    let column = line.unicodeScalars.count - 3
    let d = Diagnostic(
      code: .missingTarget, path: "c.kefu", location: SourceLocation(line: 16, column: column),
      endColumn: column + 4, message: "跳转目标「问容量x」不存在", sourceLine: line)
    let lines = DiagnosticFormatter.text(d).split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertTrue(lines[1].hasPrefix("   16 | ..."), String(lines[1]))
    XCTAssertTrue(lines[1].hasSuffix("-> 问容量x"), String(lines[1]))
    XCTAssertLessThanOrEqual(
      DisplayWidth.of(String(lines[1])), 8 + 3 + DiagnosticFormatter.shownWidth)
    // The carets sit under 问容量x: as many columns in as the text before it on the shown line.
    let shown = String(lines[1].dropFirst(8))
    let before = DisplayWidth.of(String(shown.prefix { $0 != "问" }))
    XCTAssertEqual(lines[2], "      | " + String(repeating: " ", count: before) + "^^^^^^^")
    // The middle of a long line: cut on both sides.
    var mid = d
    mid.location = SourceLocation(line: 16, column: 400)
    mid.endColumn = 402
    let middle = DiagnosticFormatter.text(mid).split(separator: "\n")[1]
    XCTAssertTrue(middle.hasPrefix("   16 | ...") && middle.hasSuffix("..."), String(middle))
  }

  func testCaretCountsFullWidthPunctuationAndTabs() {
    let d = Diagnostic(
      code: .unknownKeyword, path: "b.kefu", location: SourceLocation(line: 7, column: 8),
      endColumn: 11, message: "不认识的条件「hsa」", sourceLine: "\twhen：（hsa 有货")
    let lines = DiagnosticFormatter.text(d).split(separator: "\n", omittingEmptySubsequences: false)
    XCTAssertEqual(lines[0], "b.kefu:7:8: error[E011]: 不认识的条件「hsa」")
    XCTAssertEqual(lines[1], "    7 |     when：（hsa 有货")
    // tab = 4 columns, "when" 4, "：（" 4: the carets start 12 columns in.
    XCTAssertEqual(lines[2], "      |             ^^^")
    XCTAssertEqual(lines.count, 4, "no hint line without a hint")
  }

  func testRealDiagnosticRendersWithItsSourceLine() throws {
    let result = lint(
      header + "== 开场\n顾客: 有货吗\nwhen has 有货 -> 问尺吗\notherwise -> 问尺码\n"
        + "== 问尺码\n顾客: 多大码\notherwise -> end 成交\n")
    let d = try XCTUnwrap(result.diagnostics.first)
    XCTAssertEqual(
      DiagnosticFormatter.text(d),
      "t.kefu:5:16: error[E012]: 跳转目标「问尺吗」不存在\n"
        + "    5 | when has 有货 -> 问尺吗\n"
        + "      |                  ^^^^^^\n"
        + "提示：是不是「问尺码」？\n")
  }

  func testWholeFileProblemsHaveNoPositionAndWarningsSayWarning() {
    let missing = Diagnostic(
      code: .unreadableFile, path: "x.kefu", location: nil, message: "文件不存在")
    XCTAssertEqual(DiagnosticFormatter.text(missing), "x.kefu: error[E004]: 文件不存在\n")
    let warning = Diagnostic(
      code: .noOtherwise, path: "y.kefu", location: SourceLocation(line: 3, column: 4),
      endColumn: 6, message: "节点「开场」没有 otherwise 分支", sourceLine: "== 开场")
    XCTAssertEqual(
      DiagnosticFormatter.text(warning),
      "y.kefu:3:4: warning[W002]: 节点「开场」没有 otherwise 分支\n    3 | == 开场\n      |    ^^^^\n")
  }

  func testMarkStylesTheSeverityLabelAndTheCaretsOnly() {
    XCTAssertFalse(DiagnosticFormatter.text(missingTarget).contains("\u{1B}["))
    let marked = DiagnosticFormatter.text(missingTarget) { text, severity in
      "<\(severity.rawValue)>\(text)</>"
    }
    XCTAssertTrue(marked.contains("<error>error[E012]</>: 跳转目标"), marked)
    XCTAssertTrue(marked.contains("<error>^^^^^^</>"), marked)
    XCTAssertEqual(marked.components(separatedBy: "<error>").count, 3, marked)
  }

  func testSummaryLine() {
    XCTAssertEqual(
      DiagnosticFormatter.summary(errors: 2, warnings: 1, files: 5), "2 个错误，1 个警告，检查了 5 个文件")
  }

  func testJSONDocumentCarriesEveryField() {
    let file = LintResult(path: "scenarios/a.kefu", scenario: nil, diagnostics: [missingTarget])
    let missing = LintResult(
      path: "b.kefu", scenario: nil,
      diagnostics: [
        Diagnostic(code: .unreadableFile, path: "b.kefu", location: nil, message: "文件不存在")
      ])
    let clean = LintResult(path: "c.kefu", scenario: nil, diagnostics: [])
    XCTAssertEqual(
      DiagnosticFormatter.json([file, missing, clean]).text,
      #"{"files":3,"errors":2,"warnings":0,"diagnostics":["#
        + #"{"file":"scenarios/a.kefu","line":12,"column":16,"end_column":19,"severity":"error","#
        + #""code":"E012","message":"跳转目标「问尺吗」不存在","hint":"是不是「问尺码」？"},"#
        + #"{"file":"b.kefu","line":null,"column":null,"end_column":null,"severity":"error","#
        + #""code":"E004","message":"文件不存在","hint":null}]}"#)
  }
}
