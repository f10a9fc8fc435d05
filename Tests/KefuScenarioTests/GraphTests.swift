import KefuScenario
import XCTest

final class GraphTests: XCTestCase {
  func testMermaidLabelsNodesEdgesAndStylesTheTwoEnds() throws {
    let s = try XCTUnwrap(lint(productSample).playable)
    let text = ScenarioGraph.mermaid(s)
    let lines = text.split(separator: "\n").map(String.init)
    XCTAssertEqual(lines.first, "flowchart TD")
    XCTAssertTrue(lines.contains(#"  n0["开场<br/>在吗？"]"#))
    XCTAssertTrue(lines.contains(#"  end_deal(["end 成交"])"#))
    XCTAssertTrue(lines.contains(#"  end_lost(["end 流失"])"#))
    XCTAssertTrue(lines.contains(#"  n0 -->|"has 有货#124;有的#124;在的#124;现货"| n2"#))
    XCTAssertTrue(lines.contains(#"  n3 -->|"rule rhetorical_question"| end_lost"#))
    XCTAssertTrue(lines.contains("  class end_deal deal"))
    XCTAssertTrue(lines.contains("  class end_lost lost"))
    XCTAssertEqual(lines.filter { $0.contains("-->") }.count, 15)
  }

  func testDotEscapesQuotesAndBackslashes() throws {
    let text =
      header + """
        == 说"你好"
        顾客: 他说："在吗"
        when /\\d+码/ -> end 成交
        otherwise -> end 流失
        """
    let s = try XCTUnwrap(lint(text).playable)
    let dot = ScenarioGraph.dot(s)
    XCTAssertTrue(dot.hasPrefix("digraph scenario {\n"))
    XCTAssertTrue(dot.contains(#"  n0 [label="说\"你好\"\n他说：\"在吗\"", penwidth=2];"#), dot)
    XCTAssertTrue(dot.contains(#"  n0 -> end_deal [label="/\\d+码/"];"#), dot)
    XCTAssertTrue(dot.hasSuffix("}\n"))
    let mermaid = ScenarioGraph.mermaid(s)
    XCTAssertTrue(mermaid.contains(#"  n0["说#quot;你好#quot;<br/>他说：#quot;在吗#quot;"]"#), mermaid)
  }

  func testOnlyTheEndsAScenarioUsesAreDrawn() throws {
    let s = try XCTUnwrap(lint(header + "== 开场\n顾客: 在\notherwise -> end 成交\n").playable)
    let text = ScenarioGraph.mermaid(s)
    XCTAssertTrue(text.contains("end_deal"))
    XCTAssertFalse(text.contains("end_lost"))
  }
}
