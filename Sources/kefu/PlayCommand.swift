/// `kefu play` (scaffold: its issue implements it).
enum PlayCommand: Command {
  static let name = "play"
  static let summary = "练习：独自与脚本买家对话，结束后打印成绩单"
  static let help = """
    用法：kefu play SCENARIO [--script FILE] [--json] [--name 姓名] [--id 学号] [--class 班级] [--records DIR] [--rubric FILE]
    """
  static let spec = ArgumentSpec(
    options: ["--script", "--name", "--id", "--class", "--records", "--rubric", "--seed"],
    switches: ["--json"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu play 尚未实现")
  }
}
