/// `kefu graph` (scaffold: its issue implements it).
enum GraphCommand: Command {
  static let name = "graph"
  static let summary = "输出场景的分支图（Mermaid 或 Graphviz dot）"
  static let help = """
    用法：kefu graph FILE [--format mermaid|dot]
    """
  static let spec = ArgumentSpec(
    options: ["--format"], switches: [])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    throw CommandError("kefu graph 尚未实现")
  }
}
