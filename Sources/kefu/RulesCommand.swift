import KefuRubric
import KefuText

/// `kefu rules`: the rubric's rules — a list, one in full, or all as a Markdown document.
enum RulesCommand: Command {
  static let name = "rules"
  static let summary = "列出评分规则及其示例"
  static let help = """
    用法：kefu rules [ID] [--rubric FILE] [--markdown]

    不带参数：列出全部规则（id、中文名、一句话说明）。
    kefu rules ID：显示一条规则的完整说明、数值、词语和示例；ID 也可以写规则的中文名
                   （kefu rules 禁用反问句）。
    --rubric FILE：按评分标准文件显示数值和增删过的词语。
    --markdown：把全部规则和评分公式输出为 Markdown 文档（docs/rubric.md 就是它）。
    """
  static let spec = ArgumentSpec(
    options: ["--rubric"], switches: ["--markdown"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard args.positionals.count <= 1 else {
      throw UsageError(message: "只能给一个规则 id，收到了 \(args.positionals.count) 个")
    }
    if args.has("--markdown") {
      guard args.positionals.isEmpty else {
        throw UsageError(message: "--markdown 输出全部规则，不要再给规则 id")
      }
      console.out.write(RubricDocument.markdown())
      return 0
    }
    guard let id = args.positionals.first else {
      console.out.write(RubricDocument.listing())
      return 0
    }
    guard let rule = Self.find(id) else {
      throw UsageError(message: Self.notFound(id))
    }
    let settings = try RubricLoading.settings(args.value("--rubric"), code: 2)
    console.out.write(RubricDocument.detail(rule, settings: settings))
    return 0
  }

  /// A rule by its id or its Chinese name (as `kefu rules` lists them), ignoring case and
  /// full-width letters.
  static func find(_ query: String) -> Rule? {
    let q = TextNormalizer.normalize(query).lowercased()
    return RuleRegistry.all.first {
      $0.description.id == q || TextNormalizer.normalize($0.description.name) == q
    }
  }

  /// The message for a rule that is not there, with the rules it may have meant: those whose id
  /// or Chinese name contains the query (`rhetorical` → rhetorical_question, 反问 → 禁用反问句),
  /// else the nearest id by spelling.
  static func notFound(_ query: String) -> String {
    let q = TextNormalizer.normalize(query).lowercased()
    func label(_ r: Rule) -> String { "\(r.description.id)（\(r.description.name)）" }
    let containing = RuleRegistry.all.filter {
      !q.isEmpty && ($0.description.id.contains(q) || $0.description.name.contains(q))
    }
    if !containing.isEmpty {
      return "没有规则「\(query)」，是不是想看 " + containing.map(label).joined(separator: "、") + "？"
    }
    if let guess = Suggestion.closest(to: q, in: RuleRegistry.ids, maxDistance: 4),
      let rule = RuleRegistry.rule(guess)
    {
      return "没有规则「\(query)」，是不是想看 \(label(rule))？"
    }
    return "没有规则「\(query)」。全部规则：" + RuleRegistry.all.map(label).joined(separator: "、")
  }
}
