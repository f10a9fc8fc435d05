import KefuScenario
import XCTest

final class SHA256Tests: XCTestCase {
  func testKnownVectors() {
    XCTAssertEqual(
      SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    XCTAssertEqual(
      SHA256.hex(Array("abc".utf8)),
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    XCTAssertEqual(
      SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
  }

  func testMessagesAroundTheBlockBoundaryAndChineseText() {
    // Lengths 55, 56 and 64 bytes put the padding on either side of a block boundary.
    XCTAssertEqual(
      SHA256.hex(Array(repeating: 0x61, count: 55)),
      "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
    XCTAssertEqual(
      SHA256.hex(Array(repeating: 0x61, count: 56)),
      "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
    XCTAssertEqual(
      SHA256.hex(Array(repeating: 0x61, count: 64)),
      "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    XCTAssertEqual(
      SHA256.hex(Array("客服".utf8)),
      "eae0efe236c3fe680dcf0e1b1708d0caedecfe6532c8080d4b001c0694477229")
  }
}
