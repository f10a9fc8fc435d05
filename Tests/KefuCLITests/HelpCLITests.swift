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
}
