import Foundation
import KefuNet
import KefuRecords
import KefuRubric
import KefuScenario
import KefuTerminal
import KefuText

/// `kefu host`: starts a pair session across two computers and waits for the partner's
/// `kefu join`. This computer holds the scenario, the rubric, the clock and the record.
enum HostCommand: Command {
  static let name = "host"
  static let summary = "联机练习：在本机开一场双人练习，等同学从另一台电脑加入"
  static let help = """
    用法：kefu host 场景文件 [--port 端口] [--bind 地址] [--role seller|buyer]
                   [--name 姓名] [--id 学号] [--class 班级] [--records 目录] [--rubric 文件]

    两名同学各用一台电脑：一人运行 kefu host，屏幕上会显示一行 kefu join 命令（地址、端口和
    4 位加入码），另一人在自己的电脑上照抄这一行即可加入。客服一方看到聊天、计时和快捷短语，
    买家一方看到一次人设卡和每一轮的建议台词。成绩单在客服一方；两台电脑都保存练习记录。

      --port 端口     在哪个端口等待（默认 \(NetProtocol.defaultPort)）
      --bind 地址     只在这块网卡的地址上等待（默认所有网卡）
      --role 角色     本机同学扮演 seller（客服，默认）或 buyer（买家）
      --name/--id/--class  本机同学的姓名、学号、班级（默认取 KEFU_NAME、KEFU_ID、KEFU_CLASS）
      --records 目录  记录保存位置（默认 KEFU_RECORDS，否则 records/）
      --rubric 文件   自定义评分参数（对方电脑自动使用同一套）

    练习中按 Ctrl-C 离开：对方会等一分钟，在本机重新运行同一条命令即可接着练（加入码不变）。
    详见 docs/network.md。

    示例：
      kefu host scenarios/02-sneaker-size.kefu --name 张三
      kefu host scenarios/07-bargain-hold-price.kefu --role buyer --port 7421
    """
  static let spec = ArgumentSpec(
    options: [
      "--port", "--bind", "--role", "--name", "--id", "--class", "--records", "--rubric", "--seed",
    ])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard args.positionals.count == 1 else {
      throw UsageError(message: args.positionals.isEmpty ? "缺少场景文件" : "只能练习一个场景")
    }
    let port = try parsePort(args.value("--port"))
    let bind = args.value("--bind") ?? "0.0.0.0"
    let role: ChatRole
    switch args.value("--role") ?? "seller" {
    case "seller", "客服": role = .seller
    case "buyer", "买家": role = .buyer
    case let other: throw UsageError(message: "--role 应为 seller 或 buyer，却是「\(other)」")
    }
    var options = PlayerOptions(args, environment: console.environment)
    let rubricPath = args.value("--rubric")
    let rubric = try RubricLoading.load(rubricPath)
    let rubricText = try rubricPath.map { path -> String in
      do { return try TextFile.read(path, limit: NetProtocol.maxFileBytes) } catch let e
        as TextFileError
      { throw CommandError(e) }
    }
    let path = args.positionals[0]
    let scenario = try ScenarioLoading.load(path, console: console)
    let scenarioText = try readScenarioText(path, scenario: scenario)
    let seed = try PlayCommand.parseSeed(args.value("--seed"))
    let store = try PlayCommand.openStore(options.recordsDirectory)
    let terminal = try NetPlay.requireTerminal(name, console: console)
    NetPlay.askName(&options, console: console)

    let resumePath = NetResumeFile.path(directory: store.directory, port: port)
    var code = NetHost.makeCode()
    var resume: NetResume?
    if let file = NetResumeFile.load(resumePath) {
      resume = file.resume(
        scenarioHash: scenario.contentHash, role: role, now: Int(Date().timeIntervalSince1970),
        maxAge: NetTimeouts.standard.rejoinWindow + 15)
      if let resume {
        code = file.code
        console.out.line("接着上次没练完的联机练习（已有 \(resume.events.count) 步）")
        console.out.line("记录：\(file.record)")
      } else {
        unlink(resumePath)
      }
    }
    let setup = NetHost.Setup(
      scenario: scenario, scenarioText: scenarioText, rubric: rubric, rubricText: rubricText,
      seed: seed, player: options.player(role: role), code: code, appVersion: kefuVersion,
      bind: bind, port: port, resume: resume)
    let host: NetHost
    do {
      host = try NetHost(setup)
    } catch let e as NetError {
      throw CommandError(e.message)
    }
    printJoinCommand(
      host: host, bind: bind, scenario: scenario, role: role, resumed: resume != nil,
      console: console)
    var lastResumeWrite = 0
    func keepResumeFile(_ record: String?) {
      guard let record else { return }
      let now = Int(Date().timeIntervalSince1970)
      guard now - lastResumeWrite >= 5 || host.phase != .connected else { return }
      lastResumeWrite = now
      try? NetResumeFile(
        code: host.code, token: host.token, record: record, role: role, savedAt: now
      ).save(to: resumePath)
    }
    let (ending, recorder, saved) = try NetPlay.play(
      side: host, terminal: terminal, store: store, console: console,
      rejoinHint: commandLine(), onSave: keepResumeFile)
    if ending == .finished {
      unlink(resumePath)
    } else {
      lastResumeWrite = 0
      keepResumeFile(recorder?.path)
    }
    return NetPlay.exitCode(ending, saved: saved)
  }

  static func parsePort(_ text: String?) throws -> Int {
    guard let text else { return NetProtocol.defaultPort }
    guard let port = Int(text), (1...65535).contains(port) else {
      throw UsageError(message: "--port 应为 1 到 65535 之间的整数，却是「\(text)」")
    }
    return port
  }

  /// The scenario's text exactly as hashed, to send to the partner.
  static func readScenarioText(_ path: String, scenario: Scenario) throws -> String {
    let bytes: [UInt8]
    do {
      bytes = try TextFile.readBytes(path, limit: NetProtocol.maxFileBytes)
    } catch let e as TextFileError {
      throw CommandError(e)
    }
    guard SHA256.hex(bytes) == scenario.contentHash else {
      throw CommandError("\(path): 场景文件在读取时被改动了，请再运行一次")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  static func printJoinCommand(
    host: NetHost, bind: String, scenario: Scenario, role: ChatRole, resumed: Bool,
    console: Console
  ) {
    var addresses = bind == "0.0.0.0" ? NetAddresses.lan() : [bind]
    let onlyHere = addresses.isEmpty
    if onlyHere { addresses = ["127.0.0.1"] }
    let theme = Presentation.theme(console)
    let other = role == .seller ? "买家" : "客服"
    let title = scenario.title ?? scenario.path
    // Prose wrapped by the line-breaking rules for a narrow window; the join command stays one
    // line to copy.
    let width = max(20, Presentation.width(console)) - 1
    func say(_ text: String, _ style: (String) -> String = { $0 }) {
      for line in TextWrap.lines(text, width: width) { console.out.line(style(line)) }
    }
    if resumed {
      say("联机练习「\(title)」继续，等待同学重新加入（一分钟内）。", theme.heading)
      say("对方的 kefu 会自动重连；若对方已经退出，请在其电脑上再运行：")
    } else {
      say("联机练习「\(title)」已开始，等待同学加入。", theme.heading)
      say("请扮演\(other)的同学在自己的电脑上输入：")
    }
    for address in addresses {
      console.out.line("  kefu join \(address):\(host.port) --code \(host.code)")
    }
    if addresses.count > 1 { say("（本机有多个网络地址，用和对方在同一网络的那一个）", theme.muted) }
    if onlyHere { say("（本机没有连上网络，只能在本机另开一个终端加入）", theme.muted) }
    console.out.line()
  }

  /// The command as typed, to run again after leaving.
  static func commandLine() -> String {
    (["kefu"] + CommandLine.arguments.dropFirst()).map(shellWord).joined(separator: " ")
  }

  /// `arg` as a shell reads it back: as it is when plain, else in single quotes.
  static func shellWord(_ arg: String) -> String {
    let plain = arg.allSatisfy { !$0.isWhitespace && !"'\"$`\\;&|<>()*?!#~".contains($0) }
    return plain && !arg.isEmpty
      ? arg : "'" + arg.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
