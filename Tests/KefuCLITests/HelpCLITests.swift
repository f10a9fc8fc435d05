import XCTest

final class HelpCLITests: XCTestCase {
  func testVersionAndHelpListEveryCommand() throws {
    let version = try KefuProcess.run(["--version"])
    XCTAssertEqual(version.code, 0)
    XCTAssertTrue(version.out.hasPrefix("kefu "))
    let help = try KefuProcess.run(["--help"])
    for name in ["play", "pair", "lint", "graph", "check", "rules", "grade", "export", "report"] {
      XCTAssertTrue(help.out.contains("  \(name) "), "--help lists \(name)")
    }
  }

  func testUnknownCommandAndFlagAreUsageErrorsWithSuggestions() throws {
    let command = try KefuProcess.run(["lnt"])
    XCTAssertEqual(command.code, 2)
    XCTAssertTrue(command.err.contains("kefu lint"))
    let flag = try KefuProcess.run(["lint", "--strct", "x.kefu"])
    XCTAssertEqual(flag.code, 2)
    XCTAssertTrue(flag.err.contains("--strict"))
  }

  /// After `--` every argument is a file, even one named like the help flag: `kefu check -- -h`
  /// had printed the usage instead of checking the file 「-h」.
  func testAfterDoubleDashAFileNamedLikeTheHelpFlagIsAFile() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    try "亲，您好，在的哦\n".write(
      to: dir.appendingPathComponent("-h"), atomically: true, encoding: .utf8)
    let check = try KefuProcess.run(["check", "--jsonl", "--", "-h"], directory: dir)
    XCTAssertEqual(check.code, 0, check.err)
    XCTAssertTrue(check.out.contains("亲，您好，在的哦"), check.out)
    let lint = try KefuProcess.run(["lint", "--", "--help"], directory: dir)
    XCTAssertEqual(lint.code, 1, lint.out)
    XCTAssertTrue(lint.out.contains("--help: error[E004]"), lint.out + lint.err)
    let help = try KefuProcess.run(["check", "-h", "--", "x"])
    XCTAssertEqual(help.code, 0)
    XCTAssertTrue(help.out.hasPrefix("用法：kefu check"), "before -- it is still the help flag")
  }
}
