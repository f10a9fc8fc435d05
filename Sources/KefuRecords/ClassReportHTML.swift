import Foundation
import KefuRubric
import KefuScenario
import KefuText

extension ClassReport {
  /// The report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, no
  /// external files; prints on A4. Every text from records is escaped. It opens with the
  /// instructor's first question — who needs help with what — and says which folder it read and
  /// when it was made.
  public func html(title: String = "全班成绩一览", folder: String = "", madeAt: String = "") -> String {
    var h = """
      <!DOCTYPE html>
      <html lang="zh-CN">
      <head>
      <meta charset="utf-8">
      <title>\(HTMLText.escape(title))</title>
      <style>
      body{font-family:"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;margin:2em auto;max-width:60em;color:#222;line-height:1.5}
      h1{font-size:1.5em;margin-bottom:.2em}h2{font-size:1.15em;margin-top:1.6em;border-bottom:1px solid #ccc}
      table{border-collapse:collapse;width:100%;font-size:.95em}th,td{padding:.25em .6em;border-bottom:1px solid #e4e4e4;text-align:left}
      th{background:#f3f3f3}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
      table.grid th{white-space:nowrap}table.grid td.s{text-align:center;font-variant-numeric:tabular-nums;width:3.2em}table.grid th.s{text-align:center;font-size:.85em;width:3.2em}
      .r0{background:#f6c9c4}.r1{background:#fbe3c6}.r2{background:#fdf3d2}.r3{background:#dff0d8}
      .viol{font-size:.9em;color:#8a3324}.viol span,.who,table.grid td .muted{white-space:nowrap}.viol span{display:inline-block;margin-right:.6em}.scroll{overflow-x:auto}
      .summary span{display:inline-block;margin-right:2em}.summary b{font-size:1.3em}
      .muted{color:#777}svg text{font-size:11px;fill:#333}
      @media print{body{margin:0;max-width:none}h2{break-after:avoid}table,svg{break-inside:avoid}}
      </style>
      </head>
      <body>

      """
    h += "<h1>\(HTMLText.escape(title))</h1>\n"
    var sub = "\(sessions) 次练习，\(students.count) 名学生"
    if scriptedSessions > 0 { sub += "；另有脚本练习 \(scriptedSessions) 次，单独列出" }
    if !folder.isEmpty { sub += "。读取的文件夹：\(folder)" }
    if !madeAt.isEmpty { sub += "；生成于 \(madeAt)" }
    h += "<p class=\"muted\">\(HTMLText.escape(sub))</p>\n"
    h += helpSection()

    h += "<h2>班级平均</h2>\n<p class=\"summary\">"
    if let avg = averageScore {
      h += "<span>平均分 <b>\(Self.one(avg))</b></span>"
      h += "<span>成交率 <b>\(Self.percent(dealRate ?? 0))</b></span>"
      if let f = averageFirstResponse { h += "<span>平均首次响应 <b>\(Self.one(f))</b> 秒</span>" }
      let steps = averageStepsFigure
      h += "<span>平均覆盖步骤 <b>\(steps.value)</b>\(steps.after)</span>"
    } else {
      h += "没有练习记录"
    }
    h += "</p>\n"

    h += "<h2>学生</h2>\n"
    h += Self.htmlTable(
      header: ["班级", "姓名", "学号", "次数", "最好", "最近", "最近等级", "成交"], numeric: [3, 4, 5, 7],
      rows: students.map {
        [
          $0.className, $0.name, $0.id, String($0.sessions), String($0.best), String($0.last),
          Grade.tierName($0.lastTier), String($0.deals),
        ]
      })

    h += "<h2>常见违规</h2>\n"
    if violations.isEmpty {
      h += "<p>没有违规。</p>\n"
    } else {
      h += Self.htmlTable(
        header: ["规则", "次数", "例句"], numeric: [1],
        rows: violations.prefix(10).map { [$0.ruleName, String($0.count), "「\($0.example)」"] })
    }

    h += "<h2>各场景平均分（从难到易）</h2>\n"
    h += scenarioSection(scenarios)

    h += shiftHTML()
    h += "<h2>分数分布</h2>\n"
    h += histogramSVG()

    if scriptedSessions > 0 {
      h += "<h2>脚本练习（不计入以上统计）</h2>\n"
      h += scenarioSection(scripted)
    }
    h += "</body>\n</html>\n"
    return h
  }

  /// Who needs help with what: one row per student, weakest first — average and last score, the
  /// scores over time as a small line, how often each of the eight steps was covered (coloured
  /// from red, rarely, to green, nearly always) and the student's violations.
  func helpSection() -> String {
    guard !students.isEmpty else { return "" }
    var h = "<h2>谁需要帮助（平均分低的在前）</h2>\n"
    h += "<p class=\"muted\">步骤一栏是该生的练习中做到这一步的比例；颜色越红越需要练。</p>\n"
    h += "<div class=\"scroll\"><table class=\"grid\">\n<tr><th>学生</th><th class=\"n\">平均分</th>"
    h += "<th class=\"n\">最近</th><th>分数走势</th>"
    for step in Step.allCases {
      // Four characters in two lines of two (进门 / 问好) rather than three and one.
      let name = step.chineseName
      let half = name.index(name.startIndex, offsetBy: name.count / 2)
      h += "<th class=\"s\">\(HTMLText.escape(String(name[..<half])))<br>"
      h += "\(HTMLText.escape(String(name[half...])))</th>"
    }
    h += "<th>违规</th></tr>\n"
    for row in weakestFirst {
      var who = "<span class=\"who\">\(HTMLText.escape(row.name))</span>"
      let detail = [row.className, row.id].filter { !$0.isEmpty }.joined(separator: " ")
      if !detail.isEmpty { who += "<br><span class=\"muted\">\(HTMLText.escape(detail))</span>" }
      h += "<tr><td>\(who)</td><td class=\"n\">\(Self.one(row.averageScore))</td>"
      h += "<td class=\"n\">\(row.last)</td><td>\(Self.sparkline(row.scores))</td>"
      for step in Step.allCases {
        guard let rate = row.stepRates[step] else {
          h += "<td class=\"s\" title=\"这些练习的课都不要求这一步\">—</td>"
          continue
        }
        let band = rate < 0.25 ? 0 : rate < 0.5 ? 1 : rate < 0.75 ? 2 : 3
        h += "<td class=\"s r\(band)\">\(Self.percent(rate))</td>"
      }
      let violations = row.violations.map {
        "<span>" + HTMLText.escape(RuleRegistry.rule($0.rule)?.description.name ?? $0.rule)
          + " ×\($0.count)</span>"
      }
      h += "<td class=\"viol\">\(violations.joined(separator: " "))</td></tr>\n"
    }
    h += "</table></div>\n"
    return h
  }

  /// A small line of scores (0–100) in play order; one session is a dot.
  static func sparkline(_ scores: [Int]) -> String {
    let width = 90
    let height = 22
    let label = "分数：" + scores.map(String.init).joined(separator: "、")
    var s =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" "
      + "role=\"img\" aria-label=\"\(HTMLText.escape(label))\"><title>\(HTMLText.escape(label))</title>"
    func point(_ i: Int) -> (Int, Int) {
      let x = scores.count == 1 ? width / 2 : 3 + i * (width - 6) / (scores.count - 1)
      let y = height - 3 - max(0, min(100, scores[i])) * (height - 6) / 100
      return (x, y)
    }
    if scores.count > 1 {
      let points = scores.indices.map { i -> String in
        let (x, y) = point(i)
        return "\(x),\(y)"
      }
      s +=
        "<polyline fill=\"none\" stroke=\"#4a7bd0\" stroke-width=\"1.5\" points=\""
        + points.joined(separator: " ") + "\"/>"
    }
    if let lastIndex = scores.indices.last {
      let (x, y) = point(lastIndex)
      s += "<circle cx=\"\(x)\" cy=\"\(y)\" r=\"2.5\" fill=\"#4a7bd0\"/>"
    }
    return s + "</svg>"
  }

  func scenarioSection(_ rows: [ScenarioRow]) -> String {
    guard !rows.isEmpty else { return "<p>没有练习记录。</p>\n" }
    var h = scenarioSVG(rows)
    h += Self.htmlTable(
      header: ["场景", "标题", "次数", "平均分", "成交率"], numeric: [2, 3, 4],
      rows: rows.map {
        [
          $0.scenario, $0.title, String($0.sessions), Self.one($0.averageScore),
          Self.percent(Double($0.deals) / Double($0.sessions)),
        ]
      })
    return h
  }

  /// Vertical bars, one per score bucket.
  func histogramSVG() -> String {
    let most = max(1, histogram.max() ?? 0)
    let barWidth = 44
    let gap = 8
    let height = 160
    let width = histogram.count * (barWidth + gap) + gap
    var s =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height + 40)\" "
      + "role=\"img\" aria-label=\"分数分布\">\n"
    for (i, count) in histogram.enumerated() {
      let x = gap + i * (barWidth + gap)
      let h = count * height / most
      let y = height - h + 16
      s +=
        "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"\(h)\" fill=\"#4a7bd0\"/>"
        + "<text x=\"\(x + barWidth / 2)\" y=\"\(y - 3)\" text-anchor=\"middle\">\(count)</text>"
        + "<text x=\"\(x + barWidth / 2)\" y=\"\(height + 32)\" text-anchor=\"middle\">"
        + "\(Self.bucketLabels[i])</text>\n"
    }
    s += "</svg>\n"
    return s
  }

  /// Horizontal bars of the average score (0–100) per scenario.
  func scenarioSVG(_ rows: [ScenarioRow]) -> String {
    let rowHeight = 22
    // A bar is named by its title; two files with the same title (two versions of a lesson) are
    // told apart by the file name after it.
    let titleCounts = Dictionary(rows.map { ($0.title, 1) }, uniquingKeysWith: +)
    let labels = rows.map { row in
      row.title.isEmpty
        ? row.scenario
        : titleCounts[row.title, default: 0] > 1 ? "\(row.title)（\(row.scenario)）" : row.title
    }
    // 11 px text: a 汉字 is about 11 px wide, a Latin letter about 6.5; never clip a title.
    let widest = labels.map(DisplayWidth.of).max() ?? 0
    let labelWidth = max(120, widest * 6 + 16)
    let barMax = 360
    let height = rows.count * rowHeight + 8
    var s =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(labelWidth + barMax + 60)\" "
      + "height=\"\(height)\" viewBox=\"0 0 \(labelWidth + barMax + 60) \(height)\" "
      + "style=\"max-width:100%;height:auto\" role=\"img\" aria-label=\"各场景平均分\">\n"
    for (i, row) in rows.enumerated() {
      let y = 4 + i * rowHeight
      let w = Int((row.averageScore / 100 * Double(barMax)).rounded())
      let label = labels[i]
      s +=
        "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">"
        + "\(HTMLText.escape(label))</text>"
        + "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(max(0, w))\" height=\"\(rowHeight - 6)\" "
        + "fill=\"#e0894a\"/>"
        + "<text x=\"\(labelWidth + max(0, w) + 6)\" y=\"\(y + 15)\">\(Self.one(row.averageScore))</text>\n"
    }
    s += "</svg>\n"
    return s
  }

  static func htmlTable(header: [String], numeric: Set<Int>, rows: [[String]]) -> String {
    var h = "<table>\n<tr>"
    for (i, cell) in header.enumerated() {
      h += numeric.contains(i) ? "<th class=\"n\">" : "<th>"
      h += HTMLText.escape(cell) + "</th>"
    }
    h += "</tr>\n"
    for row in rows {
      h += "<tr>"
      for (i, cell) in row.enumerated() {
        h += numeric.contains(i) ? "<td class=\"n\">" : "<td>"
        h += HTMLText.escape(cell) + "</td>"
      }
      h += "</tr>\n"
    }
    h += "</table>\n"
    return h
  }

}
