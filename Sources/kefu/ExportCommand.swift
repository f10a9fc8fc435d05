import Foundation
import KefuRecords
import KefuText

/// `kefu export`: the class CSV, one row per session, every grade recomputed.
enum ExportCommand: Command {
  static let name = "export"
  static let summary = "把全班的练习记录导出为 CSV"
  static let help = """
    用法：kefu export DIR|FILE... [-o FILE|-] [--no-bom] [--rubric FILE]

    读取文件夹（含所有子文件夹）里的 .json 练习记录和直接给出的记录文件，按当前评分规则重新评分，
    每次练习一行写成 CSV（UTF-8 带 BOM、CRLF 换行，Excel 和 WPS 可直接打开）。
    行按 班级、姓名、开始时间 排序；同一次练习（session_id 相同）只算一次；
    读不了的记录在标准错误里列出并跳过，其余照常导出。

    选项：
      -o, --output FILE  写入 FILE（先写临时文件再改名）；不给或为 - 时输出到标准输出
      --no-bom           不写 BOM
      --rubric FILE      使用自定义评分参数文件

    退出码：0 全部导出；1 有记录被跳过（其余已导出）；2 用法错误。
    """
  static let spec = ArgumentSpec(
    options: ["--output", "--rubric"], switches: ["--no-bom"], aliases: ["-o": "--output"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard !args.positionals.isEmpty else {
      throw UsageError(message: "请给出记录文件夹或记录文件，例如 kefu export records -o 成绩.csv")
    }
    let rubric = try RecordsSupport.rubric(args)
    let output = args.value("--output") ?? "-"
    let records = ClassRecords.load(
      args.positionals, rubric: rubric, library: RecordsSupport.scenarioLibrary())
    let csv = ClassCSV.render(records.sessions, bom: !args.has("--no-bom"))
    if output == "-" {
      console.out.writeData(csv)
    } else {
      do {
        try AtomicFile.write(csv, to: output)
      } catch let e as AtomicFileError {
        throw CommandError(e.description)
      }
    }
    RecordsSupport.reportProblems(records, console: console)
    if output != "-" {
      console.err.line("已导出 \(records.sessions.count) 次练习到 \(output)")
    }
    return records.problems.isEmpty ? 0 : 1
  }
}

extension RecordsSupport {
  /// Names on stderr every record skipped, every session found twice and scenario files that
  /// changed or went missing.
  static func reportProblems(_ records: ClassRecords, console: Console) {
    for p in records.problems { console.err.line("\(p.description)（已跳过）") }
    for d in records.duplicates {
      console.err.line(
        "注意：练习 \(d.sessionID) 出现了 \(d.dropped.count + 1) 次，只计一次（采用 \(d.kept)，"
          + "略过 \(d.dropped.joined(separator: "、"))）")
    }
    if records.changedScenarios > 0 {
      console.err.line("注意：\(records.changedScenarios) 次练习的场景文件在练习后被修改过，已按记录中的消息评分")
    }
    if records.missingScenarios > 0 {
      console.err.line("注意：\(records.missingScenarios) 次练习找不到场景文件，已按记录中的消息评分")
    }
    if !records.problems.isEmpty {
      console.err.line("共有 \(records.problems.count) 个文件读取失败，已跳过")
    }
  }
}
