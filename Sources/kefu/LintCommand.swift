import Foundation
import KefuRubric
import KefuScenario
import KefuTerminal
import KefuText

/// `kefu lint FILE|DIR... [--format text|json] [--strict]`: checks scenario files and reports
/// every problem like a compiler, `file:line:col`, a caret under the spot and a hint.
enum LintCommand: Command {
  static let name = "lint"
  static let summary = "检查场景文件，指出错误的位置与改法"
  static let help = """
    用法：kefu lint FILE|DIR... [--format text|json] [--strict]

    检查场景文件（.kefu）：写错的关键字、不存在的跳转目标、走不到的节点、
    永远不会命中的分支、写错的正则等等，每个问题都给出 文件:行:列、出错的那一行和改法。
    文件夹会递归查找其中所有 .kefu 文件（按路径排序）。

    选项：
      --format text|json  输出格式，默认 text；json 供编辑器使用
      --strict            有警告也算失败（退出码 1）

    退出码：0 没有错误（可以有警告）；1 有错误或文件无法读取；2 用法错误。
    每个诊断代码的含义与改法见 docs/scenario-format.md。
    """
  static let spec = ArgumentSpec(options: ["--format"], switches: ["--strict"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    let format = args.value("--format") ?? "text"
    guard format == "text" || format == "json" else {
      throw UsageError(message: "--format 只能是 text 或 json，不是「\(format)」")
    }
    guard !args.positionals.isEmpty else {
      throw UsageError(message: "请给出要检查的场景文件或文件夹")
    }
    var files: [String] = []
    var folderProblems: [String] = []
    for argument in args.positionals {
      let found = ScenarioFiles.expand(argument)
      if found.isEmpty {
        folderProblems.append("文件夹 \(argument) 里没有 .kefu 文件")
      }
      files += found
    }
    var results: [LintResult] = []
    results.reserveCapacity(files.count)
    let ids = RuleRegistry.ids
    for file in files {
      results.append(ScenarioLinter.lint(file: file, ruleIDs: ids))
    }
    let errors = results.reduce(0) { $0 + $1.errorCount }
    let warnings = results.reduce(0) { $0 + $1.warningCount }
    if format == "json" {
      console.out.line(DiagnosticFormatter.json(results).text)
    } else {
      let color = console.useColor
      for result in results {
        for d in result.diagnostics {
          console.out.write(
            DiagnosticFormatter.text(d, mark: Theme(useColor: color).diagnosticMark))
        }
      }
      console.out.line(
        DiagnosticFormatter.summary(errors: errors, warnings: warnings, files: results.count))
    }
    for problem in folderProblems { console.err.line("kefu lint: " + problem) }
    if errors > 0 || !folderProblems.isEmpty { return 1 }
    if args.has("--strict") && warnings > 0 { return 1 }
    return 0
  }
}

/// Finding scenario files: a file stands for itself, a folder for every `*.kefu` below it,
/// sorted so that runs are deterministic.
enum ScenarioFiles {
  static func expand(_ argument: String) -> [String] {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { return [argument] }
    let base = argument.hasSuffix("/") ? String(argument.dropLast()) : argument
    guard
      let walker = FileManager.default.enumerator(
        at: URL(fileURLWithPath: base), includingPropertiesForKeys: [.isRegularFileKey],
        options: [.skipsHiddenFiles])
    else { return [] }
    var found: [String] = []
    let basePath = URL(fileURLWithPath: base).standardizedFileURL.path
    for case let url as URL in walker where url.pathExtension == "kefu" {
      let values = try? url.resourceValues(forKeys: [.isRegularFileKey])
      guard values?.isRegularFile == true else { continue }
      var relative = url.standardizedFileURL.path
      if relative.hasPrefix(basePath + "/") {
        relative = String(relative.dropFirst(basePath.count + 1))
      }
      found.append(base + "/" + relative)
    }
    return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
  }
}
