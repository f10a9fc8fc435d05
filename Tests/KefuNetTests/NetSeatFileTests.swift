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
