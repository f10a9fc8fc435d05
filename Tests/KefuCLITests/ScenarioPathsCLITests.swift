import Foundation
import XCTest

/// Every shipped scenario has a winning and a losing path in `scenarios/paths/`; each is played
/// with `kefu play --script`, which checks the path's own expectation line (`# 期望：成交|流失`)
/// and exits 1 when the ending differs. A teacher's edit that breaks a path fails here.
final class ScenarioPathsCLITests: XCTestCase {
  func testEveryShippedScenarioHasAWinningAndALosingPathThatStillWork() throws {
    let root = KefuProcess.repoRoot
    let scenarios = try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("scenarios").path
    ).filter { $0.hasSuffix(".kefu") }.sorted()
    XCTAssertGreaterThanOrEqual(scenarios.count, 12)
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    for file in scenarios {
      let name = String(file.dropLast(".kefu".count))
      for (kind, outcome) in [("win", "deal"), ("lose", "lost")] {
        let path = root.appendingPathComponent("scenarios/paths/\(name).\(kind).txt")
        guard let script = try? String(contentsOf: path, encoding: .utf8) else {
          XCTFail("\(name) has no \(kind) path at scenarios/paths/\(name).\(kind).txt")
          continue
        }
        let expected = script.split(separator: "\n").first { $0.hasPrefix("# 期望：") }
        XCTAssertEqual(
          expected, "# 期望：\(outcome == "deal" ? "成交" : "流失")",
          "\(name).\(kind).txt states the outcome its kind promises")
        let run = try KefuProcess.run(
          [
            "play", "scenarios/\(file)", "--script", "scenarios/paths/\(name).\(kind).txt",
            "--json", "--records", records.path, "--name", "路径测试",
          ], directory: root)
        XCTAssertEqual(run.code, 0, "\(name).\(kind): \(run.err)")
        XCTAssertTrue(
          run.out.contains("\"outcome\":\"\(outcome)\""),
          "\(name).\(kind).txt should end \(outcome): \(run.out.prefix(120))")
      }
    }
  }
}
