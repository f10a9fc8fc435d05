import Foundation
import KefuNet
import KefuRecords

/// `kefu join`: joins the pair session a partner started with `kefu host` on another computer.
enum JoinCommand: Command {
  static let name = "join"
  static let summary = "联机练习：加入同学用 kefu host 开的双人练习"
  static let help = """
    用法：kefu join 地址:端口 --code 加入码 [--name 姓名] [--id 学号] [--class 班级] [--records 目录]

    照抄对方 kefu host 屏幕上显示的那一行，例如：kefu join 192.168.1.23:\(NetProtocol.defaultPort) --code 4821
    扮演哪个角色由主机决定（默认主机扮演客服，你扮演买家）。本机也保存一份练习记录。

      --code 加入码   主机显示的 4 位数字
      --name/--id/--class  你的姓名、学号、班级（默认取 KEFU_NAME、KEFU_ID、KEFU_CLASS）
      --records 目录  记录保存位置（默认 KEFU_RECORDS，否则 records/）

    断线或按 Ctrl-C 离开后，一分钟内在同一台电脑上重新运行同一条命令即可接着练（座位凭据存在记录
    文件夹里，别人拿着加入码也占不了你的座位）。详见 docs/network.md。
    """
  static let spec = ArgumentSpec(options: ["--code", "--name", "--id", "--class", "--records"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard args.positionals.count == 1 else {
      throw UsageError(
        message: args.positionals.isEmpty
          ? "缺少主机地址，例如 kefu join 192.168.1.23:\(NetProtocol.defaultPort) --code 4821"
          : "只能给一个主机地址")
    }
    let (host, port) = try parseAddress(args.positionals[0])
    guard let code = args.value("--code") else {
      throw UsageError(message: "缺少加入码：--code 后面写主机屏幕上显示的 4 位数字")
    }
    guard code.count == 4, code.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw UsageError(message: "加入码应是 4 位数字，却是「\(code)」")
    }
    var options = PlayerOptions(args, environment: console.environment)
    let store = try PlayCommand.openStore(options.recordsDirectory)
    let terminal = try NetPlay.requireTerminal(name, console: console)
    NetPlay.askName(&options, console: console)
    // The seat's token from an earlier run of this command: without it the host takes this
    // computer for a stranger once the session has started.
    let seatPath = NetSeatFile.path(directory: store.directory, host: host, port: port)
    let guest = NetGuest(
      host: host, port: port, code: code, player: options.player(role: .buyer),
      appVersion: kefuVersion, token: NetSeatFile.token(at: seatPath, code: code))
    console.out.write("正在连接 \(host):\(port)…")
    console.out.flush()
    do {
      try guest.join()
    } catch let e as NetError {
      console.out.line()
      throw CommandError(e.message)
    }
    console.out.line("已加入。")
    if let token = guest.token, guest.phase != .over {
      do {
        try NetSeatFile(code: code, token: token).save(to: seatPath)
      } catch {
        console.err.line("kefu join: 本机记不下座位凭据（\(error)）：按 Ctrl-C 离开后将不能再回到这场练习")
      }
    }
    let (ending, _, saved) = try NetPlay.play(
      side: guest, terminal: terminal, store: store, console: console,
      rejoinHint: HostCommand.commandLine())
    if ending == .finished { unlink(seatPath) }
    return NetPlay.exitCode(ending, saved: saved)
  }

  /// `192.168.1.23:7420`, `pc07:7420`, or a bare address (the default port).
  static func parseAddress(_ text: String) throws -> (String, Int) {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count <= 2, let host = parts.first, !host.isEmpty else {
      throw UsageError(
        message: "主机地址应写成「地址:端口」，例如 192.168.1.23:\(NetProtocol.defaultPort)，却是「\(text)」")
    }
    guard parts.count == 2 else { return (String(host), NetProtocol.defaultPort) }
    guard let port = Int(parts[1]), (1...65535).contains(port) else {
      throw UsageError(message: "「\(text)」里的端口应为 1 到 65535 之间的整数")
    }
    return (String(host), port)
  }
}
