/// `kefu check` (scaffold: its issue implements it).
enum CheckCommand: Command {
  static let name = "check"
  static let summary = "逐行检查客服回复是否违反规则"
  static let help = """
    用法：kefu check [FILE...] [--jsonl] [--scenario FILE] [--rubric FILE]
    """
  static let spec = ArgumentSpec(
    options: ["--scenario", "--rubric"], switches: ["--jsonl"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu check 尚未实现")
  }
}
