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

  // MARK: - The HTML branch map

  func testTheMapDrawsEveryNodeInReadingOrderEveryConditionAndColouredEnds() throws {
    let s = try XCTUnwrap(lint(productSample).playable)
    let page = ScenarioMap.html(s)
    XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
    XCTAssertTrue(page.contains("<title>分支图：连衣裙尺码咨询</title>"))
    XCTAssertFalse(page.lowercased().contains("<script"), "no scripts")
    XCTAssertFalse(page.contains("http://") && page.contains("<link"), "nothing fetched")
    var last = page.startIndex
    for name in ["开场", "催问", "问尺码", "犹豫", "拿不准", "成交", "问发货"] {
      let found = try XCTUnwrap(
        page.range(of: ">\(name)<", range: last..<page.endIndex), "\(name) after the one before")
      last = found.upperBound
    }
    for condition in [
      "has 有货|有的|在的|现货", "/[SML]码|均码/", "rule rhetorical_question", "step objection", "slow",
    ] {
      XCTAssertTrue(page.contains(condition), condition)
    }
    XCTAssertEqual(page.components(separatedBy: "marker-end=").count - 1, 15, "one arrow a branch")
    XCTAssertTrue(page.contains("fill=\"#d9f2d9\""), "the deal end is green")
    XCTAssertTrue(page.contains("fill=\"#fde2e2\""), "the lost end is red")
    XCTAssertTrue(page.contains(">end 成交</text>") && page.contains(">end 流失</text>"))
  }

  func testTheMapEscapesMarkupWrapsLongConditionsAndShowsPartingLines() throws {
    let text =
      header + """
        == 说<b>"你好"</b>
        顾客: 他说：<script>alert(1)</script>
        when /[0-9一二三四五六七八九十]+码|均码|大码|小码|中码|加大码|特大码|标准码|偏大|偏小|宽松一点|修身一点|显瘦一点|长一点|短一点|正常码/ -> end 成交
        otherwise -> end 流失：算了 & 再见
        """
    let s = try XCTUnwrap(lint(text).playable)
    let page = ScenarioMap.html(s)
    XCTAssertFalse(page.contains("<script>"))
    XCTAssertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    XCTAssertTrue(page.contains("说&lt;b&gt;&quot;你好&quot;&lt;/b&gt;"))
    XCTAssertTrue(page.contains("「算了 &amp; 再见」"), "the parting line under its end")
    XCTAssertTrue(page.contains("…</text>"), "a long regex is cut on the map")
    XCTAssertTrue(page.contains("<title>说&lt;b&gt;"), "the arrow's tooltip keeps it whole")
    XCTAssertTrue(page.contains("偏小|宽松一点|修身一点|显瘦一点|长一点|短一点|正常码/ → end 成交</title>"))
  }

  func testAHasListOnTheMapBreaksAfterABarNotInsideAWord() throws {
    let text =
      header + """
        == 开场
        顾客: 有没有酒精
        when has 无酒精|没有酒精|不含酒精|0酒精|无香精 -> end 成交
        otherwise -> end 流失
        """
    let s = try XCTUnwrap(lint(text).playable)
    let page = ScenarioMap.html(s)
    XCTAssertTrue(page.contains(">has 无酒精|没有酒精|不含酒精|</text>"), page)
    XCTAssertTrue(page.contains(">0酒精|无香精</text>"), page)
    XCTAssertFalse(page.contains("0酒</text>"), "「0酒精」 is not torn")
  }
}
