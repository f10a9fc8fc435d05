import Foundation
import KefuText

/// What reading a scenario gave: the model, as much of it as could be built, and every problem
/// found in the file. The engine plays only `playable` scenarios; `kefu lint` prints the
/// diagnostics.
public struct LintResult {
  /// The file, as given.
  public var path: String
  /// The parsed scenario; nil only when the file could not be read as text at all.
  public var scenario: Scenario?
  /// Every problem, ordered by position in the file.
  public var diagnostics: [Diagnostic]

  public init(path: String, scenario: Scenario?, diagnostics: [Diagnostic]) {
    self.path = path
    self.scenario = scenario
    self.diagnostics = diagnostics
  }

  public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
  public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
  public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

  /// The scenario when it has no errors: the only kind a session may walk.
  public var playable: Scenario? { hasErrors ? nil : scenario }
}

/// Reads `.kefu` files: the one entry point for the engine (`lint(file:ruleIDs:)`, then
/// `playable`) and for `kefu lint` and `kefu graph`.
public enum ScenarioLinter {
  /// Reads, parses and checks a scenario file. Unreadable files (missing, binary, not UTF-8,
  /// huge) come back as a single diagnostic and no scenario.
  ///
  /// `ruleIDs` are the rubric's rule ids, for checking `when rule ID`; nil skips that check
  /// (this module does not know the rubric).
  public static func lint(file path: String, ruleIDs: [String]? = nil) -> LintResult {
    do {
      let bytes = try TextFile.readBytes(path)
      return lint(bytes: bytes, path: path, ruleIDs: ruleIDs)
    } catch let error as TextFileError {
      return LintResult(path: path, scenario: nil, diagnostics: [fileDiagnostic(error, path: path)])
    } catch {
      let d = Diagnostic(
        code: .unreadableFile, path: path, location: nil, message: "无法读取文件（\(error)）")
      return LintResult(path: path, scenario: nil, diagnostics: [d])
    }
  }

  /// Parses and checks the bytes of a scenario file (strict UTF-8, a BOM allowed).
  public static func lint(bytes: [UInt8], path: String, ruleIDs: [String]? = nil) -> LintResult {
    do {
      let text = try TextFile.decode(bytes, path: path)
      return ScenarioParser.parse(
        text, path: path, ruleIDs: ruleIDs, contentHash: SHA256.hex(bytes))
    } catch let TextFileError.notUTF8(_, line, byteColumn, likelyGB) {
      return LintResult(
        path: path, scenario: nil,
        diagnostics: [notUTF8(bytes, path: path, line: line, byteColumn: byteColumn, gb: likelyGB)])
    } catch let error as TextFileError {
      return LintResult(path: path, scenario: nil, diagnostics: [fileDiagnostic(error, path: path)])
    } catch {
      let d = Diagnostic(
        code: .unreadableFile, path: path, location: nil, message: "无法读取文件（\(error)）")
      return LintResult(path: path, scenario: nil, diagnostics: [d])
    }
  }

  static func fileDiagnostic(_ error: TextFileError, path: String) -> Diagnostic {
    switch error {
    case .missing:
      return Diagnostic(
        code: .unreadableFile, path: path, location: nil, message: "文件不存在",
        hint: TextFileError.isUndecoded(path)
          ? "文件名里有不是 UTF-8 的字节（多半是 GBK 编码的文件名）：\(TextFileError.undecodedAdvice)"
          : ScenarioFileLookup.nearest(to: path).map { "是不是「\($0)」？" }
            ?? "检查文件名和所在文件夹是否写对")
    case .isDirectory:
      let examples = ScenarioFileLookup.examples(in: path)
      return Diagnostic(
        code: .unreadableFile, path: path, location: nil, message: "这是一个文件夹，不是场景文件",
        hint: examples.isEmpty
          ? nil : "写出其中一个场景文件，例如「\(examples.joined(separator: "」「"))」")
    case .unreadable(_, let reason):
      return Diagnostic(
        code: .unreadableFile, path: path, location: nil, message: "无法读取文件（\(reason)）")
    case .tooLarge(_, let bytes, let limit):
      return Diagnostic(
        code: .fileTooLarge, path: path, location: nil,
        message: "文件太大（\(bytes) 字节，上限 \(limit) 字节），不像是场景文件")
    case .binary:
      return Diagnostic(
        code: .binaryFile, path: path, location: nil, message: "这是二进制文件，不是文本",
        hint: "场景文件要用纯文本编辑器（记事本、VS Code 等）编写，不能用 Word 文档")
    case .notRegular(_, let kind):
      return Diagnostic(
        code: .unreadableFile, path: path, location: nil, message: "这是\(kind)，不是普通文件，不会读取")
    case .utf16:
      return Diagnostic(
        code: .notUTF8, path: path, location: nil, message: "文件是 UTF-16 编码，不是 UTF-8",
        hint: "用编辑器“另存为 UTF-8”，或运行：iconv -f UTF-16 -t UTF-8 原文件 > 新文件")
    case .notUTF8(_, let line, let column, let gb):
      return Diagnostic(
        code: .notUTF8, path: path, location: SourceLocation(line: line, column: column),
        message: "文件不是 UTF-8 编码", hint: notUTF8Hint(path: path, gb: gb))
    }
  }

  /// The not-UTF-8 diagnostic, its column counted in characters like every other column.
  static func notUTF8(_ bytes: [UInt8], path: String, line: Int, byteColumn: Int, gb: Bool)
    -> Diagnostic
  {
    var body = bytes[...]
    if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
    var lineStart = body.startIndex
    var seen = 1
    var i = body.startIndex
    while seen < line && i < body.endIndex {
      if body[i] == 0x0A {
        seen += 1
        lineStart = i + 1
      }
      i += 1
    }
    let prefixEnd = min(body.endIndex, lineStart + byteColumn - 1)
    let prefix = String(decoding: body[lineStart..<prefixEnd], as: UTF8.self)
    let column = prefix.unicodeScalars.count + 1
    return Diagnostic(
      code: .notUTF8, path: path, location: SourceLocation(line: line, column: column),
      message: "文件不是 UTF-8 编码", hint: notUTF8Hint(path: path, gb: gb))
  }

  static func notUTF8Hint(path: String, gb: Bool) -> String {
    if gb {
      return "它看起来是 GBK/GB18030 编码（旧版 Windows 记事本常这样保存中文）。"
        + "请在编辑器里“另存为 UTF-8”，或运行：iconv -f GB18030 -t UTF-8 \(path) > 新文件.kefu"
    }
    return "请用编辑器把文件另存为 UTF-8 编码"
  }
}

/// Turns `.kefu` text into a `Scenario` plus diagnostics. Every line is parsed on its own, so a
/// mistake on one line never hides the next: one run reports every problem in the file.
public enum ScenarioParser {
  /// The header keys, in the order the format documents them.
  public static let headerKeys = [
    "title", "persona", "patience", "limit", "product", "addon", "phrase", "sales",
  ]
  /// The words that start a buyer line (`顾客: 在吗？`).
  public static let buyerKeys = ["顾客", "buyer", "买家"]
  /// The words that may follow `when`.
  public static let conditionKeywords = ["has", "step", "rule", "slow", "upsell"]

  /// Chinese words a teacher may write for a branch keyword (`否则 -> end 流失`): the line is
  /// an error, checked as the branch it meant.
  static let chineseBranchWords: [String: String] = [
    "否则": "otherwise", "其他": "otherwise", "其它": "otherwise", "其余": "otherwise",
    "默认": "otherwise", "else": "otherwise", "如果": "when", "当": "when", "若": "when",
  ]

  /// Chinese words a teacher may write for `slow` or `upsell` after `when` (`when 超时 -> 催问`).
  static let chineseConditionWords: [String: String] = [
    "超时": "slow", "太慢": "slow", "慢": "slow", "回复慢": "slow", "回得慢": "slow",
    "超过时限": "slow", "回复超时": "slow", "关联销售": "upsell", "加购": "upsell",
    "搭配推荐": "upsell", "连带销售": "upsell",
  ]

  /// Parses and checks scenario text (a leading BOM is ignored; LF, CRLF and CR line ends).
  ///
  /// `ruleIDs` are the rubric's rule ids for `when rule ID` (nil skips the check);
  /// `contentHash` defaults to the SHA-256 of the text's UTF-8 bytes.
  public static func parse(
    _ text: String, path: String, ruleIDs: [String]? = nil, contentHash: String? = nil
  ) -> LintResult {
    var parser = LineParser(path: path, lines: splitLines(text))
    parser.run()
    var scenario = parser.scenario
    scenario.contentHash = contentHash ?? SHA256.hex(Array(text.utf8))
    var checker = ScenarioChecker(parser: parser, scenario: scenario, ruleIDs: ruleIDs)
    checker.run()
    var diagnostics = rootCauses(parser.diagnostics + checker.diagnostics)
    diagnostics = diagnostics.enumerated().sorted { a, b in
      let la = a.element.location ?? SourceLocation(line: 0, column: 0)
      let lb = b.element.location ?? SourceLocation(line: 0, column: 0)
      return la != lb ? la < lb : a.offset < b.offset
    }.map(\.element)
    return LintResult(path: path, scenario: scenario, diagnostics: diagnostics)
  }

  /// Keeps what a teacher has to fix first: a warning on a line that already has an error
  /// follows from the error (a branch with an unknown rule "changes nothing"), and the same
  /// diagnostic found twice is reported once.
  static func rootCauses(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    let errorLines = Set(
      diagnostics.filter { $0.severity == .error }.compactMap { $0.location?.line })
    var seen = Set<String>()
    return diagnostics.filter { d in
      if d.severity == .warning, let line = d.location?.line, errorLines.contains(line) {
        return false
      }
      let key =
        "\(d.code.rawValue)|\(d.location?.line ?? 0)|\(d.location?.column ?? 0)|\(d.message)"
      return seen.insert(key).inserted
    }
  }

  /// Splits text into lines of scalars: LF, CRLF and a lone CR all end a line.
  static func splitLines(_ text: String) -> [[Unicode.Scalar]] {
    var lines: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    var previousCR = false
    var first = true
    for scalar in text.unicodeScalars {
      if first {
        first = false
        if scalar == "\u{FEFF}" { continue }
      }
      if scalar == "\n" {
        if !previousCR { lines.append(current) }
        current = []
        previousCR = false
      } else if scalar == "\r" {
        lines.append(current)
        current = []
        previousCR = true
      } else {
        current.append(scalar)
        previousCR = false
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Parses `6s`, `6.5s`, `6秒`, `6 s` or a bare `6` into seconds (`ReplyLimit.parse`: the one
  /// reading of a limit, shared with rubric files).
  public static func parseLimit(_ value: String) -> Double? { ReplyLimit.parse(value) }

  /// Compiles a branch regex as the engine matches it: on the NFKC form of the pattern, case
  /// insensitive (replies are lower-cased, so `/[SML]码/` still matches `m码`). Compiled once
  /// per distinct pattern for the whole process.
  public static func compileRegex(_ source: String) -> NSRegularExpression? {
    regexLock.lock()
    defer { regexLock.unlock() }
    if let cached = regexCache[source] { return cached }
    let pattern = source.precomposedStringWithCompatibilityMapping
    let compiled = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    regexCache[source] = compiled
    return compiled
  }

  private static let regexLock = NSLock()
  nonisolated(unsafe) private static var regexCache: [String: NSRegularExpression?] = [:]
}

/// The target of a branch line that is not in the model because its line had an error.
struct DanglingTarget {
  var target: Target
  var line: Int
  /// 1-based columns of the target text, end exclusive.
  var column: Int
  var endColumn: Int
}

/// What the parser learnt about a node beyond the model, for the checks that follow.
struct NodeFacts {
  /// Targets of branch lines whose condition was broken: still edges for reachability, and
  /// still checked for existence.
  var danglingTargets: [DanglingTarget] = []
  /// A branch line of this node had an error (checks that need every branch stay quiet).
  var brokenBranchLine = false
  /// An `otherwise` line was written (even if it had an error).
  var sawOtherwise = false
  /// A branch line's target could not be read at all: any node may be the one it meant.
  var lostTarget = false
  /// Some line of this node had an error (a broken `顾客` line must not also read as silence).
  var hadError = false
}

/// The line-by-line pass. Internal: `ScenarioParser.parse` is the way in.
struct LineParser {
  let path: String
  let lines: [[Unicode.Scalar]]
  var diagnostics: [Diagnostic] = []
  var scenario: Scenario
  /// Kept nodes' facts, parallel to `scenario.nodes`.
  var facts: [NodeFacts] = []
  /// Whether the file has any line that is not blank or a comment.
  var hasContent = false
  /// First line of each header key seen.
  var headerLines: [String: Int] = [:]
  /// Any `==` line at all, kept or not.
  var sawNodeLine = false
  /// Header keys an unknown key was taken for (`titel` → `title`): not reported missing again.
  var misspelledKeys = Set<String>()

  private var nodeIndex: [String: Int] = [:]
  /// The node lines are being added to; nil before the first `==`.
  private var current: NodeBuilder?

  private struct NodeBuilder {
    var node: Node
    var facts = NodeFacts()
    /// False for a duplicate or nameless node: parsed for its errors, then dropped.
    var keep: Bool
  }

  init(path: String, lines: [[Unicode.Scalar]]) {
    self.path = path
    self.lines = lines
    self.scenario = Scenario(path: path)
  }

  mutating func run() {
    for index in lines.indices {
      parseLine(index)
    }
    finishNode()
  }

  // MARK: - Lines

  private mutating func parseLine(_ index: Int) {
    let line = lines[index]
    let number = index + 1
    let (lo, hi) = trimmed(line, 0, line.count)
    if lo == hi { return }
    if line[lo] == "#" || line[lo] == "＃" { return }
    hasContent = true
    if isEquals(line[lo]) && lo + 1 < hi && isEquals(line[lo + 1]) {
      parseNodeLine(line, number, lo, hi)
      return
    }
    var wordEnd = lo
    while wordEnd < hi && !isWordStop(line[wordEnd]) { wordEnd += 1 }
    let word = lowercasedASCII(text(line, lo, wordEnd))
    var afterWord = wordEnd
    while afterWord < hi && isSpace(line[afterWord]) { afterWord += 1 }
    if afterWord < hi && isColon(line[afterWord]) && wordEnd > lo {
      parseKeyedLine(line, number, key: word, keyRange: (lo, wordEnd), valueStart: afterWord + 1)
      return
    }
    if word == "when" || word == "otherwise" {
      parseBranchLine(line, number, lo, hi, keyword: word, wordEnd: wordEnd)
      return
    }
    reportUnknownLine(line, number, lo, hi, word: word, wordEnd: wordEnd)
  }

  private mutating func reportUnknownLine(
    _ line: [Unicode.Scalar], _ number: Int, _ lo: Int, _ hi: Int, word: String, wordEnd: Int
  ) {
    let end = wordEnd > lo ? wordEnd : hi
    let shown = text(line, lo, end)
    if ScenarioParser.buyerKeys.contains(word) || ScenarioParser.headerKeys.contains(word) {
      report(
        .unknownKeyword, number, lo, end, "「\(shown)」后面缺少冒号",
        hint: "写成「\(shown): …」（冒号用 : 或 ：都可以）")
      return
    }
    if current == nil {
      report(
        .unknownKeyword, number, lo, end, "看不懂这一行：「\(shown)」",
        hint: suggestion(word, in: ScenarioParser.headerKeys)
          ?? "开头只能写 title: 这样的设置项；对话要从「== 节点名」开始")
    } else {
      let candidates = ScenarioParser.buyerKeys + ["when", "otherwise"]
      let chinese = ScenarioParser.chineseBranchWords[word]
      let guess = chinese ?? closest(word, in: candidates)
      report(
        .unknownKeyword, number, lo, end, "看不懂这一行：「\(shown)」",
        hint: chinese.map { "分支的关键字要写英文：「\($0)」" } ?? guess.map { "是不是「\($0)」？" }
          ?? "节点里只能写「顾客: 台词」「when 条件 -> 目标」「otherwise -> 目标」")
      // A misspelt `when` (`wehn`) is still read as the branch it meant, so the rest of the
      // line is checked too (a mistyped target on it is reported), but it stays out of the model.
      let hasArrow = findArrow(line, from: end, to: hi) != nil
      if let guess, guess == "when" || guess == "otherwise", hasArrow {
        parseBranchLine(line, number, lo, hi, keyword: guess, wordEnd: end, misspeltKeyword: true)
      } else if hasArrow || guess == "when" || guess == "otherwise" {
        current?.facts.lostTarget = true
      }
    }
  }

  private mutating func parseNodeLine(_ line: [Unicode.Scalar], _ number: Int, _ lo: Int, _ hi: Int)
  {
    finishNode()
    sawNodeLine = true
    var start = lo
    while start < hi && isEquals(line[start]) { start += 1 }
    var (nlo, nhi) = trimmed(line, start, hi)
    while nhi > nlo && isEquals(line[nhi - 1]) { nhi -= 1 }
    (nlo, nhi) = trimmed(line, nlo, nhi)
    let name = text(line, nlo, nhi)
    let location = SourceLocation(line: number, column: lo + 1)
    let nameLocation = SourceLocation(line: number, column: nlo + 1)
    let node = Node(
      name: name, location: location, lines: [], branches: [], nameLocation: nameLocation,
      nameEndColumn: nhi + 1)
    if name.isEmpty {
      report(.emptyValue, number, lo, hi, "节点名是空的", hint: "在 == 后面写上节点名，例如「== 开场」")
      current = NodeBuilder(node: node, keep: false)
    } else if let first = nodeIndex[name] {
      let firstLine = scenario.nodes[first].location.line
      report(
        .duplicateNode, number, nlo, nhi, "节点「\(name)」重名了",
        hint: "第一次定义在第 \(firstLine) 行；节点名不能重复，请改名")
      current = NodeBuilder(node: node, keep: false)
    } else {
      current = NodeBuilder(node: node, keep: true)
    }
  }

  private mutating func finishNode() {
    guard let builder = current else { return }
    current = nil
    guard builder.keep else { return }
    nodeIndex[builder.node.name] = scenario.nodes.count
    scenario.nodes.append(builder.node)
    facts.append(builder.facts)
  }

  private mutating func parseKeyedLine(
    _ line: [Unicode.Scalar], _ number: Int, key: String, keyRange: (Int, Int), valueStart: Int
  ) {
    let (vlo, vhi) = trimmed(line, valueStart, line.count)
    let value = text(line, vlo, vhi)
    let keyText = text(line, keyRange.0, keyRange.1)
    if ScenarioParser.buyerKeys.contains(key) {
      guard current != nil else {
        report(
          .outsideNode, number, keyRange.0, keyRange.1, "顾客台词写在了节点外面",
          hint: "先写一行「== 节点名」，再写顾客说的话")
        return
      }
      if value.isEmpty {
        report(.emptyValue, number, keyRange.0, valueStart, "「\(keyText):」后面没有台词")
        return
      }
      current!.node.lines.append(
        BuyerLine(text: value, location: SourceLocation(line: number, column: vlo + 1)))
      return
    }
    if current != nil {
      if ScenarioParser.headerKeys.contains(key) {
        report(
          .unknownKeyword, number, keyRange.0, keyRange.1, "设置项「\(keyText)」写在了节点里",
          hint: "title、persona 等设置项要写在第一个「== 节点」之前")
      } else {
        report(
          .unknownKeyword, number, keyRange.0, keyRange.1, "节点里不认识「\(keyText):」",
          hint: suggestion(key, in: ScenarioParser.buyerKeys)
            ?? "顾客说的话写成「顾客: 台词」")
      }
      return
    }
    guard ScenarioParser.headerKeys.contains(key) else {
      let hint = suggestion(key, in: ScenarioParser.headerKeys)
      if hint != nil,
        let guess = Suggestion.closest(
          to: key, in: ScenarioParser.headerKeys, maxDistance: max(2, key.count / 2))
      {
        misspelledKeys.insert(guess)
      }
      report(
        .unknownKey, number, keyRange.0, keyRange.1, "不认识的设置项「\(keyText)」",
        hint: hint ?? "可用的设置项：\(ScenarioParser.headerKeys.joined(separator: "、"))")
      return
    }
    parseHeader(line, number, key: key, keyRange: keyRange, value: value, valueRange: (vlo, vhi))
  }

  private mutating func parseHeader(
    _ line: [Unicode.Scalar], _ number: Int, key: String, keyRange: (Int, Int), value: String,
    valueRange: (Int, Int)
  ) {
    let repeatable = key == "addon" || key == "phrase"
    if !repeatable, let first = headerLines[key] {
      report(
        .duplicateKey, number, keyRange.0, keyRange.1, "「\(key)」写了两次",
        hint: "第一次在第 \(first) 行；\(key) 只能写一次，请删掉一行")
      return
    }
    if headerLines[key] == nil { headerLines[key] = number }
    let (vlo, vhi) = valueRange
    if value.isEmpty {
      report(.emptyValue, number, keyRange.0, vhi, "「\(key):」后面没有内容")
      return
    }
    switch key {
    case "title":
      scenario.title = value
    case "persona":
      scenario.personaName = value
      if let persona = Persona.named(value) {
        scenario.persona = persona
      } else {
        let names = Persona.builtIn.flatMap { [$0.name] + $0.aliases }
        report(
          .unknownPersona, number, vlo, vhi, "不认识的买家性格「\(value)」",
          hint: suggestion(value, in: names)
            ?? "可选：\(Persona.builtIn.map(\.name).joined(separator: "、"))")
      }
    case "patience":
      let digits = TextNormalizer.normalize(value)
      if let n = Int(digits), (1...99).contains(n) {
        scenario.patienceOverride = n
      } else {
        report(
          .invalidValue, number, vlo, vhi, "patience 要写 1 到 99 之间的整数，这里写的是「\(value)」",
          hint: "例如「patience: 3」：买家最多忍受 3 次扣分的回复")
      }
    case "limit":
      if let seconds = ScenarioParser.parseLimit(value) {
        scenario.limitSeconds = seconds
      } else {
        report(
          .invalidValue, number, vlo, vhi, "limit 要写成秒数，这里写的是「\(value)」",
          hint: "例如「limit: 6s」「limit: 6.5s」或「limit: 6秒」，不超过 \(Int(ReplyLimit.maxSeconds)) 秒")
      }
    case "product":
      scenario.product = value
    case "addon":
      parseAddon(line, number, vlo, vhi)
    case "phrase":
      scenario.phrases.append(value)
    case "sales":
      let word = TextNormalizer.normalize(value)
      if ["无", "没有", "否", "不评", "no", "none"].contains(word) {
        scenario.sales = false
      } else if ["有", "是", "评", "yes"].contains(word) {
        scenario.sales = true
      } else {
        report(
          .invalidValue, number, vlo, vhi, "sales 要写「有」或「无」，这里写的是「\(value)」",
          hint: "「sales: 无」：这一课没有推荐或关联销售的机会（如售后、问好），成绩单不评销售等级")
      }
    default:
      break
    }
  }

  /// `addon: 名称/别名 19元`: names split by `/` (or `／`), an optional price last.
  private mutating func parseAddon(_ line: [Unicode.Scalar], _ number: Int, _ lo: Int, _ hi: Int) {
    var namesEnd = hi
    var price: String?
    var p = hi
    while p > lo && !isSpace(line[p - 1]) { p -= 1 }
    if p > lo && isPrice(text(line, p, hi)) {
      price = text(line, p, hi)
      namesEnd = trimmed(line, lo, p).1
    }
    var names: [String] = []
    var segmentStart = lo
    var i = lo
    while i <= namesEnd {
      if i == namesEnd || line[i] == "/" || line[i] == "／" {
        let (a, b) = trimmed(line, segmentStart, i)
        if a == b {
          report(
            .emptyValue, number, min(i, namesEnd - 1), min(i, namesEnd - 1) + 1,
            "addon 里有一个空的名称", hint: "写成「addon: 名称/别名 19元」，两个 / 之间要有名称")
          return
        }
        names.append(text(line, a, b))
        segmentStart = i + 1
      }
      i += 1
    }
    scenario.addons.append(
      Addon(names: names, price: price, location: SourceLocation(line: number, column: lo + 1)))
  }

  private func isPrice(_ token: String) -> Bool {
    var t = Substring(TextNormalizer.normalize(token))
    if t.first == "¥" || t.first == "￥" { t = t.dropFirst() }
    for suffix in ["元", "块"] where t.hasSuffix(suffix) {
      t = t.dropLast()
      break
    }
    return !t.isEmpty && t.allSatisfy { $0.isASCII && ($0.isNumber || $0 == ".") }
      && t.first!.isNumber
  }

  // MARK: - Branches

  private mutating func parseBranchLine(
    _ line: [Unicode.Scalar], _ number: Int, _ lo: Int, _ hi: Int, keyword: String, wordEnd: Int,
    misspeltKeyword: Bool = false
  ) {
    guard current != nil else {
      report(
        .outsideNode, number, lo, wordEnd, "分支写在了节点外面",
        hint: "先写一行「== 节点名」和顾客的台词，再写 when / otherwise")
      return
    }
    let location = SourceLocation(line: number, column: lo + 1)
    var i = wordEnd
    while i < hi && isSpace(line[i]) { i += 1 }
    var condition: Condition?
    var condLo = lo
    var condHi = wordEnd
    var broken = misspeltKeyword
    var searchFrom = i
    if keyword == "otherwise" {
      condition = .otherwise
      current!.facts.sawOtherwise = true
      if let arrow = findArrow(line, from: i, to: hi), arrow.start > i {
        let (a, b) = trimmed(line, i, arrow.start)
        report(
          .malformedBranch, number, a, b, "otherwise 后面不需要条件",
          hint: "写成「otherwise -> 目标」；要加条件请用 when")
        broken = true
      }
    } else if i >= hi || findArrow(line, from: i, to: hi)?.start == i {
      report(
        .malformedBranch, number, lo, wordEnd, "when 后面缺少条件",
        hint: "例如「when has 有货|现货 -> 问尺码」")
      broken = true
    } else if line[i] == "/" {
      var j = i + 1
      while j < hi && line[j] != "/" { j += line[j] == "\\" ? 2 : 1 }
      if j >= hi {
        report(
          .malformedBranch, number, i, hi, "正则表达式缺少结尾的 /",
          hint: "正则写成「/…/」，正则里要匹配斜杠时写 \\/")
        markBroken()
        return
      }
      let source = text(line, i + 1, j)
      condLo = i
      condHi = j + 1
      searchFrom = j + 1
      if source.isEmpty {
        report(.emptyValue, number, i, j + 1, "正则表达式是空的", hint: "在两个 / 之间写上要匹配的内容")
        broken = true
      } else {
        let compiled = ScenarioParser.compileRegex(source)
        if compiled == nil {
          report(
            .invalidRegex, number, i, j + 1, "正则表达式「\(source)」写错了，无法编译",
            hint: "检查括号和方括号是否成对；. * + ? ( ) [ ] { } | \\ 要当普通字符时前面加 \\")
        } else if let why = RegexBudget.problem(source) {
          report(
            .slowRegex, number, i, j + 1, "正则表达式「\(source)」可能让匹配卡住：\(why)",
            hint: "一个正则里最多一个 * 或 +；要表达「A 后面隔几个字是 B」请写 A.{0,20}B（见 docs/scenario-format.md）")
          broken = true
        }
        condition = .regex(source: source, compiled: compiled)
      }
      if let arrow = findArrow(line, from: searchFrom, to: hi) {
        let (a, b) = trimmed(line, searchFrom, arrow.start)
        if a < b {
          report(
            .malformedBranch, number, a, b, "正则后面多了「\(text(line, a, b))」",
            hint: "正则不需要 /…/i 这样的标志：匹配本来就不分大小写")
          broken = true
        }
      }
    } else {
      var k = i
      while k < hi && isASCIILetter(line[k]) { k += 1 }
      let kw = lowercasedASCII(text(line, i, k))
      let arrow = findArrow(line, from: k, to: hi)
      let (alo, ahi) = trimmed(line, k, arrow?.start ?? hi)
      let arg = text(line, alo, ahi)
      condLo = alo < ahi ? alo : i
      condHi = alo < ahi ? ahi : k
      switch kw {
      case "has":
        condition = parseWords(line, number, alo, ahi, keywordRange: (i, k))
        if condition == nil { broken = true }
      case "step":
        if arg.isEmpty {
          report(
            .malformedBranch, number, i, k, "step 后面缺少步骤名",
            hint: "例如「when step objection -> 成交」")
          broken = true
        } else if let step = Self.step(named: arg) {
          condition = .step(step)
        } else {
          let names = Step.allCases.map(\.rawValue) + Step.allCases.map(\.chineseName)
          report(
            .unknownStep, number, alo, ahi, "不认识的接待步骤「\(arg)」",
            hint: suggestion(arg, in: names)
              ?? "可用的步骤：\(Step.allCases.map { "\($0.rawValue)（\($0.chineseName)）" }.joined(separator: "、"))"
          )
          broken = true
        }
      case "rule":
        if arg.isEmpty {
          report(
            .malformedBranch, number, i, k, "rule 后面缺少规则 id",
            hint: "例如「when rule rhetorical_question -> end 流失」")
          broken = true
        } else {
          condition = .rule(arg)
        }
      case "slow", "upsell":
        condition = kw == "slow" ? .slow : .upsell
        condLo = i
        condHi = k
        if !arg.isEmpty {
          report(
            .malformedBranch, number, alo, ahi, "\(kw) 后面不需要再写别的",
            hint: "写成「when \(kw) -> 目标」")
          broken = true
        }
      default:
        let end = k > i ? k : (arrow?.start ?? hi)
        let (a, b) = trimmed(line, i, end)
        let shown = text(line, a, b)
        let hint: String
        if kw == "otherwise" {
          hint = "直接写「otherwise -> 目标」，不要 when"
        } else if k == i, let meant = ScenarioParser.chineseConditionWords[shown] {
          hint =
            meant == "slow"
            ? "回复超过时限写「when slow -> …」；要看回复里有没有「\(shown)」这几个字才写「when has \(shown) -> …」"
            : "做了关联销售写「when upsell -> …」；要看回复里有没有「\(shown)」这几个字才写「when has \(shown) -> …」"
        } else if let guess = suggestion(kw, in: ScenarioParser.conditionKeywords) {
          hint = guess
        } else if k == i {
          hint = "是不是想写「when has \(shown) -> …」？"
        } else {
          hint = "条件可以是：has 词1|词2、/正则/、step 步骤、rule 规则、slow、upsell"
        }
        report(.unknownKeyword, number, a, b, "不认识的条件「\(shown)」", hint: hint)
        broken = true
      }
      searchFrom = arrow?.start ?? hi
    }
    let target = parseTarget(line, number, from: searchFrom, to: hi)
    if target == nil {
      broken = true
      current!.facts.lostTarget = true
    }
    if broken { current!.facts.brokenBranchLine = true }
    guard let target else { return }
    guard let condition, !misspeltKeyword, !broken || isOnlyArgumentError(condition) else {
      current!.facts.danglingTargets.append(
        DanglingTarget(
          target: target.target, line: number, column: target.lo + 1, endColumn: target.hi + 1))
      return
    }
    current!.node.branches.append(
      Branch(
        condition: condition, target: target.target, location: location,
        targetLocation: SourceLocation(line: number, column: target.lo + 1),
        conditionText: text(
          line, keyword == "otherwise" ? lo : wordEndSkippingSpace(line, wordEnd, hi), condHi),
        conditionLocation: SourceLocation(line: number, column: condLo + 1),
        conditionEndColumn: condHi + 1, targetEndColumn: target.hi + 1,
        partingLine: target.partingLine))
  }

  /// Conditions that stay in the model despite an error on their line (extra text after
  /// `slow`, a stray word after `otherwise`): what they test is still clear.
  private func isOnlyArgumentError(_ condition: Condition) -> Bool {
    switch condition {
    case .slow, .upsell, .otherwise, .regex: return true
    default: return false
    }
  }

  private func wordEndSkippingSpace(_ line: [Unicode.Scalar], _ from: Int, _ hi: Int) -> Int {
    var i = from
    while i < hi && isSpace(line[i]) { i += 1 }
    return i
  }

  private mutating func markBroken() {
    current?.facts.brokenBranchLine = true
    current?.facts.lostTarget = true
  }

  /// `has A|B|C`: words split by `|` or `｜`, each normalised as replies are.
  private mutating func parseWords(
    _ line: [Unicode.Scalar], _ number: Int, _ lo: Int, _ hi: Int, keywordRange: (Int, Int)
  ) -> Condition? {
    guard lo < hi else {
      report(
        .emptyValue, number, keywordRange.0, keywordRange.1, "has 后面没有词",
        hint: "例如「when has 有货|现货 -> 问尺码」，多个词用 | 隔开")
      return nil
    }
    var words: [String] = []
    var segmentStart = lo
    var i = lo
    var ok = true
    while i <= hi {
      if i == hi || line[i] == "|" || line[i] == "｜" {
        let (a, b) = trimmed(line, segmentStart, i)
        let word = TextNormalizer.normalize(text(line, a, b))
        if word.trimmingCharacters(in: .whitespaces).isEmpty {
          let at = min(i, hi - 1)
          report(
            .emptyValue, number, at, at + 1, "has 的词表里有一个空词",
            hint: "两个 | 之间要有词，开头和结尾也不要多写 |")
          ok = false
        } else {
          words.append(word)
        }
        segmentStart = i + 1
      }
      i += 1
    }
    return ok ? .has(words) : nil
  }

  private struct ParsedTarget {
    var target: Target
    var lo: Int
    var hi: Int
    /// `end 流失: 台词`: what the buyer says as the dialogue ends.
    var partingLine: String? = nil
  }

  private mutating func parseTarget(
    _ line: [Unicode.Scalar], _ number: Int, from: Int, to hi: Int
  ) -> ParsedTarget? {
    guard let arrow = findArrow(line, from: from, to: hi) else {
      report(
        .malformedBranch, number, hi, hi, "分支缺少「->」和跳转目标",
        hint: "写成「when 条件 -> 节点名」或「-> end 成交」（箭头也可以写 → 或 －＞）")
      return nil
    }
    let (lo, end) = trimmed(line, arrow.end, hi)
    guard lo < end else {
      report(
        .malformedBranch, number, arrow.start, arrow.end, "「->」后面缺少跳转目标",
        hint: "写节点名，或 end 成交 / end 流失")
      return nil
    }
    let name = text(line, lo, end)
    let lowered = lowercasedASCII(name)
    if lowered.hasPrefix("end"), lowered.count == 3 || !isASCIILetter(line[lo + 3]) {
      // `end 流失: 台词` gives the buyer a parting line; the colon may be full-width.
      var outcomeEnd = end
      var partingLine: String?
      if let colon = (lo + 3..<end).first(where: { isColon(line[$0]) }) {
        outcomeEnd = colon
        let (plo, phi) = trimmed(line, colon + 1, end)
        partingLine = text(line, plo, phi)
        if plo == phi {
          report(
            .emptyValue, number, colon, colon + 1, "结局的冒号后面没有台词",
            hint: "写成「end 流失: 那我再去别家看看吧」，或者去掉冒号")
          return nil
        }
      }
      let (olo, ohi) = trimmed(line, lo + 3, outcomeEnd)
      let outcome = text(line, olo, ohi)
      switch lowercasedASCII(outcome) {
      case "成交", "deal":
        return ParsedTarget(target: .end(.deal), lo: lo, hi: end, partingLine: partingLine)
      case "流失", "lost":
        return ParsedTarget(target: .end(.lost), lo: lo, hi: end, partingLine: partingLine)
      case "":
        report(
          .unknownEnd, number, lo, end, "end 后面要写结局", hint: "写成「end 成交」或「end 流失」")
      default:
        report(
          .unknownEnd, number, olo, ohi, "结局「\(outcome)」不存在，只能是成交或流失",
          hint: suggestion(outcome, in: ["成交", "流失"]) ?? "写成「end 成交」或「end 流失」")
      }
      return nil
    }
    return ParsedTarget(target: .node(name), lo: lo, hi: end)
  }

  static func step(named name: String) -> Step? {
    let key = lowercasedASCII(name)
    return Step(rawValue: key) ?? Step.allCases.first { $0.chineseName == name }
  }

  // MARK: - Helpers

  private mutating func report(
    _ code: DiagnosticCode, _ number: Int, _ lo: Int, _ hi: Int, _ message: String,
    hint: String? = nil
  ) {
    current?.facts.hadError = true
    diagnostics.append(
      Diagnostic(
        code: code, path: path, location: SourceLocation(line: number, column: lo + 1),
        endColumn: max(hi, lo + 1) + 1, message: message, hint: hint,
        sourceLine: lineText(number)))
  }

  /// The text of a 1-based line, for caret displays.
  func lineText(_ number: Int) -> String {
    guard number >= 1 && number <= lines.count else { return "" }
    var view = String.UnicodeScalarView()
    view.append(contentsOf: lines[number - 1])
    return String(view)
  }

  /// "Did you mean": ASCII keywords tolerate two typos (`hsa`, `wehn`), other words the
  /// default share of their length.
  private func suggestion(_ word: String, in candidates: [String]) -> String? {
    closest(word, in: candidates).map { "是不是「\($0)」？" }
  }

  private func closest(_ word: String, in candidates: [String]) -> String? {
    guard !word.isEmpty else { return nil }
    let limit = word.unicodeScalars.allSatisfy(\.isASCII) ? max(2, word.count / 2) : nil
    return Suggestion.closest(to: word, in: candidates, maxDistance: limit)
  }
}

// MARK: - Scalar helpers shared by the parser and the checker

func isSpace(_ s: Unicode.Scalar) -> Bool {
  s == " " || s == "\t" || s == "\u{3000}" || s.properties.isWhitespace
}

func isEquals(_ s: Unicode.Scalar) -> Bool { s == "=" || s == "＝" }

func isColon(_ s: Unicode.Scalar) -> Bool { s == ":" || s == "：" }

func isASCIILetter(_ s: Unicode.Scalar) -> Bool {
  (s.value >= 0x41 && s.value <= 0x5A) || (s.value >= 0x61 && s.value <= 0x7A) || s == "_"
}

/// Where a line's first word ends: at a space, a colon, a slash or an arrow.
func isWordStop(_ s: Unicode.Scalar) -> Bool {
  isSpace(s) || isColon(s) || s == "/" || s == "-" || s == "－" || s == "→"
}

func lowercasedASCII(_ text: String) -> String {
  var view = String.UnicodeScalarView()
  for s in text.unicodeScalars {
    view.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(s.value + 0x20)! : s)
  }
  return String(view)
}

func trimmed(_ line: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> (Int, Int) {
  var a = lo
  var b = hi
  while a < b && isSpace(line[a]) { a += 1 }
  while b > a && isSpace(line[b - 1]) { b -= 1 }
  return (a, b)
}

func text(_ line: [Unicode.Scalar], _ lo: Int, _ hi: Int) -> String {
  guard lo < hi else { return "" }
  var view = String.UnicodeScalarView()
  view.append(contentsOf: line[lo..<hi])
  return String(view)
}

/// The first arrow at or after `from`: `->`, `－＞` (and the mixed `-＞`, `－>`), or `→`; spaces
/// typed inside it (`- >`) are part of the arrow.
func findArrow(_ line: [Unicode.Scalar], from: Int, to hi: Int) -> (start: Int, end: Int)? {
  var i = from
  while i < hi {
    let s = line[i]
    if s == "→" { return (i, i + 1) }
    if s == "-" || s == "－" {
      var j = i + 1
      while j < hi && (line[j] == " " || line[j] == "\t" || line[j] == "\u{3000}") { j += 1 }
      if j < hi && (line[j] == ">" || line[j] == "＞") { return (i, j + 1) }
    }
    i += 1
  }
  return nil
}
