import KefuRubric
import KefuScenario

/// `kefu graph FILE [--format mermaid|dot]`: the scenario's branches as a diagram.
enum GraphCommand: Command {
  static let name = "graph"
  static let summary = "输出场景的分支图（Mermaid 或 Graphviz dot）"
  static let help = """
    用法：kefu graph FILE [--format mermaid|dot]

    把场景的节点和分支画成图：每个节点标出节点名和买家的第一句话，每条连线标出条件，
    end 成交 和 end 流失 是两个不同颜色的终点。
      --format mermaid  （默认）贴进 Markdown 的 ```mermaid 代码块
      --format dot      交给 Graphviz：kefu graph a.kefu --format dot | dot -Tsvg > a.svg

    场景有错误时不出图：错误写到标准错误，退出码 1。
    """
  static let spec = ArgumentSpec(options: ["--format"], switches: [])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    let format = args.value("--format") ?? "mermaid"
    guard format == "mermaid" || format == "dot" else {
      throw UsageError(message: "--format 只能是 mermaid 或 dot，不是「\(format)」")
    }
    guard args.positionals.count == 1, let path = args.positionals.first else {
      throw UsageError(
        message: args.positionals.isEmpty ? "请给出一个场景文件" : "一次只能画一个场景文件")
    }
    let result = ScenarioLinter.lint(file: path, ruleIDs: RuleRegistry.ids)
    guard let scenario = result.playable else {
      let errors = result.diagnostics.filter { $0.severity == .error }
      for d in errors { console.err.write(DiagnosticFormatter.text(d)) }
      console.err.line("kefu graph: \(path) 有 \(errors.count) 个错误，先用 kefu lint 修好再画图")
      return 1
    }
    console.out.write(
      format == "dot" ? ScenarioGraph.dot(scenario) : ScenarioGraph.mermaid(scenario))
    return 0
  }
}
