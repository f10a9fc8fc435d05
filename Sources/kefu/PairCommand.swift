import KefuRecords
import KefuRubric
import KefuTerminal

/// `kefu pair`: two students at one terminal, one the buyer, one the seller.
enum PairCommand: Command {
  static let name = "pair"
  static let summary = "双人练习：同一终端，一人扮买家，一人扮客服"
  static let help = """
    用法：kefu pair 场景文件 --seller 姓名 --buyer 姓名 [--id 学号] [--class 班级]
                   [--records 目录] [--rubric 文件]

    两名同学共用一个终端。买家回合显示人设卡和本节点的建议台词：直接回车说建议台词，
    也可以输入自己的话再回车；输入 \(PlayLoop.buyerDealCommand) 表示买下、\(PlayLoop.buyerLeaveCommand) 表示离开，提前结束练习。
    客服回合与单人练习一样计时、评分，分支按客服的回复走。成绩单是客服的。

      --seller 姓名   扮演客服的同学（被评分）
      --buyer 姓名    扮演买家的同学
      --id 学号       客服同学的学号（默认 KEFU_ID）
      --class 班级    两人所在班级（默认 KEFU_CLASS）
      --records 目录  记录保存位置（默认 KEFU_RECORDS，否则 records/）
      --rubric 文件   自定义评分参数

    示例：
      kefu pair scenarios/07-bargain-hold-price.kefu --seller 张三 --buyer 李四 --class 电商1班
    """
  static let spec = ArgumentSpec(
    options: ["--seller", "--buyer", "--id", "--class", "--records", "--rubric", "--seed"],
    switches: ["--json"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard args.positionals.count == 1 else {
      throw UsageError(message: args.positionals.isEmpty ? "缺少场景文件" : "只能练习一个场景")
    }
    let sellerName = RecordPlayer.normalize(args.value("--seller") ?? "")
    let buyerName = RecordPlayer.normalize(args.value("--buyer") ?? "")
    guard !sellerName.isEmpty, !buyerName.isEmpty else {
      throw UsageError(message: "双人练习需要两人的姓名：--seller 客服同学 --buyer 买家同学")
    }
    let options = PlayerOptions(args, environment: console.environment)
    let rubric = try RubricLoading.load(args.value("--rubric"))
    let scenario = try ScenarioLoading.load(args.positionals[0], console: console)
    let seed = try PlayCommand.parseSeed(args.value("--seed"))
    let store = try PlayCommand.openStore(options.recordsDirectory)
    let players = [
      RecordPlayer(name: sellerName, id: options.id, className: options.className, role: .seller),
      RecordPlayer(name: buyerName, className: options.className, role: .buyer),
    ]
    return try InteractivePlay.run(
      scenario: scenario, rubric: rubric, seed: seed, store: store, mode: .pair, players: players,
      loopPlayers: .pair(seller: sellerName, buyer: buyerName), json: args.has("--json"),
      console: console)
  }
}
