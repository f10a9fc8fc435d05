import Foundation
import XCTest

/// Runs the built `kefu` binary, as a user would, and captures what it prints.
struct KefuRun {
  var code: Int32
  var out: String
  var err: String
}

enum KefuProcess {
  /// The folder that holds the built products (`.build/debug`).
  static var productsDirectory: URL {
    #if os(macOS)
      for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
        return bundle.bundleURL.deletingLastPathComponent()
      }
      fatalError("no .xctest bundle")
    #else
      return Bundle.main.bundleURL
    #endif
  }

  /// The repository root (for `scenarios/`).
  static var repoRoot: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
  }

  /// Runs `kefu args…` with `stdin` bytes, extra environment and working directory.
  @discardableResult
  static func run(
    _ args: [String], stdin: [UInt8] = [], environment: [String: String] = [:],
    directory: URL? = nil, runner: String? = nil
  ) throws -> KefuRun {
    // kefu may exit without reading all of its standard input (a usage error, say); the write
    // below must then fail with EPIPE, not kill the test process with SIGPIPE.
    signal(SIGPIPE, SIG_IGN)
    let process = Process()
    process.executableURL = productsDirectory.appendingPathComponent("kefu")
    if let runner {  // another program that runs kefu (runuser, to be another user)
      process.executableURL = ["/usr/sbin/", "/sbin/", "/usr/bin/"].map {
        URL(fileURLWithPath: $0 + runner)
      }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
    process.arguments = args
    var env = ProcessInfo.processInfo.environment
    env["NO_COLOR"] = "1"
    for key in ["KEFU_NAME", "KEFU_ID", "KEFU_CLASS", "KEFU_RECORDS"] { env[key] = nil }
    for (k, v) in environment { env[k] = v }
    process.environment = env
    if let directory { process.currentDirectoryURL = directory }
    let inPipe = Pipe()
    let outPipe = Pipe()
    let errPipe = Pipe()
    process.standardInput = inPipe
    process.standardOutput = outPipe
    process.standardError = errPipe
    try process.run()
    let writer = Thread {
      try? inPipe.fileHandleForWriting.write(contentsOf: Data(stdin))
      try? inPipe.fileHandleForWriting.close()
    }
    writer.start()
    final class Box: @unchecked Sendable { var data = Data() }
    let errBox = Box()
    let errReader = Thread { errBox.data = errPipe.fileHandleForReading.readDataToEndOfFile() }
    errReader.start()
    let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    while !errReader.isFinished || !writer.isFinished { usleep(1000) }
    return KefuRun(
      code: process.terminationStatus, out: String(decoding: outData, as: UTF8.self),
      err: String(decoding: errBox.data, as: UTF8.self))
  }

  /// This test process's folder of temporary folders, removed when the process exits.
  static let scratch: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "kefu-tests-\(getpid())-" + UUID().uuidString)
    atexit { try? FileManager.default.removeItem(at: KefuProcess.scratch) }
    return url
  }()

  /// A fresh temporary folder for one test (under `scratch`, so none is left behind).
  static func temporaryDirectory() throws -> URL {
    let url = scratch.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
