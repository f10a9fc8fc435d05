import Foundation
import KefuRecords
import KefuText

/// `kefu export`: the class CSV, one row per session, every grade recomputed.
enum ExportCommand: Command {
  static let name = "export"
  static let summary = "把全班的练习记录导出为 CSV"
  static let help = """
    用法：kefu export DIR|FILE... [-o FILE|-] [--no-bom] [--header zh|ids] [--rubric FILE]

    读取文件夹（含所有子文件夹）里的 .json 练习记录和直接给出的记录文件，按当前评分规则重新评分，
    每次练习一行写成 CSV（UTF-8 带 BOM、CRLF 换行，Excel 和 WPS 可直接打开）。
    行按 班级、姓名（都按拼音）、学号、开始时间 排序；同一次练习（session_id 相同）只算一次；
    读不了的记录在标准错误里列出并跳过，其余照常导出；
    找不到场景文件、又没存场景内容的早期记录（结局可能与练习时不同）也在标准错误里点名。
    给出的文件夹或文件不存在、或者一份练习记录也没找到时，什么也不写，退出码 1。

    选项：
      -o, --output FILE  写入 FILE（先写临时文件再改名）；不给或为 - 时输出到标准输出
      --no-bom           不写 BOM
      --header zh|ids    表头用中文（zh，默认：学生、学号、班级、得分、进门问好……）
                         或英文 id（ids：student、student_id……，给程序读；列和顺序都一样）
      --rubric FILE      使用自定义评分参数文件

    退出码：0 全部导出；1 有记录被跳过（其余已导出）；2 用法错误。
    """
  static let spec = ArgumentSpec(
    options: ["--output", "--rubric", "--header"], switches: ["--no-bom"],
    aliases: ["-o": "--output"])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard !args.positionals.isEmpty else {
      throw UsageError(message: "请给出记录文件夹或记录文件，例如 kefu export records -o 成绩.csv")
    }
    let header = try headerKind(args.value("--header"))
    let rubric = try RecordsSupport.rubric(args)
    let output = args.value("--output") ?? "-"
    try RecordsSupport.refuseRecordName(output, option: "-o", kind: ("成绩表（CSV）", "csv"))
    let records = ClassRecords.load(
      args.positionals, rubric: rubric, library: RecordsSupport.scenarioLibrary())
    RecordsSupport.keepUntilExit(records)
    try RecordsSupport.requireSessions(records, console: console)
    let csv = ClassCSV.renderBytes(records.sessions, bom: !args.has("--no-bom"), header: header)
    if output == "-" {
      console.out.writeData(bytes: csv)
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

  static func headerKind(_ value: String?) throws -> ClassCSV.Header {
    guard let value else { return .zh }
    guard let kind = ClassCSV.Header(rawValue: value) else {
      throw UsageError(message: "--header 只能是 zh（中文表头）或 ids（英文 id），收到了「\(value)」")
    }
    return kind
  }
}

extension RecordsSupport {
  /// Refuses (exit 2, before anything is read) an output file whose name ends in `.json`: put in
  /// the records folder (the usual place for 成绩 files), the next export or report reads it as a
  /// record and reports it damaged. `option`: the flag that named the file; `kind`: what the
  /// command writes and its own extension. The message starts with the flag: the command's name
  /// is already in front of it.
  static func refuseRecordName(
    _ output: String, option: String, kind: (name: String, ext: String)
  ) throws {
    guard output.lowercased().hasSuffix(".json") else { return }
    throw CommandError(
      "\(option) 的文件名以 .json 结尾，写出的却是\(kind.name)：放在记录文件夹里，"
        + "下次导出和报表会把它当成一份练习记录去读。请换成 .\(kind.ext) 结尾，例如 \(option) "
        + output.dropLast(5) + "." + kind.ext,
      code: 2)
  }

  /// Refuses (exit 1, nothing written) when a given folder or file does not exist or no
  /// session was found at all: a header-only CSV or an empty report only hides the mistake.
  static func requireSessions(_ records: ClassRecords, console: Console) throws {
    if let first = records.missingInputs.first {
      throw CommandError("找不到「\(first)」，什么也没有写。请检查文件夹或文件名")
    }
    guard records.sessions.isEmpty else { return }
    reportProblems(records, console: console)
    throw CommandError("在所给的位置没有找到任何练习记录（*.json），什么也没有写")
  }

  /// Names on stderr every record skipped, every session found twice and scenario files that
  /// changed or went missing.
  static func reportProblems(_ records: ClassRecords, console: Console) {
    // Other programs' JSON files (a folder given by mistake holds thousands) are one line;
    // damaged records are named one by one.
    let foreign = records.problems.filter(\.isNotARecord).map(\.path)
    let damaged = records.problems.filter { !$0.isNotARecord }
    for p in damaged { console.err.line("\(p.description)（已跳过）") }
    if !foreign.isEmpty {
      console.err.line(
        "注意：\(foreign.count) 个 .json 文件不是 kefu 的练习记录，已跳过：\(named(foreign))。"
          + "如果给错了文件夹，请给练习记录所在的文件夹")
    }
    for d in records.duplicates {
      console.err.line(
        "注意：练习 \(d.sessionID) 出现了 \(d.dropped.count + 1) 次，只计一次（采用 \(d.kept)，"
          + "略过 \(d.dropped.joined(separator: "、"))）")
    }
    let changed = records.changedScenarioRecords
    if !changed.isEmpty {
      console.err.line(
        "注意：\(changed.count) 次练习的场景文件在练习后被修改过，已按记录中的消息评分，结果可能与当时不同："
          + named(changed))
    }
    let missing = records.missingScenarioRecords
    if !missing.isEmpty {
      console.err.line(
        "注意：\(missing.count) 次练习找不到场景文件，已按记录中的消息评分，结果可能与当时不同：" + named(missing)
          + "。把场景文件放回练习时的位置（或记录文件夹、当前目录的 scenarios/ 里）再运行一次即可")
    }
    if !damaged.isEmpty {
      console.err.line("共有 \(damaged.count) 个文件读取失败，已跳过")
    }
  }

  /// The first few record paths, then 「等 N 个」 for a longer list.
  static func named(_ paths: [String], first: Int = 3) -> String {
    let shown = paths.prefix(first).joined(separator: "、")
    return paths.count > first ? shown + " 等 \(paths.count) 个" : shown
  }
}
