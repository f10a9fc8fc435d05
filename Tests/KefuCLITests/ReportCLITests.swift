import Foundation
import XCTest

final class ReportCLITests: XCTestCase {
  func testReportKeepsScriptedRunsApartAndWritesASelfContainedPage() throws {
    let dir = try KefuProcess.temporaryDirectory()
    try RecordFiles.write(
      RecordFiles.record(id: "r1", name: "张三"), to: dir.appendingPathComponent("m1/1.json"))
    try RecordFiles.write(
      RecordFiles.record(id: "r2", name: "李四", start: "2026-11-23T15:00:00+08:00"),
      to: dir.appendingPathComponent("m2/2.json"))
    try RecordFiles.write(
      RecordFiles.record(id: "r3", name: "老师", mode: "script"),
      to: dir.appendingPathComponent("m3/3.json"))
    let html = dir.appendingPathComponent("班级.html")
    let run = try KefuProcess.run(["report", dir.path])
    XCTAssertEqual(run.code, 0, run.err)
    let lines = run.out.components(separatedBy: "\n")
    XCTAssertEqual(lines[0], "全班成绩一览：2 次练习，2 名学生（另有脚本练习 1 次，单独列出）")
    XCTAssertTrue(run.out.contains("\n学生\n  班级     姓名  学号     次数  最好  最近  最近等级  成交\n"), run.out)
    XCTAssertTrue(run.out.contains("\n  电商1班  张三  2026001     1"), run.out)
    XCTAssertTrue(run.out.contains("\n分数分布\n"))
    XCTAssertTrue(run.out.contains("\n脚本练习（kefu play --script，不计入以上统计）\n"))
    XCTAssertFalse(run.out.contains("老师  2026001"), "the teacher's scripted run is not a student")
    let toPage = try KefuProcess.run(["report", dir.path, "--html", html.path])
    XCTAssertEqual(toPage.code, 0, toPage.err)
    XCTAssertEqual(toPage.out, "", "the page, not the terminal report")
    XCTAssertTrue(
      toPage.err.hasPrefix("已把报告写成网页：\(html.path)（2 名学生，2 次练习），用浏览器打开即可\n"), toPage.err)
    let page = try String(contentsOf: html, encoding: .utf8)
    XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
    XCTAssertTrue(page.contains("<svg"))
    XCTAssertFalse(page.contains("<script"))
  }

  func testReportNeedsAFolder() throws {
    let run = try KefuProcess.run(["report"])
    XCTAssertEqual(run.code, 2)
    XCTAssertTrue(run.err.contains("请给出记录文件夹（可以给几个）"), run.err)
  }

  /// Two folders (two computer rooms) are read together, as `kefu export` reads them; the same
  /// session in both counts once. (Two folders were refused with a message asking for one.)
  func testReportReadsSeveralFoldersAndCountsASessionOnce() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let a = dir.appendingPathComponent("一机房")
    let b = dir.appendingPathComponent("二机房")
    try RecordFiles.write(
      RecordFiles.record(id: "r1", name: "张三"), to: a.appendingPathComponent("1.json"))
    try RecordFiles.write(
      RecordFiles.record(id: "r2", name: "李四", start: "2026-11-23T15:00:00+08:00"),
      to: b.appendingPathComponent("2.json"))
    try RecordFiles.write(
      RecordFiles.record(id: "r1", name: "张三"), to: b.appendingPathComponent("1副本.json"))
    let run = try KefuProcess.run(["report", a.path, b.path])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertTrue(run.out.hasPrefix("全班成绩一览：2 次练习，2 名学生\n"), run.out)
    XCTAssertTrue(run.err.contains("只计一次"), run.err)
    let html = dir.appendingPathComponent("两个机房.html")
    let page = try KefuProcess.run(["report", a.path, b.path, "--html", html.path])
    XCTAssertEqual(page.code, 0, page.err)
    let text = try String(contentsOf: html, encoding: .utf8)
    XCTAssertTrue(text.contains("读取的文件夹：\(a.path)、\(b.path)"), "both folders named")
    let missing = try KefuProcess.run(["report", a.path, dir.appendingPathComponent("没有").path])
    XCTAssertEqual(missing.code, 1)
    XCTAssertTrue(missing.err.contains("找不到"), missing.err)
  }
}

/// The HTML report in a real browser: nothing clipped, nothing overflowing, headers aligned.
final class ReportBrowserTests: XCTestCase {
  func testTheReportLaysOutInARealBrowserWithoutClipping() throws {
    _ = try BrowserCheck.requireBrowser()
    let dir = try KefuProcess.temporaryDirectory()
    let longTitle = "双十一大促前夜：同时咨询三件商品、要求改地址又想用两张优惠券的老顾客（第五周综合练习）"
    let names = ["王小明", "张三", "李四", "阿依古丽·买买提", "欧阳娜娜", "丙"]
    for (i, name) in names.enumerated() {
      for j in 0..<3 {
        var text = RecordFiles.record(
          id: "s\(i)-\(j)", name: name,
          start: "2026-11-2\(j + 1)T1\(i):05:09+08:00")
        if j == 2 {
          text = text.replacingOccurrences(
            of: "\"title\":\"连衣裙尺码咨询\"", with: "\"title\":\"\(longTitle)\"")
          text = text.replacingOccurrences(of: "不存在.kefu", with: "综合练习-\(i).kefu")
        }
        try RecordFiles.write(text, to: dir.appendingPathComponent("机房\(i)/\(j).json"))
      }
    }
    let page = dir.appendingPathComponent("报告.html")
    let run = try KefuProcess.run(["report", dir.path, "--html", page.path])
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertEqual(run.out, "", "with --html the terminal gets only where the page went")
    XCTAssertTrue(run.err.contains("已把报告写成网页：\(page.path)"), run.err)
    for width in [1280, 800] {
      let shot = dir.appendingPathComponent("报告-\(width).png")
      let problems = try BrowserCheck.layoutProblems(of: page, width: width, screenshot: shot)
      XCTAssertEqual(problems, [], "at \(width) px (screenshot: \(shot.path))")
    }
  }
}
