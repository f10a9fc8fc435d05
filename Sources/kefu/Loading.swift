import KefuRubric
import KefuScenario
import KefuTerminal
import KefuText

/// Reading a scenario for play: only a scenario that lints without errors is played; its
/// errors are printed as `kefu lint` prints them.
enum ScenarioLoading {
  static func load(_ path: String, console: Console) throws -> Scenario {
    let result = ScenarioLinter.lint(file: path, ruleIDs: RuleRegistry.ids)
    if let scenario = result.playable { return scenario }
    if result.scenario == nil, let d = result.diagnostics.first {
      // The file itself could not be read (missing, a folder, not text): no lint to run.
      let what = d.message == "文件不存在" ? "找不到场景文件「\(path)」" : "场景「\(path)」：\(d.message)"
      throw CommandError(what + (d.hint.map { "\n提示：\($0)" } ?? ""))
    }
    for d in result.diagnostics where d.severity == .error {
      console.err.write(
        DiagnosticFormatter.text(d, mark: Theme(useColor: console.useColor).diagnosticMark))
    }
    throw CommandError("场景「\(path)」有 \(result.errorCount) 个错误，先用 kefu lint 修好再练习")
  }
}

/// `--rubric FILE`: the rubric's numbers and words, overridden from a file of `key: value` lines.
/// Every command reads it here; a bad file is a message with its line (exit `code`).
enum RubricLoading {
  static func settings(_ path: String?, code: Int32 = 1) throws -> RubricSettings {
    guard let path else { return .standard }
    do {
      return try RubricSettings.load(path: path)
    } catch let e as TextFileError {
      throw CommandError(e)
    } catch let e as RubricFileError {
      throw CommandError(e.message, code: code)
    }
  }

  static func load(_ path: String?) throws -> Rubric {
    Rubric(settings: try settings(path))
  }
}
