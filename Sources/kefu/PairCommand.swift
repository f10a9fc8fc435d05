/// `kefu pair` (scaffold: its issue implements it).
enum PairCommand: Command {
  static let name = "pair"
  static let summary = "双人练习：同一终端，一人扮买家，一人扮客服"
  static let help = """
    用法：kefu pair SCENARIO --seller 姓名 --buyer 姓名 [--id 学号] [--class 班级] [--records DIR] [--rubric FILE]
    """
  static let spec = ArgumentSpec(
    options: ["--seller", "--buyer", "--id", "--class", "--records", "--rubric", "--seed"],
    switches: [])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu pair 尚未实现")
  }
}
