import Foundation
import KefuNet
import KefuRecords
import XCTest

/// The host's resume file sits in the records folder, often a shared one: whatever it holds,
/// `kefu host` reads it without crashing and ignores what it did not write itself.
final class NetResumeFileTests: XCTestCase {
  func write(_ text: String) throws -> String {
    let dir = try FileManager.default.url(
      for: .itemReplacementDirectory, in: .userDomainMask,
      appropriateFor: FileManager.default.temporaryDirectory, create: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
    let path = NetResumeFile.path(directory: dir.path, port: 7420)
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  func testAFileKefuWroteIsReadBack() throws {
    let file = NetResumeFile(
      code: "0420", token: "ab12", record: "记录/x.json", role: .seller, savedAt: 1_800_000_000)
    let path = try write("")
    try file.save(to: path)
    XCTAssertEqual(NetResumeFile.load(path), file)
  }

  /// It holds the seat's token too (a restarted host hands it out again): readable by its owner
  /// only, like `kefu join`'s seat file.
  func testTheFileIsReadableByItsOwnerOnly() throws {
    let path = try write("")
    chmod(path, 0o644)
    try NetResumeFile(code: "0420", token: "ab12", record: "x.json", role: .seller, savedAt: 1)
      .save(to: path)
    XCTAssertEqual(try permissions(path), 0o600)
  }

  func testTimesAndCodesItCouldNotHaveWrittenAreIgnored() throws {
    // saved_at of -2^63 crashed kefu host (the age overflowed), 1e300 too (no such integer).
    for savedAt in ["-9223372036854775808", "9223372036854775807", "1e300", "-1", "1.5", "true"] {
      let path = try write(
        #"{"code":"1234","token":"t","record":"x.json","role":"seller","saved_at":"#
          + savedAt + "}")
      let file = NetResumeFile.load(path)
      XCTAssertNil(file, "saved_at \(savedAt)")
      XCTAssertNil(
        file?.resume(scenarioHash: "", role: .seller, now: 1_800_000_000, maxAge: 75))
    }
    for code in [#""\u001b[2J""#, #""12345""#, #""１２３４""#, #""""#] {
      let path = try write(
        #"{"code":"# + code + #","token":"t","record":"x.json","role":"seller","saved_at":1}"#)
      XCTAssertNil(NetResumeFile.load(path), "code \(code)")
    }
  }
}
