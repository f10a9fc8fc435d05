import Foundation
import XCTest

/// `kefu lint` end to end: the built binary on real files, full output compared.
final class LintCLITests: XCTestCase {
  static let good = """
    title: 问发货
    persona: 心直口快
    == 开场
    顾客: 今天能发货吗
    when has 今天|马上 -> end 成交
    otherwise -> end 流失

    """

  static let broken = """
    title: 坏场景
    persona: 随和
    == 开场
    顾客: 有货吗
    when has 有货 -> 问尺吗
    otherwise -> 问尺码
    == 问尺码
    顾客: 多大码
    when hsa 码 -> end 成交
    otherwise -> end 流失

    """

  /// Only a warning: the second node can never be reached.
  static let warningOnly = """
    title: 有个孤岛
    persona: 随和
    == 开场
    顾客: 在吗
    otherwise -> end 成交
    == 孤岛
    顾客: 没人来这里
    otherwise -> end 流失

    """

  func write(_ files: [String: [UInt8]]) throws -> URL {
    let dir = try KefuProcess.temporaryDirectory()
    for (name, bytes) in files {
      let url = dir.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    return dir
  }

  func testCleanFileExitsZeroWithTheSummary() throws {
    let dir = try write(["good.kefu": Array(Self.good.utf8)])
    let run = try KefuProcess.run(["lint", "good.kefu"], directory: dir)
    XCTAssertEqual(run.code, 0, run.err)
    XCTAssertEqual(run.out, "0 个错误，0 个警告，检查了 1 个文件\n")
    XCTAssertEqual(run.err, "")
  }

  func testBrokenFileExitsOneWithEveryDiagnosticLikeACompiler() throws {
    let dir = try write(["broken.kefu": Array(Self.broken.utf8)])
    let run = try KefuProcess.run(["lint", "broken.kefu"], directory: dir)
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(
      run.out,
      """
      broken.kefu:5:16: error[E012]: 跳转目标「问尺吗」不存在
          5 | when has 有货 -> 问尺吗
            |                  ^^^^^^
      提示：是不是「问尺码」？
      broken.kefu:9:6: error[E011]: 不认识的条件「hsa」
          9 | when hsa 码 -> end 成交
            |      ^^^
      提示：是不是「has」？
      2 个错误，0 个警告，检查了 1 个文件

      """)
  }

  func testWarningsPassUnlessStrict() throws {
    let dir = try write(["w.kefu": Array(Self.warningOnly.utf8)])
    let relaxed = try KefuProcess.run(["lint", "w.kefu"], directory: dir)
    XCTAssertEqual(relaxed.code, 0)
    XCTAssertTrue(relaxed.out.contains("w.kefu:6:4: warning[W001]"), relaxed.out)
    XCTAssertTrue(relaxed.out.hasSuffix("0 个错误，1 个警告，检查了 1 个文件\n"))
    let strict = try KefuProcess.run(["lint", "--strict", "w.kefu"], directory: dir)
    XCTAssertEqual(strict.code, 1)
  }

  func testJSONFormatIsOneDocumentWithEveryDiagnostic() throws {
    let dir = try write([
      "a.kefu": Array(Self.broken.utf8), "b.kefu": Array(Self.warningOnly.utf8),
    ])
    let run = try KefuProcess.run(
      ["lint", "--format", "json", "a.kefu", "b.kefu", "missing.kefu"], directory: dir)
    XCTAssertEqual(run.code, 1)
    let object = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    XCTAssertEqual(object["files"] as? Int, 3)
    XCTAssertEqual(object["errors"] as? Int, 3)
    XCTAssertEqual(object["warnings"] as? Int, 1)
    let items = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
    XCTAssertEqual(items.map { $0["code"] as? String }, ["E012", "E011", "W001", "E004"])
    XCTAssertEqual(items[0]["file"] as? String, "a.kefu")
    XCTAssertEqual(items[0]["line"] as? Int, 5)
    XCTAssertEqual(items[0]["column"] as? Int, 16)
    XCTAssertEqual(items[0]["end_column"] as? Int, 19)
    XCTAssertEqual(items[0]["severity"] as? String, "error")
    XCTAssertEqual(items[0]["hint"] as? String, "是不是「问尺码」？")
    XCTAssertTrue(items[3]["line"] is NSNull)
    XCTAssertEqual(run.out.split(separator: "\n").count, 1, "one document on one line")
  }

  func testGBKEmptyBinaryAndMissingFilesAreErrorsWithClearMessages() throws {
    let gbk: [UInt8] = Array("title: ".utf8) + [0xB2, 0xE2, 0xCA, 0xD4] + [0x0A]
    let dir = try write(["gbk.kefu": gbk, "empty.kefu": [], "bin.kefu": [0x00, 0x01, 0x02]])
    let run = try KefuProcess.run(
      ["lint", "gbk.kefu", "empty.kefu", "bin.kefu", "nope.kefu"], directory: dir)
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(
      run.out,
      """
      gbk.kefu:1:8: error[E002]: 文件不是 UTF-8 编码
      提示：它看起来是 GBK/GB18030 编码（旧版 Windows 记事本常这样保存中文）。请在编辑器里“另存为 UTF-8”，或运行：iconv -f GB18030 -t UTF-8 gbk.kefu > 新文件.kefu
      empty.kefu: error[E001]: 文件是空的
      提示：场景至少要有 title、persona 和一个「== 节点」
      bin.kefu: error[E003]: 这是二进制文件，不是文本
      提示：场景文件要用纯文本编辑器（记事本、VS Code 等）编写，不能用 Word 文档
      nope.kefu: error[E004]: 文件不存在
      提示：检查文件名和所在文件夹是否写对
      4 个错误，0 个警告，检查了 4 个文件

      """)
  }

  func testFoldersAreSearchedRecursivelyInSortedOrder() throws {
    let dir = try write([
      "lessons/b.kefu": Array(Self.good.utf8),
      "lessons/a/z.kefu": Array(Self.warningOnly.utf8),
      "lessons/a/notes.txt": Array("不是场景".utf8),
      "lessons/.hidden/x.kefu": [],
      "lessons/c.kefu": Array(Self.broken.utf8),
    ])
    let run = try KefuProcess.run(["lint", "--format", "json", "lessons"], directory: dir)
    XCTAssertEqual(run.code, 1)
    let object = try XCTUnwrap(
      try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    XCTAssertEqual(object["files"] as? Int, 3)
    let items = try XCTUnwrap(object["diagnostics"] as? [[String: Any]])
    XCTAssertEqual(
      items.map { $0["file"] as? String },
      ["lessons/a/z.kefu", "lessons/c.kefu", "lessons/c.kefu"])
  }

  func testAFolderWithoutScenariosIsReported() throws {
    let dir = try write(["empty/readme.txt": Array("无".utf8)])
    let run = try KefuProcess.run(["lint", "empty"], directory: dir)
    XCTAssertEqual(run.code, 1)
    XCTAssertEqual(run.err, "kefu lint: 文件夹 empty 里没有 .kefu 文件\n")
  }

  func testUsageErrorsExitTwo() throws {
    let none = try KefuProcess.run(["lint"])
    XCTAssertEqual(none.code, 2)
    XCTAssertTrue(none.err.contains("请给出要检查的场景文件或文件夹"), none.err)
    let format = try KefuProcess.run(["lint", "--format", "xml", "a.kefu"])
    XCTAssertEqual(format.code, 2)
    XCTAssertTrue(format.err.contains("--format 只能是 text 或 json"), format.err)
  }
}
