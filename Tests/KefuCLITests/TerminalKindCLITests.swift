import Foundation
import XCTest

/// `TERM=dumb` (an editor's shell window, some IDE consoles) is a terminal that cannot move the
/// cursor or show colour: the chat screen there was a stream of escape codes, and kefu lint's
/// report was coloured in it.
final class TerminalKindCLITests: XCTestCase {
  func testTheChatScreensRefuseADumbTerminalAndSaySo() throws {
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    let lesson = "scenarios/01-starter-greeting.kefu"
    for args in [
      ["play", lesson, "--name", "甲"], ["pair", lesson, "--seller", "甲", "--buyer", "乙"],
      ["shift", lesson, lesson, "--name", "甲"], ["host", lesson, "--name", "甲", "--port", "17421"],
      ["join", "127.0.0.1:9", "--code", "1234", "--name", "乙"],
    ] {
      let kefu = try PtyKefu(
        args + ["--records", records.path], directory: KefuProcess.repoRoot,
        environment: ["TERM": "dumb"])
      let shown = kefu.waitFor("画不出练习界面")
      XCTAssertEqual(kefu.waitForExit(), 2, "\(args)")
      XCTAssertFalse(shown.contains("\u{1B}["), "\(args): \(shown.debugDescription)")
    }
    let left = try FileManager.default.contentsOfDirectory(atPath: records.path)
    XCTAssertEqual(left, [], "nothing is played, nothing saved")
  }

  /// `kefu play` without a name asked for it first and refused only after the student typed it.
  func testPlayOnADumbTerminalRefusesBeforeAskingForTheName() throws {
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    let kefu = try PtyKefu(
      ["play", "scenarios/01-starter-greeting.kefu", "--records", records.path],
      directory: KefuProcess.repoRoot, environment: ["TERM": "dumb"])
    let shown = kefu.waitFor("画不出练习界面")
    XCTAssertEqual(kefu.waitForExit(), 2)
    XCTAssertFalse(shown.contains("请输入你的姓名"), shown)
  }

  func testReportsAreNotColouredOnADumbTerminal() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let path = dir.appendingPathComponent("坏.kefu").path
    try "title: 坏\n== 开场\n顾客: 在吗\notherwise -> 没有\n".write(
      toFile: path, atomically: true, encoding: .utf8)
    for (term, coloured) in [("xterm", true), ("dumb", false)] {
      let kefu = try PtyKefu(
        ["lint", path], directory: KefuProcess.repoRoot,
        environment: ["TERM": term, "NO_COLOR": nil])
      let shown = kefu.waitFor("个错误")
      XCTAssertEqual(kefu.waitForExit(), 1)
      XCTAssertEqual(shown.contains("\u{1B}["), coloured, "TERM=\(term): \(shown.debugDescription)")
    }
  }
}
