/// `kefu report` (scaffold: its issue implements it).
enum ReportCommand: Command {
  static let name = "report"
  static let summary = "全班成绩一览（终端或 HTML）"
  static let help = """
    用法：kefu report DIR [--html FILE] [--rubric FILE]
    """
  static let spec = ArgumentSpec(
    options: ["--html", "--rubric"], switches: [])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu report 尚未实现")
  }
}
