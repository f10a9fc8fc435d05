import Foundation
import XCTest

final class ExportCLITests: XCTestCase {
  /// A class folder as a shared network folder looks: one subfolder per machine, a session
  /// copied twice, a corrupt file, a scripted run, notes that are not records.
  func makeClass() throws -> URL {
    let dir = try KefuProcess.temporaryDirectory()
    let classDir = dir.appendingPathComponent("电商1班记录")
    try RecordFiles.write(
      RecordFiles.record(id: "s-a", name: "张三", start: "2026-11-23T14:05:09+08:00"),
      to: classDir.appendingPathComponent("机房01/a.json"))
    try RecordFiles.write(
      RecordFiles.record(id: "s-a", name: "张三", start: "2026-11-23T14:05:09+08:00"),
      to: classDir.appendingPathComponent("机房02/a的副本.json"))
    try RecordFiles.write(
      RecordFiles.record(id: "s-b", name: "=SUM(A1)", start: "2026-11-23T09:00:00+08:00"),
      to: classDir.appendingPathComponent("机房02/b.json"))
    try RecordFiles.write(
      RecordFiles.record(
        id: "s-c", name: "李\\\"四\\\",二号", className: "电商1班", finished: false,
        start: "2026-11-24T08:30:00+08:00"),
      to: classDir.appendingPathComponent("机房02/c.json"))
    try RecordFiles.write(
      RecordFiles.record(id: "s-t", name: "老师", className: "", mode: "script"),
      to: classDir.appendingPathComponent("老师/t.json"))
    try RecordFiles.write(
      "{\"schema\":1,\"session_id\":\"s-x\",\"mode\":",
      to: classDir.appendingPathComponent("机房03/断电.json"))
    try RecordFiles.write("不是记录", to: classDir.appendingPathComponent("机房03/说明.txt"))
    return classDir
  }

  func testExportWritesTheClassCSVWithEveryRecordAccountedFor() throws {
    let classDir = try makeClass()
    let out = classDir.deletingLastPathComponent().appendingPathComponent("成绩.csv")
    let run = try KefuProcess.run(["export", classDir.path, "-o", out.path, "--header", "ids"])
    XCTAssertEqual(run.code, 1, "a record was skipped")
    XCTAssertEqual(run.out, "")
    XCTAssertEqual(
      run.err,
      """
      \(classDir.path)/机房03/断电.json: 记录损坏：JSON 不完整，文件可能在写入或复制时被截断（已跳过）
      注意：练习 s-a 出现了 2 次，只计一次（采用 机房01/a.json，略过 机房02/a的副本.json）
      注意：4 次练习找不到场景文件，已按记录中的消息评分，结果可能与当时不同：机房01/a.json、机房02/b.json、机房02/c.json 等 4 个。把场景文件放回练习时的位置（或记录文件夹、当前目录的 scenarios/ 里）再运行一次即可
      共有 1 个文件读取失败，已跳过
      已导出 4 次练习到 \(out.path)

      """)
    let bytes = try Data(contentsOf: out)
    XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], "UTF-8 with a BOM")
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    XCTAssertTrue(text.hasSuffix("\r\n"))
    let lines = text.components(separatedBy: "\r\n").dropLast()
    XCTAssertEqual(lines.count, 5)
    XCTAssertTrue(
      lines[0].hasPrefix(
        "student,student_id,class,partner,scenario,title,mode,started_at,duration_s,score,tier,"
          + "outcome,steps_covered,step_greet,step_inquire,step_recommend,step_objection,"
          + "step_close,step_confirm,step_farewell,step_ship,first_response_s,avg_response_s,"
          + "max_response_s,slow_replies,rhetorical_questions,exclamation_overuse,upsell,"
          + "forbidden_phrases,rubric_version,record,shift,rule_"))
    // Rows by class, then student in pinyin order (李 li before 张 zhang), then start; the grade
    // columns depend on the rubric.
    let expected: [(prefix: String, outcome: String, record: String)] = [
      ("老师,2026001,,,不存在.kefu,连衣裙尺码咨询,script,2026-11-23 14:05:09,9.0,", "成交", "老师/t.json"),
      (
        "'=SUM(A1),2026001,电商1班,,不存在.kefu,连衣裙尺码咨询,solo,2026-11-23 09:00:00,9.0,", "成交",
        "机房02/b.json"
      ),
      (
        "\"李\"\"四\"\",二号\",2026001,电商1班,,不存在.kefu,连衣裙尺码咨询,solo,2026-11-24 08:30:00,9.0,",
        "未完成", "机房02/c.json"
      ),
      ("张三,2026001,电商1班,,不存在.kefu,连衣裙尺码咨询,solo,2026-11-23 14:05:09,9.0,", "成交", "机房01/a.json"),
    ]
    for (line, e) in zip(lines.dropFirst(), expected) {
      XCTAssertTrue(line.hasPrefix(e.prefix), line)
      XCTAssertTrue(line.contains("等客服,\(e.outcome),"), line)
      XCTAssertTrue(line.contains(",1,\(e.record),"), line)
    }
  }

  func testStdoutByDefaultAndNoBOMWhenAsked() throws {
    let classDir = try makeClass()
    let run = try KefuProcess.run([
      "export", "--no-bom", classDir.appendingPathComponent("机房01").path,
    ])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertTrue(run.out.hasPrefix("学生,学号,班级,搭档,场景文件,场景,模式,开始时间,"), run.out)
    XCTAssertTrue(run.out.contains("\r\n张三,2026001,"))
    XCTAssertTrue(run.out.contains(",a.json,"), "record paths are relative to the folder given")
    let bom = try KefuProcess.run(["export", classDir.appendingPathComponent("机房01/a.json").path])
    XCTAssertTrue(bom.out.hasPrefix("\u{FEFF}学生,"))
    let ids = try KefuProcess.run([
      "export", "--header", "ids", classDir.appendingPathComponent("机房01/a.json").path,
    ])
    XCTAssertTrue(ids.out.hasPrefix("\u{FEFF}student,student_id,class,"))
    let bad = try KefuProcess.run(["export", "--header", "english", classDir.path])
    XCTAssertEqual(bad.code, 2)
    XCTAssertTrue(bad.err.contains("--header 只能是 zh"), bad.err)
  }

  /// `kefu export .` in a project folder: thousands of other programs' JSON files (package.json
  /// and the like) were each a line 「记录损坏：缺少字段 schema（已跳过）」, burying the damaged
  /// record among them. They are now one line; damaged records are still named one by one.
  func testOtherProgramsJSONIsOneLineAndDamagedRecordsAreStillNamed() throws {
    let classDir = try makeClass()
    let modules = classDir.appendingPathComponent("node_modules")
    try FileManager.default.createDirectory(at: modules, withIntermediateDirectories: true)
    for i in 0..<300 {
      try #"{"name":"包\#(i)","version":"1.0.0"}"#.write(
        to: modules.appendingPathComponent("p\(String(format: "%03d", i)).json"), atomically: false,
        encoding: .utf8)
    }
    for command in ["export", "report"] {
      let run = try KefuProcess.run([command, classDir.path])
      XCTAssertEqual(run.code, 1, command)
      let lines = run.err.split(separator: "\n")
      XCTAssertLessThan(lines.count, 10, "\(command): \(run.err.prefix(600))")
      XCTAssertTrue(
        lines.contains {
          $0.hasPrefix("注意：300 个 .json 文件不是 kefu 的练习记录，已跳过：\(modules.path)/p000.json、")
            && $0.contains("等 300 个")
        }, run.err)
      XCTAssertTrue(lines.contains { $0.contains("断电.json: 记录损坏") }, run.err)
    }
  }

  /// `kefu export 记录 -o 记录/成绩.json` wrote the CSV under a .json name into the records
  /// folder, and every later export and report skipped it as 「记录损坏：JSON 不完整，文件可能在
  /// 写入或复制时被截断」 (exit 1). Export writes a CSV table: a .json name is refused before
  /// anything is read or written (exit 2), with the name to use instead; `report --html` the
  /// same. A .csv or .html in the folder is not read as a record at all.
  func testAnOutputNamedLikeARecordIsRefusedWithTheNameToUse() throws {
    let classDir = try makeClass()
    let out = classDir.appendingPathComponent("成绩.json")
    let run = try KefuProcess.run(["export", classDir.path, "-o", out.path])
    XCTAssertEqual(run.code, 2, run.err)
    XCTAssertEqual(
      run.err,
      "kefu export: -o 的文件名以 .json 结尾，写出的却是成绩表（CSV）：放在记录文件夹里，"
        + "下次导出和报表会把它当成一份练习记录去读。请换成 .csv 结尾，例如 -o \(classDir.path)/成绩.csv\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    let upper = try KefuProcess.run(["export", classDir.path, "-o", "成绩.JSON"])
    XCTAssertEqual(upper.code, 2, upper.err)
    let html = try KefuProcess.run(["report", classDir.path, "--html", out.path])
    XCTAssertEqual(html.code, 2, html.err)
    XCTAssertEqual(
      html.err,
      "kefu report: --html 的文件名以 .json 结尾，写出的却是网页（HTML）：放在记录文件夹里，"
        + "下次导出和报表会把它当成一份练习记录去读。请换成 .html 结尾，例如 --html \(classDir.path)/成绩.html\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))

    // Into the folder under the right names: nothing new is reported by the next run.
    let before = try KefuProcess.run(["export", classDir.path])
    let csv = classDir.appendingPathComponent("成绩.csv").path
    XCTAssertEqual(try KefuProcess.run(["export", classDir.path, "-o", csv]).code, 1)
    let page = classDir.appendingPathComponent("报表.html").path
    XCTAssertEqual(try KefuProcess.run(["report", classDir.path, "--html", page]).code, 1)
    let after = try KefuProcess.run(["export", classDir.path])
    XCTAssertEqual(after.err, before.err)
    XCTAssertEqual(after.out, before.out)
  }

  /// A CSV an older kefu exported under a .json name into the folder is named for what it is,
  /// not as a record cut short.
  func testAnOldExportNamedLikeARecordIsNamedAsKefusOwnTable() throws {
    let classDir = try makeClass()
    let csv = try KefuProcess.run(["export", classDir.path])
    let old = classDir.appendingPathComponent("成绩.json")
    try Data(csv.out.utf8).write(to: old)
    let ids = try KefuProcess.run(["export", classDir.path, "--header", "ids", "--no-bom"])
    try Data(ids.out.utf8).write(to: classDir.appendingPathComponent("grades.json"))
    for command in ["export", "report"] {
      let run = try KefuProcess.run([command, classDir.path])
      XCTAssertEqual(run.code, 1, command)
      for name in ["成绩.json", "grades.json"] {
        XCTAssertTrue(
          run.err.contains(
            "\(classDir.path)/\(name): 这是 kefu export 导出的成绩表（CSV），不是练习记录：请移出记录文件夹，或改成 .csv 结尾的名字（已跳过）"
          ), run.err)
      }
      XCTAssertFalse(run.err.contains("成绩.json: 记录损坏"), run.err)
    }
  }

  func testExportRefusesNothingToExportAndNamesAMissingFolder() throws {
    XCTAssertEqual(try KefuProcess.run(["export"]).code, 2)
    let dir = try KefuProcess.temporaryDirectory()
    let out = dir.appendingPathComponent("x.csv")
    let run = try KefuProcess.run(["export", "/nonexistent/记录", "-o", out.path])
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(run.err, "kefu export: 找不到「/nonexistent/记录」，什么也没有写。请检查文件夹或文件名\n")
    XCTAssertFalse(FileManager.default.fileExists(atPath: out.path), "no header-only file")
    let empty = dir.appendingPathComponent("空班")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let none = try KefuProcess.run(["export", empty.path, "-o", out.path])
    XCTAssertEqual(none.code, 1)
    XCTAssertTrue(none.err.contains("没有找到任何练习记录"), none.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))
    let report = try KefuProcess.run(["report", empty.path])
    XCTAssertEqual(report.code, 1)
    XCTAssertEqual(report.out, "")
  }

  /// A record made by `kefu play` carries what grading needs of its scenario: exported from
  /// another working directory, with the scenario file deleted, its row is the same.
  func testARecordExportsTheSameFromElsewhereWithItsScenarioDeleted() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let lesson = dir.appendingPathComponent("课")
    try RecordFiles.write(
      """
      title: 耳机少了一只
      persona: 挑剔
      sales: 无
      limit: 10秒
      product: 无线蓝牙耳机 199元

      == 投诉
      顾客: 昨天收到的耳机，盒子里少了右耳那只
      when has 抱歉|对不起 -> 处理
      otherwise -> end 流失：那我直接退货吧

      == 处理
      顾客: 那怎么办？
      when has 补发|补寄 -> end 成交：好的，那我等你们补发
      otherwise -> end 流失：算了

      """, to: lesson.appendingPathComponent("少发.kefu"))
    try RecordFiles.write(
      "+3 亲，您好，真是抱歉，少发了一只让您白等，我马上帮您查\n"
        + "+4 亲，查到了是我们漏装了，今天就给您补发右耳那只，运费我们出\n",
      to: dir.appendingPathComponent("路径.txt"))
    let played = try KefuProcess.run(
      [
        "play", "课/少发.kefu", "--script", "路径.txt", "--name", "赵六", "--id", "2026009",
        "--records", "共享/机房1",
      ], directory: dir)
    XCTAssertEqual(played.code, 0, played.err)
    let here = try KefuProcess.run(["export", "共享"], directory: dir)
    XCTAssertEqual(here.code, 0, here.err)
    XCTAssertEqual(here.err, "")
    XCTAssertTrue(here.out.contains(",耳机少了一只,script,"), here.out)
    XCTAssertTrue(here.out.contains(",,成交,"), "after-sales: no tier; 成交 by the branch: \(here.out)")

    try FileManager.default.removeItem(at: lesson)
    let elsewhere = try KefuProcess.run(
      ["export", dir.appendingPathComponent("共享").path], directory: URL(fileURLWithPath: "/"))
    XCTAssertEqual(elsewhere.code, 0, elsewhere.err)
    XCTAssertEqual(elsewhere.err, "", "nothing to warn about: the record has what it needs")
    XCTAssertEqual(elsewhere.out, here.out)
  }
}
