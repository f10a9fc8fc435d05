import XCTest

/// `kefu host` and `kefu join` refuse bad arguments, and a run without a terminal, before any
/// socket is opened.
final class NetCLITests: XCTestCase {
  func testHelpListsHostAndJoin() throws {
    let help = try KefuProcess.run(["--help"])
    XCTAssertTrue(help.out.contains("  host "))
    XCTAssertTrue(help.out.contains("  join "))
    let host = try KefuProcess.run(["help", "host"])
    XCTAssertTrue(host.out.contains("--port 端口     在哪个端口等待（默认 7420）"), host.out)
    let join = try KefuProcess.run(["join", "--help"])
    XCTAssertTrue(join.out.contains("kefu join 地址:端口 --code 加入码"), join.out)
  }

  func testBadArgumentsAreUsageErrorsThatNameTheFlag() throws {
    let scenario = KefuProcess.repoRoot.appendingPathComponent("scenarios/02-sneaker-size.kefu")
      .path
    let cases: [([String], String)] = [
      (["host"], "缺少场景文件"),
      (["host", scenario, "--port", "99999"], "--port 应为 1 到 65535 之间的整数，却是「99999」"),
      (["host", scenario, "--role", "boss"], "--role 应为 seller 或 buyer，却是「boss」"),
      (["join"], "缺少主机地址"),
      (["join", "127.0.0.1:7420"], "缺少加入码"),
      (["join", "127.0.0.1:7420", "--code", "12"], "加入码应是 4 位数字，却是「12」"),
      (["join", "127.0.0.1:http", "--code", "1234"], "「127.0.0.1:http」里的端口应为 1 到 65535 之间的整数"),
      (["join", "127.0.0.1:7420", "--code", "1234", "--port", "1"], "kefu join: 不认识选项 --port"),
    ]
    for (args, message) in cases {
      let run = try KefuProcess.run(args)
      XCTAssertEqual(run.code, 2, "\(args): \(run.err)")
      XCTAssertTrue(run.err.contains(message), "\(args): \(run.err)")
    }
  }

  func testWithoutATerminalNeitherSideOpensAConnection() throws {
    let records = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: records) }
    let host = try KefuProcess.run(
      ["host", "scenarios/02-sneaker-size.kefu", "--bind", "127.0.0.1", "--records", records.path],
      directory: KefuProcess.repoRoot)
    XCTAssertEqual(host.code, 2)
    XCTAssertTrue(host.err.contains("无法联机练习"), host.err)
    XCTAssertFalse(host.out.contains("kefu join"), "no join line when nothing listens")
    let join = try KefuProcess.run(
      ["join", "127.0.0.1:9", "--code", "1234", "--records", records.path])
    XCTAssertEqual(join.code, 2)
    XCTAssertTrue(join.err.contains("无法联机练习"), join.err)
  }

  func testABrokenScenarioIsRefusedBeforeHosting() throws {
    let dir = try KefuProcess.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent("bad.kefu")
    try "title: 坏场景\n== 开场\n顾客: 在吗\nwhen has 在 -> 不存在\n".write(
      to: file, atomically: true, encoding: .utf8)
    let run = try KefuProcess.run(["host", file.path, "--records", dir.path])
    XCTAssertEqual(run.code, 1, run.err)
    XCTAssertTrue(run.err.contains("先用 kefu lint 修好再练习"), run.err)
  }
}
