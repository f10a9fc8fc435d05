import Foundation
import KefuRecords
import KefuText

/// `kefu report`: the class at a glance, in the terminal or as one HTML page.
enum ReportCommand: Command {
  static let name = "report"
  static let summary = "全班成绩一览（终端或 HTML）"
  static let help = """
    用法：kefu report DIR|FILE... [--html FILE] [--rubric FILE]

    读取 DIR（含所有子文件夹）里的练习记录和直接给出的记录文件（可以给几个，例如每个机房一个文件夹；
    同一次练习只算一次），按当前评分规则重新评分，显示：
    每名学生的练习次数、最好与最近一次的分数和等级；班级平均；最常见的违规及例句；
    各场景的平均分（哪个场景难）；分数分布图。脚本练习（play --script）单独列出，不计入统计。
    例句中的手机号和地址已打码。

    选项：
      --html FILE    把报告写成一个独立的网页文件（可直接打印），终端里只说明写到了哪里；
                     网页开头是「谁需要帮助」：每名学生八个步骤的完成比例、违规、分数走势，
                     平均分低的在前
      --rubric FILE  使用自定义评分参数文件

    给出的文件夹或文件不存在、或者一份练习记录也没有时什么也不写，退出码 1。

    退出码：0 完成；1 有记录读不了（已跳过，其余照常统计）；2 用法错误。
    """
  static let spec = ArgumentSpec(
    options: ["--html", "--rubric"], switches: [])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard !args.positionals.isEmpty else {
      throw UsageError(message: "请给出记录文件夹（可以给几个），例如 kefu report records")
    }
    let rubric = try RecordsSupport.rubric(args)
    if let html = args.value("--html") {
      try RecordsSupport.refuseRecordName(html, option: "--html", kind: ("网页（HTML）", "html"))
    }
    let records = ClassRecords.load(
      args.positionals, rubric: rubric, library: RecordsSupport.scenarioLibrary())
    RecordsSupport.keepUntilExit(records)
    try RecordsSupport.requireSessions(records, console: console)
    let report = ClassReport(records.sessions)
    if let html = args.value("--html") {
      let page = report.html(
        folder: args.positionals.joined(separator: "、"),
        madeAt: RecordTime(date: Date()).spreadsheet)
      do {
        try AtomicFile.write(page, to: html)
      } catch let e as AtomicFileError {
        throw CommandError(e.description)
      }
      console.err.line(
        "已把报告写成网页：\(html)（\(report.students.count) 名学生，\(report.sessions) 次练习），用浏览器打开即可")
    } else {
      // Plain text with no colour of kefu's own: shown wholly visibly, styling included.
      console.out.write(VisibleText.sanitize(report.text))
    }
    RecordsSupport.reportProblems(records, console: console)
    return records.problems.isEmpty ? 0 : 1
  }
}
