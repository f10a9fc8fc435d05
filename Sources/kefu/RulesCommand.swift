import KefuRubric
import KefuText

/// `kefu rules`: the rubric's rules — a list, one in full, or all as a Markdown document.
enum RulesCommand: Command {
  static let name = "rules"
  static let summary = "列出评分规则及其示例"
  static let help = """
    用法：kefu rules [ID] [--rubric FILE] [--markdown]

    不带参数：列出全部规则（id、中文名、一句话说明）。
    kefu rules ID：显示一条规则的完整说明、数值、词语和示例。
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
    guard let rule = RuleRegistry.rule(id) else {
      var message = "没有规则「\(id)」"
      if let guess = Suggestion.closest(to: id, in: RuleRegistry.ids, maxDistance: 4) {
        message += "，是不是想看 \(guess)？"
      } else {
        message += "。全部规则：" + RuleRegistry.ids.joined(separator: ", ")
      }
      throw UsageError(message: message)
    }
    var settings = RubricSettings.standard
    if let path = args.value("--rubric") {
      do {
        settings = try RubricSettings.load(path: path)
      } catch let error as RubricFileError {
        throw CommandError(error.message, code: 2)
      }
    }
    console.out.write(RubricDocument.detail(rule, settings: settings))
    return 0
  }
}
