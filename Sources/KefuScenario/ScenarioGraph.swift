import KefuText

/// A scenario's branches as a diagram: Mermaid (for a Markdown `mermaid` block) or Graphviz dot.
/// Node ids are safe ASCII (`n0`, `n1`, …, `end_deal`, `end_lost`); the labels carry the Chinese:
/// the node's name and the buyer's first line, the condition on each edge.
public enum ScenarioGraph {
  /// Buyer lines longer than this many display columns are cut with `…` in labels.
  static let labelWidth = 32

  /// Mermaid flowchart text.
  public static func mermaid(_ scenario: Scenario) -> String {
    var out = "flowchart TD\n"
    for (i, node) in scenario.nodes.enumerated() {
      var label = mermaidEscape(node.name)
      if let first = node.lines.first {
        label += "<br/>" + mermaidEscape(DisplayWidth.truncated(first.text, to: labelWidth))
      }
      out += "  n\(i)[\"\(label)\"]\n"
    }
    let ends = usedEnds(scenario)
    for outcome in ends {
      out += "  \(endID(outcome))([\"end \(outcome.chineseName)\"])\n"
    }
    let index = nodeIndex(scenario)
    for (i, node) in scenario.nodes.enumerated() {
      for branch in node.branches {
        guard let to = targetID(branch.target, index) else { continue }
        out += "  n\(i) -->|\"\(mermaidEscape(label(of: branch)))\"| \(to)\n"
      }
    }
    if !scenario.nodes.isEmpty {
      out += "  classDef start stroke-width:3px\n  class n0 start\n"
    }
    if ends.contains(.deal) {
      out += "  classDef deal fill:#d9f2d9,stroke:#2e7d32,color:#1b5e20\n  class end_deal deal\n"
    }
    if ends.contains(.lost) {
      out += "  classDef lost fill:#fde2e2,stroke:#c62828,color:#b71c1c\n  class end_lost lost\n"
    }
    return out
  }

  /// Graphviz dot text.
  public static func dot(_ scenario: Scenario) -> String {
    var out = "digraph scenario {\n"
    if let title = scenario.title { out += "  label=\"\(dotEscape(title))\";\n  labelloc=t;\n" }
    out += "  node [shape=box, style=rounded];\n"
    for (i, node) in scenario.nodes.enumerated() {
      var label = dotEscape(node.name)
      if let first = node.lines.first {
        label += "\\n" + dotEscape(DisplayWidth.truncated(first.text, to: labelWidth))
      }
      let extra = i == 0 ? ", penwidth=2" : ""
      out += "  n\(i) [label=\"\(label)\"\(extra)];\n"
    }
    let ends = usedEnds(scenario)
    for outcome in ends {
      let colors =
        outcome == .deal
        ? "fillcolor=\"#d9f2d9\", color=\"#2e7d32\"" : "fillcolor=\"#fde2e2\", color=\"#c62828\""
      out += "  \(endID(outcome)) [label=\"end \(outcome.chineseName)\", shape=doubleoctagon, "
      out += "style=filled, \(colors)];\n"
    }
    let index = nodeIndex(scenario)
    for (i, node) in scenario.nodes.enumerated() {
      for branch in node.branches {
        guard let to = targetID(branch.target, index) else { continue }
        out += "  n\(i) -> \(to) [label=\"\(dotEscape(label(of: branch)))\"];\n"
      }
    }
    out += "}\n"
    return out
  }

  /// The edge label: the condition as written.
  static func label(of branch: Branch) -> String {
    branch.conditionText.isEmpty ? branch.condition.text : branch.conditionText
  }

  /// Mermaid entity codes for what would end or break a quoted label.
  static func mermaidEscape(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "\"": out += "#quot;"
      case "#": out += "#35;"
      case "<": out += "#lt;"
      case ">": out += "#gt;"
      case "|": out += "#124;"
      case "\n", "\r": out += " "
      default: out.append(ch)
      }
    }
    return out
  }

  /// Backslash escapes for a dot double-quoted string (a backslash must not start `\n`, `\l`).
  static func dotEscape(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n", "\r": out += " "
      default: out.append(ch)
      }
    }
    return out
  }

  private static func nodeIndex(_ scenario: Scenario) -> [String: Int] {
    var index: [String: Int] = [:]
    for (i, node) in scenario.nodes.enumerated() where index[node.name] == nil {
      index[node.name] = i
    }
    return index
  }

  private static func targetID(_ target: Target, _ index: [String: Int]) -> String? {
    switch target {
    case .end(let outcome): return endID(outcome)
    case .node(let name): return index[name].map { "n\($0)" }
    }
  }

  private static func endID(_ outcome: EndOutcome) -> String {
    outcome == .deal ? "end_deal" : "end_lost"
  }

  private static func usedEnds(_ scenario: Scenario) -> [EndOutcome] {
    var used = Set<EndOutcome>()
    for node in scenario.nodes {
      for branch in node.branches {
        if case .end(let outcome) = branch.target { used.insert(outcome) }
      }
    }
    return [EndOutcome.deal, .lost].filter { used.contains($0) }
  }
}
