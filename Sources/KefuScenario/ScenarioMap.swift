import KefuText

/// A scenario's branch map as one self-contained HTML page with an inline SVG picture, drawn by
/// kefu itself so a teacher can open it in any browser with no other tool (`kefu graph FILE
/// --html map.html`). No scripts, no fonts or files fetched from anywhere.
///
/// The picture: one card per node, in reading order from top to bottom (the opening node
/// first, marked 开场). A card shows the node's name, every buyer line, then one row per branch:
/// its condition and where it leads. Each branch's arrow leaves from its own row, so the
/// condition is written at the arrow's start, and runs in a lane to the right of the cards to
/// the card (or end) it leads to. The ends are coloured boxes under the cards: 成交 green,
/// 流失 red, and the arrows into them take their colour. A parting line
/// (`end 流失：台词`) is shown under its target.
public enum ScenarioMap {
  // Geometry, in CSS pixels. Text is measured as the page's 14 px sans-serif draws it: a
  // Chinese character 14 px, anything narrower at most 8 px.
  static let margin = 24
  static let cardX = 24
  static let cardWidth = 440
  static let padding = 12
  static let lineHeight = 20
  static let conditionWidth = 250
  static let laneGap = 14
  static let cardGap = 22
  static let endWidth = 160
  static let endHeight = 40

  static let dealColor = "#2e7d32"
  static let lostColor = "#c62828"
  static let edgeColor = "#546e7a"
  /// A long condition (a big regex) shows its first lines; the arrow's tooltip has it whole.
  static let conditionLines = 3

  /// The whole HTML page.
  public static func html(_ scenario: Scenario) -> String {
    let title = scenario.title ?? scenario.path
    var facts: [String] = []
    if let persona = scenario.persona { facts.append("买家性格：\(persona.name)") }
    facts.append("耐心：\(scenario.patience)")
    if let limit = scenario.limitSeconds { facts.append("回复时限：\(formatSeconds(limit)) 秒") }
    if let product = scenario.product { facts.append("商品：\(product)") }
    var page = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>分支图：\(HTMLText.escape(title))</title>
      <style>
      body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #263238; }
      h1 { font-size: 22px; margin: 0 0 6px; }
      p { margin: 4px 0; font-size: 14px; }
      .legend span { display: inline-block; margin-right: 18px; }
      .swatch { display: inline-block; width: 12px; height: 12px; vertical-align: -1px; margin-right: 4px; border: 1px solid #455a64; }
      svg { max-width: 100%; height: auto; margin-top: 12px; }
      svg text { font-family: inherit; font-size: 14px; }
      </style>
      </head>
      <body>
      <h1>\(HTMLText.escape(title))</h1>
      <p>\(HTMLText.escape(facts.joined(separator: "　")))</p>
      <p class="legend"><span><span class="swatch" style="border-width:3px"></span>开场节点</span><span><span class="swatch" style="background:#d9f2d9;border-color:\(dealColor)"></span>成交</span><span><span class="swatch" style="background:#fde2e2;border-color:\(lostColor)"></span>流失</span><span>箭头从它的条件出发，指向回复满足条件后的去处；分支从上往下试，第一条成立的生效。</span></p>

      """
    page += svg(scenario)
    page += "\n<p>由 kefu graph 生成：\(HTMLText.escape(scenario.path))</p>\n</body>\n</html>\n"
    return page
  }

  /// The picture alone, as an `<svg>` element.
  public static func svg(_ scenario: Scenario) -> String {
    let layout = Layout(scenario)
    var body = ""
    for card in layout.cards { body += draw(card) }
    for end in layout.ends { body += draw(end) }
    for edge in layout.edges { body += draw(edge, layout: layout) }
    let width = layout.laneX(layout.laneCount) + margin
    let height = layout.height
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
    out += "viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-label=\"分支图\">\n<defs>\n"
    for (name, color) in [("edge", edgeColor), ("deal", dealColor), ("lost", lostColor)] {
      out += "<marker id=\"arrow-\(name)\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" "
      out += "markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">"
      out += "<path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(color)\"/></marker>\n"
    }
    out += "</defs>\n" + body + "</svg>\n"
    return out
  }

  // MARK: - Layout

  /// A node's card: its text rows and where each branch's arrow leaves.
  struct Card {
    var index: Int
    var name: String
    var y: Int
    var height: Int
    var buyerLines: [[String]]
    var rows: [BranchRow]
  }

  struct BranchRow {
    var y: Int
    var height: Int
    var condition: [String]
    var target: [String]
    var parting: [String]
    var outcome: EndOutcome?
  }

  struct EndBox {
    var outcome: EndOutcome
    var y: Int
  }

  struct Edge {
    var fromY: Int
    var toY: Int
    var outcome: EndOutcome?
    var label: String
    var lane = 0
  }

  struct Layout {
    var cards: [Card] = []
    var ends: [EndBox] = []
    var edges: [Edge] = []
    var laneCount = 0
    var height = 0

    init(_ scenario: Scenario) {
      var y = ScenarioMap.margin
      var index: [String: Int] = [:]
      for (i, node) in scenario.nodes.enumerated() where index[node.name] == nil {
        index[node.name] = i
      }
      let inner = ScenarioMap.cardWidth - 2 * ScenarioMap.padding
      for (i, node) in scenario.nodes.enumerated() {
        var card = Card(index: i, name: node.name, y: y, height: 0, buyerLines: [], rows: [])
        var h = ScenarioMap.padding + ScenarioMap.lineHeight + 4  // the name
        for line in node.lines {
          let wrapped = ScenarioMap.wrap("顾客：" + line.text, width: inner)
          card.buyerLines.append(wrapped)
          h += wrapped.count * ScenarioMap.lineHeight
        }
        h += 10  // the rule above the branches
        for branch in node.branches {
          let condition = ScenarioMap.wrapCondition(
            branch.conditionText.isEmpty ? branch.condition.text : branch.conditionText,
            width: ScenarioMap.conditionWidth - 8, maxLines: ScenarioMap.conditionLines)
          let targetWidth = inner - ScenarioMap.conditionWidth - 8
          var outcome: EndOutcome?
          let targetText: String
          switch branch.target {
          case .node(let name): targetText = "→ " + name
          case .end(let o):
            outcome = o
            targetText = "→ end " + o.chineseName
          }
          let target = ScenarioMap.wrap(targetText, width: targetWidth)
          let parting =
            branch.partingLine.map {
              ScenarioMap.wrap("「" + $0 + "」", width: targetWidth)
            } ?? []
          let lines = max(condition.count, target.count + parting.count)
          let row = BranchRow(
            y: y + h, height: lines * ScenarioMap.lineHeight + 4, condition: condition,
            target: target, parting: parting, outcome: outcome)
          card.rows.append(row)
          h += row.height
        }
        h += ScenarioMap.padding - 4
        card.height = h
        cards.append(card)
        y += h + ScenarioMap.cardGap
      }
      var used: [EndOutcome] = []
      for node in scenario.nodes {
        for branch in node.branches {
          if case .end(let o) = branch.target, !used.contains(o) { used.append(o) }
        }
      }
      for outcome in [EndOutcome.deal, .lost] where used.contains(outcome) {
        ends.append(EndBox(outcome: outcome, y: y))
        y += ScenarioMap.endHeight + ScenarioMap.cardGap
      }
      height = y - ScenarioMap.cardGap + ScenarioMap.margin
      // One edge per branch, from its row to the target's top.
      for (i, node) in scenario.nodes.enumerated() {
        for (b, branch) in node.branches.enumerated() {
          let row = cards[i].rows[b]
          let from = row.y + ScenarioMap.lineHeight / 2 + 2
          let to: Int
          var outcome: EndOutcome?
          switch branch.target {
          case .node(let name):
            guard let j = index[name] else { continue }
            to = cards[j].y + ScenarioMap.padding + ScenarioMap.lineHeight / 2
          case .end(let o):
            guard let box = ends.first(where: { $0.outcome == o }) else { continue }
            to = box.y + ScenarioMap.endHeight / 2
            outcome = o
          }
          let label =
            "\(node.name)：\(branch.conditionText.isEmpty ? branch.condition.text : branch.conditionText) → "
            + ScenarioMap.describe(branch.target)
          edges.append(Edge(fromY: from, toY: to, outcome: outcome, label: label))
        }
      }
      assignLanes()
    }

    /// Gives each edge a vertical lane right of the cards; edges whose spans overlap never
    /// share one. Short edges take the lanes nearest the cards.
    mutating func assignLanes() {
      var lanes: [[(Int, Int)]] = []
      let order = edges.indices.sorted {
        let a = abs(edges[$0].toY - edges[$0].fromY)
        let b = abs(edges[$1].toY - edges[$1].fromY)
        return a != b ? a < b : $0 < $1
      }
      for e in order {
        let lo = min(edges[e].fromY, edges[e].toY) - 6
        let hi = max(edges[e].fromY, edges[e].toY) + 6
        var lane = 0
        while lane < lanes.count && lanes[lane].contains(where: { $0.0 < hi && lo < $0.1 }) {
          lane += 1
        }
        if lane == lanes.count { lanes.append([]) }
        lanes[lane].append((lo, hi))
        edges[e].lane = lane
      }
      laneCount = lanes.count
    }

    func laneX(_ lane: Int) -> Int {
      ScenarioMap.cardX + ScenarioMap.cardWidth + 22 + lane * ScenarioMap.laneGap
    }
  }

  // MARK: - Drawing

  static func draw(_ card: Card) -> String {
    let x = cardX
    let start = card.index == 0
    var s =
      "<g class=\"box\">\n<rect x=\"\(x)\" y=\"\(card.y)\" width=\"\(cardWidth)\" height=\"\(card.height)\" "
    s += "rx=\"8\" fill=\"#ffffff\" stroke=\"#37474f\" stroke-width=\"\(start ? 3 : 1)\"/>\n"
    var y = card.y + padding + 14
    let nameText = HTMLText.escape(card.name)
    s += "<text x=\"\(x + padding)\" y=\"\(y)\" font-weight=\"bold\">\(nameText)"
    if start && card.name != "开场" {
      s += "<tspan fill=\"#607d8b\" font-weight=\"normal\">　（开场）</tspan>"
    }
    s += "</text>\n"
    y += lineHeight + 4
    for lines in card.buyerLines {
      for line in lines {
        s +=
          "<text x=\"\(x + padding)\" y=\"\(y)\" fill=\"#455a64\">\(HTMLText.escape(line))</text>\n"
        y += lineHeight
      }
    }
    if !card.rows.isEmpty {
      let ruleY = card.rows[0].y - 5
      s += "<line x1=\"\(x)\" y1=\"\(ruleY)\" x2=\"\(x + cardWidth)\" y2=\"\(ruleY)\" "
      s += "stroke=\"#cfd8dc\"/>\n"
    }
    for row in card.rows {
      var ty = row.y + 15
      for line in row.condition {
        s += "<text x=\"\(x + padding)\" y=\"\(ty)\">\(HTMLText.escape(line))</text>\n"
        ty += lineHeight
      }
      let tx = x + padding + conditionWidth
      let color = row.outcome.map { $0 == .deal ? dealColor : lostColor } ?? "#263238"
      ty = row.y + 15
      for line in row.target {
        s += "<text x=\"\(tx)\" y=\"\(ty)\" fill=\"\(color)\" font-weight=\"bold\">"
        s += "\(HTMLText.escape(line))</text>\n"
        ty += lineHeight
      }
      for line in row.parting {
        s += "<text x=\"\(tx)\" y=\"\(ty)\" fill=\"#607d8b\">\(HTMLText.escape(line))</text>\n"
        ty += lineHeight
      }
    }
    return s + "</g>\n"
  }

  static func draw(_ end: EndBox) -> String {
    let deal = end.outcome == .deal
    let fill = deal ? "#d9f2d9" : "#fde2e2"
    let stroke = deal ? dealColor : lostColor
    var s =
      "<g class=\"box\">\n<rect x=\"\(cardX)\" y=\"\(end.y)\" width=\"\(endWidth)\" height=\"\(endHeight)\" "
    s += "rx=\"20\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"2\"/>\n"
    s += "<text x=\"\(cardX + endWidth / 2)\" y=\"\(end.y + 26)\" text-anchor=\"middle\" "
    s += "fill=\"\(stroke)\" font-weight=\"bold\">end \(end.outcome.chineseName)</text>\n</g>\n"
    return s
  }

  static func draw(_ edge: Edge, layout: Layout) -> String {
    let name = edge.outcome.map { $0 == .deal ? "deal" : "lost" } ?? "edge"
    let color = edge.outcome.map { $0 == .deal ? dealColor : lostColor } ?? edgeColor
    let right = cardX + cardWidth
    let lane = layout.laneX(edge.lane)
    let entry = edge.outcome == nil ? right : cardX + endWidth
    var s = "<path d=\"M\(right),\(edge.fromY) H\(lane) V\(edge.toY) H\(entry + 1)\" fill=\"none\" "
    s += "stroke=\"\(color)\" stroke-width=\"1.5\" marker-end=\"url(#arrow-\(name))\">"
    s += "<title>\(HTMLText.escape(edge.label))</title></path>\n"
    s += "<circle cx=\"\(right)\" cy=\"\(edge.fromY)\" r=\"3\" fill=\"\(color)\"/>\n"
    return s
  }

  // MARK: - Text

  /// Lines of at most `width` pixels, broken by the Chinese line-breaking rules; past
  /// `maxLines`, the last line kept ends with `…`.
  static func wrap(_ text: String, width: Int, maxLines: Int = .max) -> [String] {
    truncated(LineBreaking.lines(Array(text), width: width, measure: pixels), width, maxLines)
  }

  /// At most `maxLines` lines, the last one kept ending with `…` when some were dropped.
  private static func truncated(_ lines: [String], _ width: Int, _ maxLines: Int) -> [String] {
    var lines = lines
    if lines.count > maxLines {
      lines = Array(lines.prefix(maxLines))
      var last = Array(lines[maxLines - 1])
      while !last.isEmpty && last.reduce(0, { $0 + pixels($1) }) + pixels("…") > width {
        last.removeLast()
      }
      lines[maxLines - 1] = String(last) + "…"
    }
    return lines
  }

  /// A condition's lines: a `has` word list breaks after a `|` where it can, so no word is
  /// torn (「0酒⏎精」); a word wider than a line is broken like any text.
  static func wrapCondition(_ text: String, width: Int, maxLines: Int) -> [String] {
    var pieces: [String] = []
    var piece = ""
    for c in text {
      piece.append(c)
      if c == "|" || c == "｜" {
        pieces.append(piece)
        piece = ""
      }
    }
    if !piece.isEmpty { pieces.append(piece) }
    func measure(_ s: String) -> Int { s.reduce(0) { $0 + pixels($1) } }
    var lines: [String] = []
    var line = ""
    for p in pieces {
      if measure(line + p) <= width {
        line += p
      } else if measure(p) <= width {
        if !line.isEmpty { lines.append(line) }
        line = p
      } else {
        let broken = LineBreaking.lines(Array(line + p), width: width, measure: pixels)
        lines += broken.dropLast()
        line = broken.last ?? ""
      }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(line) }
    return truncated(lines, width, maxLines)
  }

  /// How wide the page's 14 px font draws a character, generously.
  static func pixels(_ c: Character) -> Int {
    DisplayWidth.of(String(c)) >= 2 ? 14 : 8
  }

  static func describe(_ target: Target) -> String {
    switch target {
    case .node(let name): return name
    case .end(let outcome): return "end \(outcome.chineseName)"
    }
  }

  static func formatSeconds(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }

}
