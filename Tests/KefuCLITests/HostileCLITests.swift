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
}
