import Foundation
import XCTest

/// `kefu graph` end to end.
final class GraphCLITests: XCTestCase {
  func scenarioFolder(_ text: String) throws -> URL {
    let dir = try KefuProcess.temporaryDirectory()
    try Data(text.utf8).write(to: dir.appendingPathComponent("s.kefu"))
    return dir
  }

  func testMermaidByDefault() throws {
    let dir = try scenarioFolder(LintCLITests.good)
    let run = try KefuProcess.run(["graph", "s.kefu"], directory: dir)
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertEqual(
      run.out,
      """
      flowchart TD
        n0["开场<br/>今天能发货吗"]
        end_deal(["end 成交"])
        end_lost(["end 流失"])
        n0 -->|"has 今天#124;马上"| end_deal
        n0 -->|"otherwise"| end_lost
        classDef start stroke-width:3px
        class n0 start
        classDef deal fill:#d9f2d9,stroke:#2e7d32,color:#1b5e20
        class end_deal deal
        classDef lost fill:#fde2e2,stroke:#c62828,color:#b71c1c
        class end_lost lost

      """)
  }

  func testDotFormat() throws {
    let dir = try scenarioFolder(LintCLITests.good)
    let run = try KefuProcess.run(["graph", "s.kefu", "--format", "dot"], directory: dir)
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertEqual(
      run.out,
      """
      digraph scenario {
        label="问发货";
        labelloc=t;
        node [shape=box, style=rounded];
        n0 [label="开场\\n今天能发货吗", penwidth=2];
        end_deal [label="end 成交", shape=doubleoctagon, style=filled, fillcolor="#d9f2d9", color="#2e7d32"];
        end_lost [label="end 流失", shape=doubleoctagon, style=filled, fillcolor="#fde2e2", color="#c62828"];
        n0 -> end_deal [label="has 今天|马上"];
        n0 -> end_lost [label="otherwise"];
      }

      """)
  }

  func testBrokenScenarioPrintsItsErrorsToStderrAndExitsOne() throws {
    let dir = try scenarioFolder(LintCLITests.broken)
    let run = try KefuProcess.run(["graph", "s.kefu"], directory: dir)
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(run.out, "")
    XCTAssertTrue(run.err.hasPrefix("s.kefu:5:16: error[E012]: 跳转目标「问尺吗」不存在\n"), run.err)
    XCTAssertTrue(run.err.contains("s.kefu:9:6: error[E011]"), run.err)
    XCTAssertTrue(run.err.hasSuffix("kefu graph: s.kefu 有 2 个错误，先用 kefu lint 修好再画图\n"), run.err)
  }

  func testUsageErrors() throws {
    XCTAssertEqual(try KefuProcess.run(["graph"]).code, 2)
    XCTAssertEqual(try KefuProcess.run(["graph", "a.kefu", "--format", "png"]).code, 2)
    XCTAssertEqual(try KefuProcess.run(["graph", "a.kefu", "b.kefu"]).code, 2)
    let missing = try KefuProcess.run(["graph", "nope.kefu"])
    XCTAssertEqual(missing.code, 1)
    XCTAssertTrue(missing.err.contains("nope.kefu: error[E004]: 文件不存在"), missing.err)
  }

  func testHtmlWritesAPageAndSaysWhereItWent() throws {
    let dir = try scenarioFolder(LintCLITests.good)
    let run = try KefuProcess.run(["graph", "s.kefu", "--html", "分支图.html"], directory: dir)
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertEqual(run.out, "")
    XCTAssertEqual(run.err, "已把分支图写成网页：分支图.html（用浏览器打开）\n")
    let page = try String(contentsOf: dir.appendingPathComponent("分支图.html"), encoding: .utf8)
    XCTAssertTrue(page.contains("<svg"), page.prefix(200).description)
    XCTAssertTrue(page.contains("has 今天|马上"))

    let both = try KefuProcess.run(
      ["graph", "s.kefu", "--html", "b.html", "--format", "dot"], directory: dir)
    XCTAssertEqual(both.code, 0, both.err)
    XCTAssertTrue(both.out.hasPrefix("digraph scenario {"), both.out)
    XCTAssertEqual(both.err, "已把分支图写成网页：b.html（用浏览器打开）\n")

    let nowhere = try KefuProcess.run(
      ["graph", "s.kefu", "--html", "no/such/folder/m.html"], directory: dir)
    XCTAssertEqual(nowhere.code, 1)
    XCTAssertTrue(nowhere.err.contains("no/such/folder/m.html"), nowhere.err)
  }

  func testEveryShippedScenarioDrawsAMap() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let root = KefuProcess.repoRoot
    for file in try FileManager.default.contentsOfDirectory(
      atPath: root.appendingPathComponent("scenarios").path
    ) where file.hasSuffix(".kefu") {
      let out = dir.appendingPathComponent(file + ".html").path
      let run = try KefuProcess.run(["graph", "scenarios/\(file)", "--html", out], directory: root)
      XCTAssertEqual(run.code, 0, "\(file): \(run.err)")
    }
  }
}

/// The branch map in a real browser: no label outside its card or its picture, nothing wider
/// than the window.
final class GraphBrowserTests: XCTestCase {
  func testShippedMapsLayOutInARealBrowserWithEveryLabelInsideItsCard() throws {
    _ = try BrowserCheck.requireBrowser()
    let dir = try KefuProcess.temporaryDirectory()
    for name in ["07-bargain-hold-price", "12-account-address-change"] {
      let page = dir.appendingPathComponent("\(name).html")
      let run = try KefuProcess.run(
        ["graph", "scenarios/\(name).kefu", "--html", page.path], directory: KefuProcess.repoRoot)
      XCTAssertEqual(run.code, 0, run.err)
      for width in [1280, 480] {
        let shot = dir.appendingPathComponent("\(name)-\(width).png")
        let problems = try BrowserCheck.layoutProblems(of: page, width: width, screenshot: shot)
        XCTAssertEqual(problems, [], "\(name) at \(width) px (screenshot: \(shot.path))")
      }
    }
  }
}
