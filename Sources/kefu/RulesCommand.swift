/// `kefu rules` (scaffold: its issue implements it).
enum RulesCommand: Command {
  static let name = "rules"
  static let summary = "列出评分规则及其示例"
  static let help = """
    用法：kefu rules [ID] [--markdown]
    """
  static let spec = ArgumentSpec(
    options: [], switches: ["--markdown"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu rules 尚未实现")
  }
}
