import Foundation
import XCTest

/// Hostile input and full disks, through the built binary: a clear message and exit 1, never a
/// silent short file, a hang or raw control characters.
final class HostileCLITests: XCTestCase {
  /// Runs kefu with its standard output going to `path` (a device or a file).
  func run(_ args: [String], stdoutPath: String) throws -> (code: Int32, err: String) {
    let process = Process()
    process.executableURL = KefuProcess.productsDirectory.appendingPathComponent("kefu")
    process.arguments = args
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    process.environment = env
    guard let out = FileHandle(forWritingAtPath: stdoutPath) else {
      throw XCTSkip("\(stdoutPath) cannot be opened here")
    }
    let errPipe = Pipe()
    process.standardOutput = out
    process.standardError = errPipe
    try process.run()
    let err = errPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: err, as: UTF8.self))
  }

  func classFolder() throws -> URL {
    let dir = try KefuProcess.temporaryDirectory().appendingPathComponent("班")
    for i in 0..<30 {
      try RecordFiles.write(
        RecordFiles.record(id: "s-\(i)", name: "学生\(i)"),
        to: dir.appendingPathComponent("机房/\(i).json"))
    }
    return dir
  }

  func testExportToAFullDiskSaysSoAndFails() throws {
    guard FileManager.default.fileExists(atPath: "/dev/full") else {
      throw XCTSkip("no /dev/full on this system")
    }
    let dir = try classFolder()
    for command in [["export", dir.path], ["report", dir.path]] {
      let result = try run(command, stdoutPath: "/dev/full")
      XCTAssertEqual(result.code, 1, command.joined(separator: " "))
      XCTAssertTrue(result.err.contains("无法写出到标准输出（磁盘已满），输出不完整"), result.err)
    }
  }

  func testExportIntoASmallFileSystemIsNeverASilentShortFile() throws {
    guard getuid() == 0 else { throw XCTSkip("mounting a small tmpfs needs root") }
    let mountPoint = try KefuProcess.temporaryDirectory().path
    guard mount("tmpfs", mountPoint, "tmpfs", 0, "size=4k") == 0 else {
      throw XCTSkip("tmpfs cannot be mounted here")
    }
    defer { umount(mountPoint) }
    let dir = try classFolder()
    let target = mountPoint + "/成绩.csv"
    let viaFlag = try KefuProcess.run(["export", dir.path, "-o", target])
    XCTAssertEqual(viaFlag.code, 1)
    XCTAssertTrue(viaFlag.err.contains("无法写入（磁盘已满）"), viaFlag.err)
    XCTAssertFalse(FileManager.default.fileExists(atPath: target), "no half file left behind")
    FileManager.default.createFile(atPath: target, contents: nil)
    let viaShell = try run(["export", dir.path], stdoutPath: target)
    XCTAssertEqual(viaShell.code, 1)
    XCTAssertTrue(viaShell.err.contains("磁盘已满"), viaShell.err)
  }

  func testExportToADeviceWritesIntoIt() throws {
    let dir = try classFolder()
    let result = try KefuProcess.run(["export", dir.path, "-o", "/dev/null"])
    XCTAssertEqual(result.code, 0, result.err)
    var info = stat()
    XCTAssertEqual(stat("/dev/null", &info), 0)
    XCTAssertEqual(info.st_mode & S_IFMT, S_IFCHR, "/dev/null is still a device")
  }

  func testDevicesAndFIFOsAreRefusedInBoundedTime() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let fifo = dir.appendingPathComponent("记录.json").path
    guard mkfifo(fifo, 0o600) == 0 else { throw XCTSkip("mkfifo is not available") }
    symlink("/dev/zero", dir.appendingPathComponent("零.json").path)
    let start = Date()
    for args in [
      ["lint", "/dev/zero"], ["grade", "/dev/zero"], ["check", "/dev/zero"], ["export", dir.path],
      ["grade", fifo],
    ] {
      let result = try KefuProcess.run(args)
      XCTAssertEqual(result.code, 1, args.joined(separator: " ") + "\n" + result.err)
      XCTAssertTrue((result.out + result.err).contains("不是普通文件"), result.out + result.err)
    }
    XCTAssertLessThan(Date().timeIntervalSince(start), 30)
  }

  func testUntrustedNamesAndTextNeverReachTheTerminalRaw() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let log = dir.appendingPathComponent("日志\u{1B}[2J.txt")
    try "[00:01] 顾客: 在吗\u{1B}]52;c;aGk=\u{07}\u{9B}\n[00:03] 客服: 您好\u{202E}\n".write(
      to: log, atomically: true, encoding: .utf8)
    let result = try KefuProcess.run(["grade", log.path])
    XCTAssertEqual(result.code, 0, result.err)
    for raw in ["\u{1B}", "\u{07}", "\u{9B}", "\u{202E}"] {
      XCTAssertFalse(result.out.contains(raw), "raw \(raw.unicodeScalars.first!.value) in output")
    }
    XCTAssertTrue(result.out.contains("您好<U+202E>"), result.out)
    let json = try KefuProcess.run(["grade", "--json", log.path])
    XCTAssertFalse(json.out.contains("\u{9B}"))
  }

  /// Runs kefu with standard output and error on a pseudo-terminal, colour on (no NO_COLOR):
  /// what a teacher's terminal receives.
  func runOnColourTerminal(_ args: [String], in directory: URL? = nil) throws -> String {
    #if os(Linux)
      let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
      guard master >= 0 else { throw XCTSkip("no pseudo-terminals here") }
      defer { close(master) }
      var unlock: Int32 = 0
      var number: UInt32 = 0
      _ = withUnsafeMutablePointer(to: &unlock) { ioctl(master, UInt(0x4004_5431), $0) }
      _ = withUnsafeMutablePointer(to: &number) { ioctl(master, UInt(0x8004_5430), $0) }
      let process = Process()
      process.executableURL = KefuProcess.productsDirectory.appendingPathComponent("kefu")
      process.arguments = args
      if let directory { process.currentDirectoryURL = directory }
      var env = ProcessInfo.processInfo.environment
      env["NO_COLOR"] = nil  // colour on: kefu's own styling is let through
      env["TERM"] = "xterm"
      process.environment = env
      let tty = try XCTUnwrap(FileHandle(forWritingAtPath: "/dev/pts/\(number)"))
      process.standardOutput = tty
      process.standardError = tty
      try process.run()
      defer { try? tty.close() }
      var screen: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      let deadline = Date().addingTimeInterval(10)
      while Date() < deadline {
        var pfd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&pfd, 1, 200) > 0 else {
          if process.isRunning { continue } else { break }
        }
        let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        screen += buffer[0..<n]
      }
      process.waitUntilExit()
      return String(decoding: screen, as: UTF8.self)
    #else
      throw XCTSkip("pseudo-terminal set-up is written for Linux")
    #endif
  }

  func testACSVOnAColourTerminalShowsStylingFromARecordVisibly() throws {
    let dir = try KefuProcess.temporaryDirectory().appendingPathComponent("班")
    try RecordFiles.write(
      RecordFiles.record(id: "s-1", name: #"张\u001b[8m三"#), to: dir.appendingPathComponent("1.json")
    )
    let text = try runOnColourTerminal(["export", dir.path])
    XCTAssertFalse(text.contains("\u{1B}[8m"), "a record's ESC[8m would hide the rest of the row")
    XCTAssertTrue(text.contains("张␛[8m三"), text)
  }

  func testStylingFromAScenarioOrAFileNameIsShownOnAColourTerminal() throws {
    let dir = try KefuProcess.temporaryDirectory()
    let scenario = dir.appendingPathComponent("s.kefu")
    try "title: 标\u{1B}[31m题\npersona: 随和\n== 开场\n顾客: 在\u{1B}[8m吗\notherwise -> end 成交\n"
      .write(to: scenario, atomically: true, encoding: .utf8)
    let script = dir.appendingPathComponent("p.txt")
    try "+1 亲，在的哦\n".write(to: script, atomically: true, encoding: .utf8)
    let records = dir.appendingPathComponent("r")
    _ = try KefuProcess.run([
      "play", scenario.path, "--script", script.path, "--name", "甲", "--records", records.path,
    ])
    for args in [
      ["report", records.path], ["graph", scenario.path],
      ["graph", scenario.path, "--format", "dot"],
      ["play", dir.path + "/不在\u{1B}[31m.kefu", "--name", "甲"],
    ] {
      let text = try runOnColourTerminal(args)
      for raw in ["\u{1B}[8m", "\u{1B}[31m题", "\u{1B}[31m.kefu"] {
        XCTAssertFalse(
          text.contains(raw), "\(args[0]): \(raw.debugDescription) reached the terminal")
      }
      XCTAssertTrue(text.contains("␛["), "\(args[0]) shows it: \(text)")
    }
  }

  func testDashOStdoutWritesToTheOpenDescriptor() throws {
    let dir = try classFolder()
    let result = try KefuProcess.run(["export", dir.path, "-o", "/dev/stdout"])
    XCTAssertEqual(result.code, 0, result.err)
    XCTAssertTrue(result.out.hasPrefix("\u{FEFF}"), "the CSV came through the pipe")
  }

  func testAnUnreadableSubfolderIsNamed() throws {
    // Root reads everything: the folder is made unreadable to `nobody`, who runs kefu.
    guard getuid() == 0,
      FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser")
        || FileManager.default.isExecutableFile(atPath: "/sbin/runuser")
    else { throw XCTSkip("needs root and runuser to run kefu as another user") }
    let dir = try classFolder()
    let locked = dir.appendingPathComponent("锁住的机房")
    try RecordFiles.write(
      RecordFiles.record(id: "s-l", name: "王五"), to: locked.appendingPathComponent("l.json"))
    chmod(dir.deletingLastPathComponent().path, 0o755)
    chmod(locked.path, 0o000)
    defer { chmod(locked.path, 0o755) }
    let kefu = KefuProcess.productsDirectory.appendingPathComponent("kefu").path
    let result = try KefuProcess.run(
      ["-u", "nobody", "--", kefu, "export", dir.path], runner: "runuser")
    XCTAssertEqual(result.code, 1, result.err)
    XCTAssertTrue(
      result.err.contains("\(locked.path): 无法读取文件夹（没有权限），其中的记录都没有读到"), result.err)
  }

  /// An empty file name (a script's unset variable: --html "$OUT") is a usage error that names
  /// the option; it had been reported as 「: 文件不存在」 or 「: 无法写入（路径不存在）」, no name at all.
  func testAnEmptyFileNameAfterAnOptionNamesTheOption() throws {
    let dir = try classFolder()
    let lesson = "scenarios/01-starter-greeting.kefu"
    for args in [
      ["check", "--rubric", ""], ["check", "--scenario", ""], ["graph", lesson, "--html", ""],
      ["report", dir.path, "--html="], ["export", dir.path, "-o", ""],
      ["play", lesson, "--name", "甲", "--script", ""], ["shift", lesson, lesson, "--script", ""],
      ["grade", "x.json", "--rubric", ""], ["rules", "--rubric", ""],
    ] {
      let run = try KefuProcess.run(args, directory: KefuProcess.repoRoot)
      XCTAssertEqual(run.code, 2, args.joined(separator: " ") + "\n" + run.err)
      let option =
        args.last == "--html="
        ? "--html"
        : args[args.count - 2].replacingOccurrences(
          of: "-o", with: "--output")
      XCTAssertTrue(
        run.err.contains("选项 \(option) 后面应是文件名，却是空的"), args.joined(separator: " ") + run.err)
    }
  }

  /// An empty argument where a file, a folder or a rule goes is a usage error; kefu lint '' had
  /// said 「: error[E004]: 文件不存在」 and kefu grade '' 「: 文件不存在」, exit 1.
  func testAnEmptyArgumentIsAUsageError() throws {
    for args in [
      ["lint", ""], ["graph", ""], ["grade", ""], ["check", ""], ["export", ""], ["report", ""],
      ["play", ""], ["rules", ""], ["lint", "scenarios/01-starter-greeting.kefu", ""],
      ["check", "--", ""],
    ] {
      let run = try KefuProcess.run(args, directory: KefuProcess.repoRoot)
      XCTAssertEqual(run.code, 2, args.joined(separator: "|") + "\n" + run.err)
      XCTAssertTrue(
        run.err.contains("是空的（也许是脚本里的变量没有赋值）"), args.joined(separator: "|") + run.err)
      XCTAssertEqual(run.out, "", args.joined(separator: "|"))
    }
  }
}
