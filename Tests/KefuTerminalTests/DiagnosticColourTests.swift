import KefuScenario
import KefuTerminal
import XCTest

final class DiagnosticColourTests: XCTestCase {
  let d = Diagnostic(
    code: .missingTarget, path: "a.kefu", location: SourceLocation(line: 3, column: 5),
    endColumn: 7, message: "跳转目标「问尺吗」不存在", sourceLine: "-> 问尺吗")

  func testTheThemeColoursTheSeverityOnlyWhenAsked() {
    let coloured = DiagnosticFormatter.text(d, mark: Theme(useColor: true).diagnosticMark)
    XCTAssertTrue(coloured.contains("\u{1B}[1;31merror[E012]\u{1B}[0m"), coloured)
    XCTAssertTrue(coloured.contains("\u{1B}[1;31m^^^^\u{1B}[0m"), coloured)
    XCTAssertEqual(
      DiagnosticFormatter.text(d, mark: Theme.plain.diagnosticMark), DiagnosticFormatter.text(d))
    XCTAssertEqual(Theme(useColor: true).severity("w", .warning), "\u{1B}[1;33mw\u{1B}[0m")
  }
}
