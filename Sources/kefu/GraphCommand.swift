import KefuRubric
import KefuScenario
import KefuText

/// `kefu graph FILE [--format mermaid|dot] [--html FILE]`: the scenario's branches as a
/// diagram, as text for other tools or as a page kefu draws itself.
enum GraphCommand: Command {
  static let name = "graph"
  static let summary = "画场景的分支图（浏览器可直接打开的网页，或 Mermaid / Graphviz dot）"
  static let help = """
    用法：kefu graph FILE [--format mermaid|dot] [--html 网页文件]

    把场景的节点和分支画成图：每个节点标出节点名和买家的话，每条连线标出条件，
    end 成交 和 end 流失 是两个不同颜色的终点。
      --html 网页文件   画成一张图，存成网页，用浏览器直接打开，不需要别的软件：
                        kefu graph a.kefu --html 分支图.html
      --format mermaid  （默认）贴进 Markdown 的 ```mermaid 代码块
      --format dot      交给 Graphviz：kefu graph a.kefu --format dot | dot -Tsvg > a.svg
    给了 --html 时，只说网页写到了哪里（标准错误）；同时给了 --format 才在标准输出另外输出那种格式。

    场景有错误时不出图：错误写到标准错误，退出码 1。
    """
  static let spec = ArgumentSpec(options: ["--format", "--html"], switches: [])

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
    guard let html = args.value("--html") else {
      // Plain text with no colour of kefu's own: shown wholly visibly, styling included.
      console.out.write(
        VisibleText.sanitize(
          format == "dot" ? ScenarioGraph.dot(scenario) : ScenarioGraph.mermaid(scenario)))
      return 0
    }
    do {
      try AtomicFile.write(ScenarioMap.html(scenario), to: html)
    } catch let e as AtomicFileError {
      throw CommandError(e.description)
    }
    if args.value("--format") != nil {
      // Plain text with no colour of kefu's own: shown wholly visibly, styling included.
      console.out.write(
        VisibleText.sanitize(
          format == "dot" ? ScenarioGraph.dot(scenario) : ScenarioGraph.mermaid(scenario)))
    }
    console.err.line("已把分支图写成网页：\(html)（用浏览器打开）")
    return 0
  }
}
