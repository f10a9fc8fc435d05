import Foundation
import KefuNet
import XCTest

/// `kefu join`'s seat file: read back for the same code only, and nothing else taken from it.
final class NetSeatFileTests: XCTestCase {
  func folder() throws -> String {
    let dir = try FileManager.default.url(
      for: .itemReplacementDirectory, in: .userDomainMask,
      appropriateFor: FileManager.default.temporaryDirectory, create: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    return dir.path
  }

  func testTheTokenIsReadBackForTheSameCodeOnly() throws {
    let path = NetSeatFile.path(directory: try folder(), host: "192.168.1.23", port: 7420)
    XCTAssertTrue(path.hasSuffix("/.kefu-join-192.168.1.23-7420.seat"), path)
    XCTAssertNil(NetSeatFile.token(at: path, code: "4821"))
    try NetSeatFile(code: "4821", token: "9f3a00c1").save(to: path)
    XCTAssertEqual(NetSeatFile.token(at: path, code: "4821"), "9f3a00c1")
    XCTAssertNil(NetSeatFile.token(at: path, code: "4822"))
  }

  /// The token lets whoever holds it take the partner's seat, and the records folder is often
  /// shared (a class folder, a lab computer): the file was written 0644, readable by anyone
  /// who can list the folder. It is now readable by its owner only, also when an older kefu
  /// had left it readable.
  func testTheSeatFileIsReadableByItsOwnerOnly() throws {
    let path = NetSeatFile.path(directory: try folder(), host: "pc07", port: 7420)
    try NetSeatFile(code: "4821", token: "9f3a00c1").save(to: path)
    XCTAssertEqual(try permissions(path), 0o600)
    chmod(path, 0o644)
    try NetSeatFile(code: "4821", token: "9f3a00c2").save(to: path)
    XCTAssertEqual(try permissions(path), 0o600)
    XCTAssertEqual(NetSeatFile.token(at: path, code: "4821"), "9f3a00c2")
  }

  /// The file's name is known in advance and the folder is often shared, so a classmate can
  /// put something there first. A FIFO of that name made `kefu join` hang after connecting
  /// (the write waited for a reader, Ctrl-C did nothing); a symbolic link to another file of
  /// the student's (`~/.bashrc`) had that file replaced by the token. The entry itself is now
  /// replaced, whatever it is, and nothing is opened or followed; so is the host's resume file.
  func testWhatAClassmatePutAtTheNameIsReplacedNotWrittenThrough() throws {
    let dir = try folder()
    let victim = dir + "/笔记.txt"
    try "我的笔记".write(toFile: victim, atomically: true, encoding: .utf8)
    let seat = NetSeatFile.path(directory: dir, host: "pc07", port: 7420)
    let resume = NetResumeFile.path(directory: dir, port: 7420)
    let saves: [(String, () throws -> Void)] = [
      (seat, { try NetSeatFile(code: "4821", token: "9f3a00c1").save(to: seat) }),
      (
        resume,
        {
          try NetResumeFile(code: "4821", token: "ab", record: "x.json", role: .seller, savedAt: 1)
            .save(to: resume)
        }
      ),
    ]
    for (path, save) in saves {
      for plant in ["fifo", "link"] {
        unlink(path)
        if plant == "fifo" { XCTAssertEqual(mkfifo(path, 0o666), 0) } else { symlink(victim, path) }
        let done = DispatchSemaphore(value: 0)
        final class Outcome: @unchecked Sendable { var error: Error? }
        let outcome = Outcome()
        DispatchQueue.global().async {
          do { try save() } catch { outcome.error = error }
          done.signal()
        }
        guard done.wait(timeout: .now() + 5) == .success else {
          // Open the FIFO for reading so the stuck write ends with the test.
          let fd = open(path, O_RDONLY | O_NONBLOCK)
          _ = done.wait(timeout: .now() + 5)
          close(fd)
          XCTFail("\(plant) at \(path): the save hung")
          continue
        }
        XCTAssertNil(outcome.error, "\(plant) at \(path)")
        var info = stat()
        XCTAssertEqual(lstat(path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFREG, "\(plant) at \(path)")
        XCTAssertEqual(info.st_mode & 0o777, 0o600)
        XCTAssertEqual(try String(contentsOfFile: victim, encoding: .utf8), "我的笔记")
      }
    }
    XCTAssertEqual(NetSeatFile.token(at: seat, code: "4821"), "9f3a00c1")
  }

  func testAHostNameCannotLeadTheFileOutOfTheFolder() throws {
    let dir = try folder()
    let path = NetSeatFile.path(directory: dir, host: "../../etc/机房 pc", port: 1)
    XCTAssertEqual(path, dir + "/.kefu-join-.._.._etc____pc-1.seat")
  }

  func testFilesKefuCouldNotHaveWrittenAreIgnored() throws {
    let path = NetSeatFile.path(directory: try folder(), host: "pc07", port: 7420)
    for text in [
      "", "{}", "[1]", #"{"code":"4821"}"#, #"{"code":"4821","token":""}"#,
      #"{"code":"4821","token":"ab\u001b[2J"}"#, #"{"code":4821,"token":"ab"}"#,
      #"{"code":"4821","token":""# + String(repeating: "a", count: 65) + #""}"#,
    ] {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
      XCTAssertNil(NetSeatFile.token(at: path, code: "4821"), text)
    }
  }
}

/// A file's permission bits.
func permissions(_ path: String) throws -> mode_t {
  var info = stat()
  guard stat(path, &info) == 0 else { throw CocoaError(.fileNoSuchFile) }
  return info.st_mode & 0o777
}
