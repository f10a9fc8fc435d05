import KefuText

/// The checks that need the whole file: required header keys, jump targets, rule ids, which
/// branches can fire, and the shape of the graph (unreachable nodes, nodes with no way out).
/// Each check is one pass over the nodes and branches, so a thousand files lint in well under a
/// second.
struct ScenarioChecker {
  let parser: LineParser
  let scenario: Scenario
  let ruleIDs: Set<String>?
  let ruleIDList: [String]
  var diagnostics: [Diagnostic] = []

  init(parser: LineParser, scenario: Scenario, ruleIDs: [String]?) {
    self.parser = parser
    self.scenario = scenario
    self.ruleIDs = ruleIDs.map(Set.init)
    self.ruleIDList = ruleIDs ?? []
  }

  mutating func run() {
    guard parser.hasContent else {
      diagnostics.append(
        Diagnostic(
          code: .emptyFile, path: scenario.path, location: nil, message: "文件是空的",
          hint: "场景至少要有 title、persona 和一个「== 节点」"))
      return
    }
    checkHeader()
    guard !scenario.nodes.isEmpty else {
      if !parser.sawNodeLine {
        diagnostics.append(
          Diagnostic(
            code: .noNodes, path: scenario.path, location: SourceLocation(line: 1, column: 1),
            endColumn: 2,
            message: "场景里没有任何节点", hint: "用「== 节点名」开始第一个节点，第一个节点就是开场"))
      }
      return
    }
    var nodeNames: [String: Int] = [:]
    for (i, node) in scenario.nodes.enumerated() { nodeNames[node.name] = i }
    var edges = [[Int]](repeating: [], count: scenario.nodes.count)
    var reachesEnd = [Bool](repeating: false, count: scenario.nodes.count)
    // A target that names no node but is close to one is taken as that node for the graph
    // checks, so one typo does not also make the nodes behind it "unreachable"; a target that
    // could not be read at all (or resembles no node) leaves unreachability unknown.
    var unreachableUnknown = false
    for (i, node) in scenario.nodes.enumerated() {
      let facts = parser.facts[i]
      var targets: [(Target, line: Int, column: Int, endColumn: Int)] = []
      for branch in node.branches {
        checkRule(branch)
        targets.append(
          (
            branch.target, branch.location.line, branch.targetLocation.column,
            branch.targetEndColumn
          ))
      }
      for d in facts.danglingTargets { targets.append((d.target, d.line, d.column, d.endColumn)) }
      for (target, line, column, endColumn) in targets {
        switch target {
        case .end: reachesEnd[i] = true
        case .node(let name):
          if let j = nodeNames[name] {
            edges[i].append(j)
          } else if let guess = reportMissingTarget(
            name, line: line, column: column, endColumn: endColumn), let j = nodeNames[guess]
          {
            edges[i].append(j)
          } else {
            unreachableUnknown = true
            reachesEnd[i] = true  // unknown: do not pile a second error on the first
          }
        }
      }
      if facts.lostTarget { unreachableUnknown = true }
      if facts.brokenBranchLine { reachesEnd[i] = true }
      checkBranches(node, facts)
    }
    checkGraph(edges: edges, reachesEnd: reachesEnd, reportUnreachable: !unreachableUnknown)
  }

  // MARK: - Header

  private mutating func checkHeader() {
    if parser.headerLines["title"] == nil && !parser.misspelledKeys.contains("title") {
      diagnostics.append(
        Diagnostic(
          code: .missingTitle, path: scenario.path, location: SourceLocation(line: 1, column: 1),
          endColumn: 2,
          message: "缺少 title（场景标题）", hint: "在文件开头加一行，例如「title: 连衣裙尺码咨询」"))
    }
    if parser.headerLines["persona"] == nil && !parser.misspelledKeys.contains("persona") {
      diagnostics.append(
        Diagnostic(
          code: .missingPersona, path: scenario.path,
          location: SourceLocation(line: 1, column: 1), endColumn: 2, message: "缺少 persona（买家性格）",
          hint: "在文件开头加一行，例如「persona: 优柔寡断」；可选："
            + Persona.builtIn.map(\.name).joined(separator: "、")))
    }
  }

  // MARK: - Branches

  private mutating func checkRule(_ branch: Branch) {
    guard case .rule(let id) = branch.condition, let ruleIDs, !ruleIDs.contains(id) else {
      return
    }
    var hint = "可用的规则：\(ruleIDList.joined(separator: "、"))"
    if let guess = Suggestion.closest(to: id, in: ruleIDList) { hint = "是不是「\(guess)」？" }
    report(
      .unknownRule, line: branch.location.line, branch.conditionLocation.column,
      branch.conditionEndColumn, "不认识的规则「\(id)」", hint: hint)
  }

  /// Reports a jump to a node that does not exist; returns the node it most likely meant.
  private mutating func reportMissingTarget(
    _ name: String, line: Int, column: Int, endColumn: Int
  ) -> String? {
    var hint: String?
    let guess = Suggestion.closest(to: name, in: scenario.nodes.map(\.name))
    if let guess {
      hint = "是不是「\(guess)」？"
    } else if name.contains("#") {
      hint = "注释要单独写一行，不能写在分支后面"
    } else {
      hint = "可用的节点：\(scenario.nodes.map(\.name).joined(separator: "、"))；结局写 end 成交 或 end 流失"
    }
    report(.missingTarget, line: line, column, endColumn, "跳转目标「\(name)」不存在", hint: hint)
    return guess
  }

  /// Within a node: branches that can never fire, or that change nothing, and the otherwise.
  private mutating func checkBranches(_ node: Node, _ facts: NodeFacts) {
    if node.lines.isEmpty && !facts.hadError {
      report(
        .silentNode, line: node.location.line, node.nameLocation.column, node.nameEndColumn,
        "节点「\(node.name)」里买家一句话也没说", hint: "加一行「顾客: …」，写出买家此刻说的话")
    }
    if node.branches.isEmpty && !facts.brokenBranchLine {
      report(
        .noBranches, line: node.location.line, node.nameLocation.column, node.nameEndColumn,
        "节点「\(node.name)」没有分支，对话到这里走不下去",
        hint: "至少写一行「otherwise -> 目标」，例如「otherwise -> end 流失」")
      return
    }
    let otherwiseIndex = node.branches.firstIndex {
      if case .otherwise = $0.condition { return true }
      return false
    }
    if otherwiseIndex == nil && !facts.sawOtherwise && !node.branches.isEmpty {
      report(
        .noOtherwise, line: node.location.line, node.nameLocation.column, node.nameEndColumn,
        "节点「\(node.name)」没有 otherwise 分支",
        hint: "所有条件都不满足时，买家会停在这里重复提问；加一行「otherwise -> 目标」说明这时去哪")
    }
    var seenKeys: [String: Int] = [:]
    var seenWords: [(word: String, line: Int)] = []
    var flagged = Set<Int>()
    for (index, branch) in node.branches.enumerated() {
      if let otherwiseIndex, index > otherwiseIndex {
        let line = node.branches[otherwiseIndex].location.line
        reportBranch(
          .afterOtherwise, branch, "这条分支在 otherwise（第 \(line) 行）之后，永远不会命中",
          hint: "把它移到 otherwise 前面，或者删掉")
        flagged.insert(index)
        continue
      }
      // sales: 无 says the lesson asks for no selling: a branch that waits for it contradicts it.
      if scenario.sales == false {
        switch branch.condition {
        case .upsell, .step(.recommend):
          reportBranch(
            .salesBranchWithoutSales, branch,
            "这节课写了 sales: 无（不要求推荐和关联销售），这条分支却看学生有没有推销",
            hint: "本课要练推销就删掉 sales: 无；不练就删掉这条分支")
        default: break
        }
      }
      switch branch.condition {
      case .otherwise:
        break
      case .has(let words):
        // As written (the words themselves are normalised): the first word holding a list mark.
        let written = branch.conditionText.split(whereSeparator: { $0 == "|" || $0 == "｜" })
        if let listed = written.first(where: { $0.contains(where: Self.listSeparators.contains) }),
          let mark = listed.first(where: Self.listSeparators.contains)
        {
          let word = listed.trimmingCharacters(in: .whitespaces).replacingOccurrences(
            of: "has ", with: "", options: [.anchored, .caseInsensitive])
          let rewritten = String(
            branch.conditionText.map { Self.listSeparators.contains($0) ? "|" : $0 })
          reportBranch(
            .listInOneWord, branch,
            "has 的词「\(word)」里有「\(mark)」：整串算一个词，回复里要原样出现「\(word)」才算",
            hint: "几个词要用 | 隔开，例如「\(rewritten)」")
        }
        var coveredBy: [Int] = []
        for word in words {
          guard let earlier = seenWords.first(where: { word.contains($0.word) }) else { break }
          coveredBy.append(earlier.line)
        }
        if !seenWords.isEmpty && coveredBy.count == words.count {
          let lines = Array(Set(coveredBy)).sorted().map { "第 \($0) 行" }.joined(separator: "、")
          reportBranch(
            .shadowedCondition, branch, "这条 has 的每个词都已被前面的分支（\(lines)）接住，永远不会命中",
            hint: "删掉它，或者把它移到前面去")
          flagged.insert(index)
        }
        seenWords += words.map { ($0, branch.location.line) }
      default:
        let key = Self.key(of: branch.condition)
        if let first = seenKeys[key] {
          reportBranch(
            .shadowedCondition, branch, "这个条件和第 \(first) 行的一样，永远轮不到它",
            hint: "删掉其中一条")
          flagged.insert(index)
        } else {
          seenKeys[key] = branch.location.line
        }
      }
    }
    // A branch changes nothing when every branch after it, up to the otherwise, goes where it
    // goes: whichever fires instead, the dialogue continues at the same place.
    guard let otherwiseIndex, !facts.brokenBranchLine else { return }
    var sameTargetFrom = otherwiseIndex
    let fallback = node.branches[otherwiseIndex].target
    let fallbackLine = node.branches[otherwiseIndex].partingLine
    while sameTargetFrom > 0 && node.branches[sameTargetFrom - 1].target == fallback
      && node.branches[sameTargetFrom - 1].partingLine == fallbackLine
    {
      sameTargetFrom -= 1
    }
    for index in sameTargetFrom..<otherwiseIndex where !flagged.contains(index) {
      let branch = node.branches[index]
      reportBranch(
        .redundantBranch, branch,
        "这条分支和 otherwise 去向相同（都到\(Self.describe(fallback))），删掉它结果不变",
        hint: "删掉这条，或者让它跳到别的节点")
    }
  }

  static func key(of condition: Condition) -> String {
    switch condition {
    case .has(let words): return "has:" + words.joined(separator: "|")
    case .regex(let source, _): return "regex:" + source
    case .step(let step): return "step:" + step.rawValue
    case .rule(let id): return "rule:" + id
    case .slow: return "slow"
    case .upsell: return "upsell"
    case .otherwise: return "otherwise"
    }
  }

  static func describe(_ target: Target) -> String {
    switch target {
    case .node(let name): return "「\(name)」"
    case .end(let outcome): return "「end \(outcome.chineseName)」"
    }
  }

  // MARK: - Graph

  private mutating func checkGraph(edges: [[Int]], reachesEnd: [Bool], reportUnreachable: Bool) {
    let count = scenario.nodes.count
    var reachable = [Bool](repeating: false, count: count)
    var stack = [0]
    reachable[0] = true
    while let i = stack.popLast() {
      for j in edges[i] where !reachable[j] {
        reachable[j] = true
        stack.append(j)
      }
    }
    var reverse = [[Int]](repeating: [], count: count)
    for i in 0..<count {
      for j in edges[i] { reverse[j].append(i) }
    }
    var canEnd = reachesEnd
    stack = (0..<count).filter { canEnd[$0] }
    while let j = stack.popLast() {
      for i in reverse[j] where !canEnd[i] {
        canEnd[i] = true
        stack.append(i)
      }
    }
    let startName = scenario.nodes[0].name
    for (i, node) in scenario.nodes.enumerated() {
      if !reachable[i] {
        guard reportUnreachable else { continue }
        report(
          .unreachableNode, line: node.location.line, node.nameLocation.column,
          node.nameEndColumn, "节点「\(node.name)」永远走不到：没有任何分支跳到这里",
          hint: "从「\(startName)」出发的分支里加一条「-> \(node.name)」，或者删掉这个节点")
      } else if !canEnd[i] && !(node.branches.isEmpty && !parser.facts[i].brokenBranchLine) {
        report(
          .noEndReachable, line: node.location.line, node.nameLocation.column,
          node.nameEndColumn, "从节点「\(node.name)」出发永远到不了结局，对话会一直兜圈子",
          hint: "让这里或它跳到的节点有一条分支通向 end 成交 或 end 流失")
      }
    }
  }

  // MARK: - Reporting

  /// Marks that separate a list in Chinese writing; inside a `has` word they mean the teacher
  /// probably listed several words (`has 有货、现货`) where `|` was needed.
  static let listSeparators: Set<Character> = ["、", "，", ",", "；", ";"]

  private mutating func reportBranch(
    _ code: DiagnosticCode, _ branch: Branch, _ message: String, hint: String
  ) {
    report(
      code, line: branch.location.line, branch.location.column, branch.targetEndColumn, message,
      hint: hint)
  }

  private mutating func report(
    _ code: DiagnosticCode, line: Int, _ column: Int, _ endColumn: Int, _ message: String,
    hint: String?
  ) {
    diagnostics.append(
      Diagnostic(
        code: code, path: scenario.path, location: SourceLocation(line: line, column: column),
        endColumn: max(endColumn, column + 1), message: message, hint: hint,
        sourceLine: parser.lineText(line)))
  }
}
