import Foundation
import KefuRecords
import KefuText

/// `kefu report`: the class at a glance, in the terminal or as one HTML page.
enum ReportCommand: Command {
  static let name = "report"
  static let summary = "全班成绩一览（终端或 HTML）"
  static let help = """
    用法：kefu report DIR [--html FILE] [--rubric FILE]

    读取 DIR（含所有子文件夹）里的练习记录，按当前评分规则重新评分，显示：
    每名学生的练习次数、最好与最近一次的分数和等级；班级平均；最常见的违规及例句；
    各场景的平均分（哪个场景难）；分数分布图。脚本练习（play --script）单独列出，不计入统计。
    例句中的手机号和地址已打码。

    选项：
      --html FILE    另外把同样的内容写成一个独立的网页文件（可直接打印）
      --rubric FILE  使用自定义评分参数文件

    退出码：0 完成；1 有记录读不了（已跳过，其余照常统计）；2 用法错误。
    """
  static let spec = ArgumentSpec(
    options: ["--html", "--rubric"], switches: [])

  static func run(_ args: Arguments, console: Console) throws -> Int32 {
    guard args.positionals.count == 1 else {
      throw UsageError(message: "请给出一个记录文件夹，例如 kefu report records")
    }
    let rubric = try RecordsSupport.rubric(args)
    let records = ClassRecords.load(
      args.positionals, rubric: rubric, library: RecordsSupport.scenarioLibrary())
    let report = ClassReport(records.sessions)
    console.out.write(report.text)
    if let html = args.value("--html") {
      do {
        try AtomicFile.write(report.html(), to: html)
      } catch let e as AtomicFileError {
        throw CommandError(e.description)
      }
      console.err.line("已写入网页：\(html)")
    }
    RecordsSupport.reportProblems(records, console: console)
    return records.problems.isEmpty ? 0 : 1
  }
}
