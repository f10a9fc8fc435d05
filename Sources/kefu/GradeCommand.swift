/// `kefu grade` (scaffold: its issue implements it).
enum GradeCommand: Command {
  static let name = "grade"
  static let summary = "为练习记录或真实聊天记录重新评分"
  static let help = """
    用法：kefu grade FILE... [--seller 昵称] [--json] [--rubric FILE] [--no-mask]
    """
  static let spec = ArgumentSpec(
    options: ["--seller", "--rubric"], switches: ["--json", "--no-mask"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu grade 尚未实现")
  }
}
