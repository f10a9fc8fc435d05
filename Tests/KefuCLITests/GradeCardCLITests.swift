import Foundation
import XCTest

/// `kefu play --script` on the PRODUCT.md sample, compared whole: the transcript and the grade
/// card exactly as a student sees them when piped. After a deliberate change to the rubric or
/// the card, regenerate the fixture with the command in `Fixtures/README.md`.
final class GradeCardCLITests: XCTestCase {
  func testTheSampleGoodPathPrintsThisExactCard() throws {
    let fixtures = KefuProcess.repoRoot.appendingPathComponent("Tests/KefuCLITests/Fixtures")
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    let run = try KefuProcess.run(
      [
        "play", "sample.kefu", "--script", "sample.win.txt", "--name", "张三", "--id", "2024001",
        "--class", "电商1班", "--records", records.path,
      ], directory: fixtures)
    XCTAssertEqual(run.code, 0, run.err)
    let expected = try String(
      contentsOf: fixtures.appendingPathComponent("sample.win.card.txt"), encoding: .utf8)
    XCTAssertEqual(run.out, expected)
  }

  func testRegradingTheRecordGivesTheSameGradeAsPlaying() throws {
    let fixtures = KefuProcess.repoRoot.appendingPathComponent("Tests/KefuCLITests/Fixtures")
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    let played = try KefuProcess.run(
      ["play", "sample.kefu", "--script", "sample.win.txt", "--json", "--records", records.path],
      directory: fixtures)
    let record = try XCTUnwrap(
      FileManager.default.contentsOfDirectory(atPath: records.path).first { $0.hasSuffix(".json") })
    let graded = try KefuProcess.run(
      ["grade", records.appendingPathComponent(record).path, "--json"], directory: fixtures)
    XCTAssertEqual(graded.code, 0, graded.err)
    // The contract's keys come first and must agree; `grade` appends its own fields after them.
    let prefix = played.out.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
    XCTAssertTrue(graded.out.hasPrefix(String(prefix)), "\(played.out)\n\(graded.out)")
  }
}
