import Foundation
import XCTest

/// The judging code names the characters and words it tests (字类 and 词表 of the words files);
/// it never compares with a Chinese literal, which an edit of the words files would silently
/// leave behind. Explanations, tips and examples live in other files.
final class NoLiteralWordsTests: XCTestCase {
  /// The files that only judge: each must hold no string literal with a Chinese character
  /// (comments may quote Chinese freely). The step reading's files (any `Flow/StepReading*.swift`
  /// too) and the matcher's, but not the generated `EmbeddedWords.swift` nor `WordBook.swift`,
  /// which parses the words files (their keywords 词表, 字类 …) and words its errors. The rules'
  /// own files also hold their examples, tips and messages, so they are not scanned; the
  /// rhetorical detector's file only judges (its examples and messages are in other files).
  static func judgingFiles() throws -> [String] {
    var files = [
      "Flow/StepCues.swift", "Flow/StepContext.swift", "Flow/ReceptionFlowCues.swift",
      "Tone/RhetoricalQuestionDetector.swift",
    ]
    for folder in ["Flow", "Matching"] {
      let names = try FileManager.default.contentsOfDirectory(
        atPath: EmbeddedWordsTests.sources.appendingPathComponent(folder).path)
      for name in names.sorted() where name.hasSuffix(".swift") {
        if folder == "Flow" && !name.hasPrefix("StepReading") { continue }
        if name == "EmbeddedWords.swift" || name == "WordBook.swift" { continue }
        files.append(folder + "/" + name)
      }
    }
    return files
  }

  /// The string literals holding a Han character in one line of Swift, its comment dropped.
  static func chineseLiterals(in line: String) -> [String] {
    var out: [String] = []
    var literal: String? = nil
    var previous: Character = " "
    for ch in line {
      if var open = literal {
        if ch == "\"" && previous != "\\" {
          if open.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
            out.append(open)
          }
          literal = nil
        } else {
          open.append(ch)
          literal = open
        }
      } else if ch == "\"" {
        literal = ""
      } else if ch == "/" && previous == "/" {
        break
      }
      previous = ch
    }
    return out
  }

  func testTheScannerFindsLiteralsAndSkipsComments() {
    XCTAssertEqual(Self.chineseLiterals(in: #"if s[i] == "还" { // 还有 "是""#), ["还"])
    XCTAssertEqual(Self.chineseLiterals(in: #"// s[i] == "还""#), [])
    XCTAssertEqual(Self.chineseLiterals(in: #"let a = "x\"好" + "y""#), ["x\\\"好"])
    XCTAssertEqual(Self.chineseLiterals(in: #"ScalarSet(named: "greet-fillers")"#), [])
  }

  func testTheJudgingCodeComparesWithNoChineseLiteral() throws {
    let files = try Self.judgingFiles()
    XCTAssertTrue(files.contains("Flow/StepReading.swift"))
    XCTAssertTrue(files.contains("Tone/RhetoricalQuestionDetector.swift"))
    for file in files {
      let path = EmbeddedWordsTests.sources.appendingPathComponent(file)
      let text = try String(contentsOf: path, encoding: .utf8)
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let found = Self.chineseLiterals(in: String(line))
        XCTAssertTrue(
          found.isEmpty,
          "\(file):\(n + 1) compares with \(found): name it as a 字类 or 词表 in the words files")
      }
    }
  }
}
