/// `kefu lint` (scaffold: its issue implements it).
enum LintCommand: Command {
  static let name = "lint"
  static let summary = "检查场景文件，指出错误的位置与改法"
  static let help = """
    用法：kefu lint FILE|DIR... [--format text|json] [--strict]
    """
  static let spec = ArgumentSpec(
    options: ["--format"], switches: ["--strict"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu lint 尚未实现")
  }
}
