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
    let run = try KefuProcess.run(["report", dir.path, "--html", html.path])
    XCTAssertEqual(run.code, 0, run.err)
    let lines = run.out.components(separatedBy: "\n")
    XCTAssertEqual(lines[0], "全班成绩一览：2 次练习，2 名学生（另有脚本练习 1 次，单独列出）")
    XCTAssertTrue(run.out.contains("\n学生\n  班级     姓名  学号     次数  最好  最近  最近等级  成交\n"), run.out)
    XCTAssertTrue(run.out.contains("\n  电商1班  张三  2026001     1"), run.out)
    XCTAssertTrue(run.out.contains("\n分数分布\n"))
    XCTAssertTrue(run.out.contains("\n脚本练习（kefu play --script，不计入以上统计）\n"))
    XCTAssertFalse(run.out.contains("老师  2026001"), "the teacher's scripted run is not a student")
    let page = try String(contentsOf: html, encoding: .utf8)
    XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
    XCTAssertTrue(page.contains("<svg"))
    XCTAssertFalse(page.contains("<script"))
  }

  func testReportNeedsExactlyOneFolder() throws {
    XCTAssertEqual(try KefuProcess.run(["report"]).code, 2)
  }
}
