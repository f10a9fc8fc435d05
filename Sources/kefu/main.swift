import Foundation
import KefuText

let kefuVersion = "0.1.0"

/// `kefu --help`: the command list.
func overview() -> String {
  var text = """
    kefu \(kefuVersion) — 网店客服训练模拟器

    用法：kefu 命令 [参数…]

    命令：

    """
  for c in commands {
    text += "  " + c.name.padding(toLength: 8, withPad: " ", startingAt: 0) + c.summary + "\n"
  }
  text += """
      help    显示某个命令的帮助：kefu help 命令

    选项：--help 显示帮助，--version 显示版本
    详见 README.md 与 docs/。
    """
  return text
}

func main(_ argv: [String]) -> Int32 {
  // A closed pipe is reported as an error of the write (EPIPE), not a silent death by signal.
  signal(SIGPIPE, SIG_IGN)
  let console = Console.standard
  let code = dispatch(argv, console: console)
  console.out.flush()
  if let reason = console.out.failureReason {
    let name = argv.first.map { " " + $0 } ?? ""
    console.err.line("kefu\(name): 无法写出到标准输出（\(reason)），输出不完整")
    console.err.flush()
    return 1
  }
  console.err.flush()
  return code
}

func dispatch(_ argv: [String], console: Console) -> Int32 {
  guard let first = argv.first else {
    console.out.line(overview())
    return 0
  }
  switch first {
  case "--help", "-h":
    console.out.line(overview())
    return 0
  case "--version", "-V", "version":
    console.out.line("kefu \(kefuVersion)")
    return 0
  case "help":
    guard argv.count > 1 else {
      console.out.line(overview())
      return 0
    }
    guard let c = commands.first(where: { $0.name == argv[1] }) else {
      console.err.line(
        "kefu: 没有命令「\(argv[1])」。可用命令：\(commands.map { $0.name }.joined(separator: ", "))")
      return 2
    }
    console.out.line(c.help)
    return 0
  default:
    break
  }
  guard let command = commands.first(where: { $0.name == first }) else {
    var message = "kefu: 没有命令「\(first)」"
    if let guess = Suggestion.closest(to: first, in: commands.map { $0.name }, maxDistance: 2) {
      message += "，是不是想用 kefu \(guess)？"
    }
    console.err.line(message + "\n运行 kefu --help 查看全部命令。")
    return 2
  }
  let rest = Array(argv.dropFirst())
  // After `--` every argument is a file, even one called -h.
  let flags = rest.prefix { $0 != "--" }
  if flags.contains("--help") || flags.contains("-h") {
    console.out.line(command.help)
    return 0
  }
  do {
    let args = try Arguments.parse(rest, command: command.name, spec: command.spec)
    return try command.run(args, console: console)
  } catch let e as UsageError {
    console.err.line(
      "kefu \(command.name): \(plain(e.message))\n运行 kefu help \(command.name) 查看用法。")
    return 2
  } catch let e as CommandError {
    console.err.line("kefu \(command.name): \(plain(e.message))")
    return e.code
  } catch {
    console.err.line("kefu \(command.name): \(plain("\(error)"))")
    return 1
  }
}

/// An error message carries no colour of kefu's own, but may quote a file name or a line: shown
/// wholly visibly, styling sequences included.
func plain(_ message: String) -> String { VisibleText.sanitize(message) }

exit(main(Array(CommandLine.arguments.dropFirst())))
