/// `kefu export` (scaffold: its issue implements it).
enum ExportCommand: Command {
  static let name = "export"
  static let summary = "把全班的练习记录导出为 CSV"
  static let help = """
    用法：kefu export DIR|FILE... [-o FILE|-] [--no-bom] [--rubric FILE]
    """
  static let spec = ArgumentSpec(
    options: ["--output", "--rubric"], switches: ["--no-bom"], aliases: ["-o": "--output"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu export 尚未实现")
  }
}
