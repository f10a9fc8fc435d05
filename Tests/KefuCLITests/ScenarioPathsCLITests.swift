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

  /// The grade each lesson's winning path earns: a sales lesson its tier (一等 for finding the
  /// need and cross-selling, 二等 for recommending the size the buyer asked about), every lesson
  /// without a chance to sell no tier at all — never 三等 for a perfect run; and no violation.
  func testEveryWinningPathEarnsTheTierItsLessonPromises() throws {
    let root = KefuProcess.repoRoot
    let promised: [String: String] = [
      "01-starter-greeting": "null", "02-sneaker-size": "2", "03-cross-sell-beach": "1",
      "04-courier-shipping": "null", "05-order-address-confirm": "null",
      "06-colour-difference": "null", "07-bargain-hold-price": "null",
      "08-slow-buyer-material": "null", "09-missing-item": "null", "10-quality-complaint": "null",
      "11-custom-no-return": "null", "12-account-address-change": "null",
      "13-suspicious-link": "null", "14-steady-air-purifier": "1", "15-kids-down-coat": "1",
      "16-sensitive-skin-cream": "1",
    ]
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    for (name, tier) in promised.sorted(by: { $0.key < $1.key }) {
      let run = try KefuProcess.run(
        [
          "play", "scenarios/\(name).kefu", "--script", "scenarios/paths/\(name).win.txt", "--json",
          "--records", records.path, "--name", "路径测试",
        ], directory: root)
      XCTAssertEqual(run.code, 0, "\(name): \(run.err)")
      XCTAssertTrue(
        run.out.contains("\"tier\":\(tier),"),
        "\(name) should earn tier \(tier): \(run.out.prefix(160))")
      // The lesson's model answer breaks no rule: 09 once read 「…核对后马上给您补发」 as an
      // order check missing its fields, 13 a warning against paying in private as leading off
      // the platform.
      XCTAssertTrue(
        run.out.contains("\"violations\":[]"),
        "\(name)'s winning path should break no rule: \(run.out)")
    }
  }
}
