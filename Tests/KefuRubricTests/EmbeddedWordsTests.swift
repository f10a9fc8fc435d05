import Foundation
import XCTest

@testable import KefuRubric

/// The words files are the rubric's words; `EmbeddedWords.swift` carries them into the binary.
/// These tests keep the two in step and check the format's rules.
final class EmbeddedWordsTests: XCTestCase {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "Sources/KefuRubric")

  /// The generated Swift file for the words files on disk, as Tools/embed-words/main.swift
  /// writes it: the tool itself, run with `--print` (the test checks; the tool writes, since it
  /// builds no rubric and so also runs while the code names a family the embedded copy lacks).
  static func generated() throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["swift", "Tools/embed-words/main.swift", "--print"]
    process.currentDirectoryURL = sources.deletingLastPathComponent().deletingLastPathComponent()
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let text = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    XCTAssertEqual(process.terminationStatus, 0, "swift Tools/embed-words/main.swift --print")
    return String(decoding: text, as: UTF8.self)
  }

  func testTheEmbeddedWordsAreTheWordsFiles() throws {
    let path = Self.sources.appendingPathComponent("Matching/EmbeddedWords.swift")
    let expected = try Self.generated()
    let current = try String(contentsOf: path, encoding: .utf8)
    XCTAssertTrue(
      current == expected,
      "Matching/EmbeddedWords.swift is out of date: run swift Tools/embed-words/main.swift"
    )
  }

  func testEveryRuleFileBelongsToARuleAndEveryFamilyIsUsable() {
    let ids = Set(RuleRegistry.ids)
    for (rule, _) in EmbeddedWords.files { XCTAssertTrue(ids.contains(rule), rule) }
    for family in WordBook.standard.families {
      // A shape says what it is by its 类型; its words are its conditions.
      if family.kind == .pattern {
        XCTAssertFalse(family.field("词", in: .standard).isEmpty, "\(family.name) has words")
        continue
      }
      XCTAssertFalse(family.words.isEmpty, "\(family.name) has words")
      XCTAssertFalse(family.note.isEmpty, "\(family.name) says what it is for")
      if family.kind == .characters {
        XCTAssertTrue(family.words.allSatisfy { $0.unicodeScalars.count == 1 }, family.name)
      }
    }
  }

  func testTheFormat() throws {
    let book = try WordBook(files: [
      (
        "demo",
        """
        # 注释
        [hello]
        说明：问候
        你好 | 您好
          哈喽
        [marks] 字类
        说明：语气词
        吗 呢
        [list] 词表
        说明：一组词
        甲|乙
        """
      )
    ])
    XCTAssertEqual(book.families.map(\.name), ["hello", "marks", "list"])
    XCTAssertEqual(book.words("hello"), ["你好", "您好", "哈喽"])
    XCTAssertEqual(book.family("hello")?.note, "问候")
    XCTAssertEqual(book.words("marks"), ["吗", "呢"])
    XCTAssertEqual(book.family("list")?.kind, .list)
    XCTAssertEqual(book.families(of: "demo").count, 3)
  }

  func testMistakesSayWhere() {
    func error(_ text: String) -> WordBookError? {
      do {
        _ = try WordBook(files: [("demo", text)])
        return nil
      } catch let e as WordBookError {
        return e
      } catch {
        return nil
      }
    }
    XCTAssertEqual(error("你好")?.line, 1)
    XCTAssertEqual(error("[a]\n你好\n[a]\n您好")?.message, "「a」已经定义过了")
    XCTAssertEqual(error("[a]\n你好\n[a]\n您好")?.line, 3)
    XCTAssertEqual(error("[A b]")?.line, 1)
    XCTAssertEqual(error("[a] 句子")?.file, "demo.words")
    XCTAssertNotNil(error("[a"))
  }

  func testEditsAddAndRemoveWords() {
    let edits = [
      WordBook.Edit(family: "greet", add: true, words: ["哈罗哈罗"]),
      WordBook.Edit(family: "greet", add: false, words: ["您好"]),
    ]
    let book = WordBook.standard.applying(edits)
    XCTAssertTrue(book.words("greet").contains("哈罗哈罗"))
    XCTAssertFalse(book.words("greet").contains("您好"))
    XCTAssertTrue(WordBook.standard.words("greet").contains("您好"), "the standard is untouched")
  }

  /// `WordList` answers from a table built with the rubric: it must say what comparing the
  /// phrase with the list's words says, for every phrase of every family, edited ones included.
  func testAWordListHoldsExactlyItsWords() {
    let edits = [
      WordBook.Edit(family: "greet", add: true, words: ["售后", "哈罗哈罗"]),
      WordBook.Edit(family: "objection", add: false, words: ["售后"]),
    ]
    for words in [RubricWords(), RubricWords(edits: edits)] {
      var held = 0
      for family in WordList.families {
        let name = WordBook.standard.families[family].name
        let list = WordList(name)
        let members = Set(WordBook.standard.words(name))
        for (slot, phrases) in words.phrases.enumerated() {
          for (i, phrase) in phrases.enumerated() {
            let hit = PhraseHit(lexicon: slot, phrase: i, start: 0, end: 0)
            XCTAssertEqual(
              words.list(list, holds: hit), members.contains(phrase), "\(name) \(phrase)")
            if members.contains(phrase) { held += 1 }
          }
        }
      }
      XCTAssertGreaterThan(held, 100)
    }
    let edited = RubricWords(edits: edits)
    let greet = edited.phrases[Lexicon("greet").slot]
    let added = PhraseHit(lexicon: Lexicon("greet").slot, phrase: greet.count - 2, start: 0, end: 0)
    XCTAssertTrue(edited.list(WordList("after-sales"), holds: added))
  }

  func testTheMatcherIsBuiltPerRubric() {
    let standard = Rubric()
    var settings = RubricSettings.standard
    settings.wordEdits = [WordBook.Edit(family: "greet", add: true, words: ["哈罗哈罗"])]
    let custom = Rubric(settings: settings)
    let context = ReplyContext()
    XCTAssertFalse(standard.judge("哈罗哈罗", context: context).steps.contains(.greet))
    XCTAssertTrue(custom.judge("哈罗哈罗", context: context).steps.contains(.greet))
    XCTAssertFalse(Rubric().judge("哈罗哈罗", context: context).steps.contains(.greet))
  }

  /// The words files' own trimming drops exactly what Foundation's `.whitespaces` trimming drops:
  /// every scalar tried before, after and around a word, and inside it (kept).
  func testBlanksAreTrimmedAsFoundationTrimsWhitespace() {
    var tried: [String] = [
      "", " ", "\t", "词", " 词 ", "\t亲\u{3000}", "\u{200B}好\u{200C}", "a b", "\u{3000}\u{00A0}",
    ]
    for v in 0..<0x3100 {
      guard let s = Unicode.Scalar(v) else { continue }
      let c = String(Character(s))
      tried += [c + "词", "词" + c, c + "词" + c, "亲" + c + "词"]
    }
    for text in tried {
      let sub = Substring(text)
      XCTAssertEqual(
        sub.trimmingBlanks(), text.trimmingCharacters(in: .whitespaces),
        "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
  }
}

/// The shapes of rhetorical questions are 句式 in rhetorical_question.words.
final class RhetoricalShapeFileTests: XCTestCase {
  func testEveryShapeReadsAndNamesOnlyKnownLists() throws {
    let shapes = WordBook.standard.families.filter { $0.kind == .pattern }
    XCTAssertGreaterThan(shapes.count, 100)
    for family in shapes {
      XCTAssertEqual(family.rule, "rhetorical_question")
      for field in family.fields {
        for word in field.words where word.hasPrefix("@") {
          XCTAssertEqual(
            WordBook.standard.family(String(word.dropFirst()))?.kind, .list,
            "\(family.name): \(word) names a 词表")
        }
      }
      XCTAssertNoThrow(try RhetoricalPattern(family, book: .standard), family.name)
    }
    XCTAssertEqual(RhetoricalPatterns.all().count, shapes.count)
  }

  func testAShapeIsReadFromItsConditions() throws {
    let book = try WordBook(files: [
      (
        "demo",
        """
        [tags] 词表
        说明：标记
        甲 | 乙
        [demo-1] 句式
        说明：一个例子
        类型：否认
        词：怎么可能 | 哪能
        后面不接：这么
          那么
        分句里没有：@tags | 丙
        结尾：问号
        买家刚抱怨：是
        """
      )
    ])
    let p = try RhetoricalPattern(book.family("demo-1")!, book: book)
    XCTAssertEqual(p.shape, .denial)
    XCTAssertEqual(p.words, ["怎么可能", "哪能"])
    XCTAssertEqual(p.notNext, ["这么", "那么"])
    XCTAssertEqual(p.notInClause, ["甲", "乙", "丙"])
    XCTAssertEqual(p.ending, .questionMark)
    XCTAssertTrue(p.afterComplaint)
    XCTAssertFalse(p.crossClause)
  }

  func testBadShapesAreRefused() throws {
    let bad = try WordBook(files: [
      ("demo", "[a] 句式\n类型：生气\n词：哼\n[b] 句式\n类型：否认\n词：哼\n结尾：句号\n[c] 句式\n类型：否认\n")
    ])
    for name in ["a", "b", "c"] {
      XCTAssertThrowsError(try RhetoricalPattern(bad.family(name)!, book: bad), name)
    }
    XCTAssertThrowsError(try WordBook(files: [("demo", "[a] 句式\n怎么可能\n")]))
  }
}
