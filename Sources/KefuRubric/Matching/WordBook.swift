import KefuText

/// One named group of the rubric's words: a phrase family (词组) or a character class (字类).
public struct WordFamily: Equatable {
  public enum Kind: Equatable {
    /// Phrases, found anywhere in a reply by the rubric's matcher.
    case phrases
    /// Single characters, tested one at a time (what stands before or after a word).
    case characters
    /// Words the rule's code and shapes read as a list (not searched for on their own).
    case list
    /// A shape (句式): conditions written `条件：词 | 词`, read by the rule that owns the file.
    case pattern
  }
  /// The rule whose file holds the family (the file's name without `.words`).
  public var rule: String
  public var name: String
  public var kind: Kind
  /// What the family is for (the file's 说明 lines).
  public var note: String
  /// The phrases (or, for a character class, the characters), in the file's order.
  public var words: [String]
  /// A shape's conditions in the file's order: the key and its words (`@name` names a 词表).
  public var fields: [(key: String, words: [String])] = []

  public static func == (a: WordFamily, b: WordFamily) -> Bool {
    a.rule == b.rule && a.name == b.name && a.kind == b.kind && a.note == b.note
      && a.words == b.words && a.fields.map(\.key) == b.fields.map(\.key)
      && a.fields.map(\.words) == b.fields.map(\.words)
  }

  /// The words of a shape's condition, `@name` references expanded from `book`.
  public func field(_ key: String, in book: WordBook) -> [String] {
    var out: [String] = []
    for field in fields where field.key == key {
      for word in field.words {
        if word.hasPrefix("@") {
          out += book.words(String(word.dropFirst()))
        } else {
          out.append(word)
        }
      }
    }
    return out
  }
}

/// A mistake in a words file or a rubric file's word lines: where, and what (Chinese).
public struct WordBookError: Error, Equatable {
  public var file: String
  public var line: Int
  public var message: String
}

/// The rubric's words, read from the plain-text words files (`Sources/KefuRubric/Words/*.words`,
/// embedded in the binary by `EmbeddedWords`). Code names a family (`Lexicon("greet")`,
/// `ScalarSet(named: "particles")`), never a phrase; the words themselves are data.
///
/// The format, for people (documented in docs/rubric.md, 「词语文件」):
///
///     # a comment
///     [family-name]          starts a phrase family
///     [family-name] 字类     starts a character class
///     [family-name] 词表     starts a word list (read by the rule's code, not searched for)
///     说明：what it is for    (any number of lines)
///     词一 | 词二 | 词三      words, `|`-separated or one per line
public struct WordBook {
  public private(set) var families: [WordFamily] = []
  private var slots: [String: Int] = [:]

  public init() {}

  /// Reads one words file (`rule` is the file's name without `.words`).
  public init(files: [(rule: String, text: String)]) throws {
    for file in files { try add(file: file.rule + ".words", rule: file.rule, text: file.text) }
  }

  /// The slot of a family, or nil.
  public func slot(of name: String) -> Int? { slots[name] }

  /// The phrase families (词组) in order: the matcher's slots. `phraseSlot(of:)` is a family's
  /// place among them.
  public var phraseFamilies: [Int] { families.indices.filter { families[$0].kind == .phrases } }
  public func phraseSlot(of name: String) -> Int? {
    guard let k = slots[name], families[k].kind == .phrases else { return nil }
    return families[..<k].reduce(0) { $0 + ($1.kind == .phrases ? 1 : 0) }
  }

  /// A family by name.
  public func family(_ name: String) -> WordFamily? { slots[name].map { families[$0] } }

  /// The families of one rule's file, in the file's order.
  public func families(of rule: String) -> [WordFamily] { families.filter { $0.rule == rule } }

  /// The words of a family; a family that does not exist is a programming error.
  public func words(_ name: String) -> [String] {
    guard let family = family(name) else { preconditionFailure("no word family \(name)") }
    return family.words
  }

  /// The words of a family normalised as replies are (NFKC, Latin lower case), as scalars: for
  /// searching a reply's scalars with them.
  public func normalizedScalars(_ name: String) -> [[Unicode.Scalar]] {
    words(name).map { Array(TextNormalizer.normalize($0).unicodeScalars) }
  }

  /// The words of a family as a set (for comparing a phrase found with them).
  public func set(_ name: String) -> Set<String> { Set(words(name)) }

  /// Reads the families of one words file.
  mutating func add(file: String, rule: String, text: String) throws {
    var current: Int?
    var number = 0
    // Read as bytes: the files are large (the shapes) and read at every start, so the lines are
    // cut and trimmed by hand rather than through Foundation.
    let bytes = Array(text.utf8)
    var lineStart = 0
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      number += 1
      let (a, b) = WordBook.trimmed(bytes, lineStart, lineEnd)
      if a == b || bytes[a] == 0x23 { continue }  // blank, or a # comment
      if bytes[a] != 0x5B && bytes[a] != 0xE8, current != nil,
        families[current!].kind == .phrases || families[current!].kind == .list
      {
        // A words line (not [, not 说明): the common case.
        families[current!].words += WordBook.phrases(bytes[a..<b])
        continue
      }
      let line = String(decoding: bytes[a..<b], as: UTF8.self)
      if line.hasPrefix("[") {
        guard let close = line.firstIndex(of: "]") else {
          throw WordBookError(file: file, line: number, message: "「[」没有配对的「]」")
        }
        let name = line[line.index(after: line.startIndex)..<close]
          .trimmingBlanks()
        let kindText = line[line.index(after: close)...].trimmingBlanks()
        let kind: WordFamily.Kind
        switch kindText {
        case "", "词组": kind = .phrases
        case "字类": kind = .characters
        case "词表": kind = .list
        case "句式": kind = .pattern
        default:
          throw WordBookError(
            file: file, line: number, message: "「\(kindText)」不认识：名字后只能写「词组」「词表」「字类」或「句式」")
        }
        guard WordBook.validName(name) else {
          throw WordBookError(
            file: file, line: number, message: "名字「\(name)」只能用小写字母、数字和 -")
        }
        guard slots[name] == nil else {
          throw WordBookError(file: file, line: number, message: "「\(name)」已经定义过了")
        }
        slots[name] = families.count
        current = families.count
        families.append(WordFamily(rule: rule, name: name, kind: kind, note: "", words: []))
        continue
      }
      guard let k = current else {
        throw WordBookError(file: file, line: number, message: "词写在了任何 [名字] 之前")
      }
      if let note = WordBook.note(line) {
        families[k].note += (families[k].note.isEmpty ? "" : " ") + note
        continue
      }
      switch families[k].kind {
      case .pattern:
        // The key ends at the first colon (：or :).
        var colon = a
        var after = b
        while colon < b {
          if bytes[colon] == 0x3A {
            after = colon + 1
            break
          }
          if colon + 2 < b && bytes[colon] == 0xEF && bytes[colon + 1] == 0xBC
            && bytes[colon + 2] == 0x9A
          {
            after = colon + 3
            break
          }
          colon += 1
        }
        let key = colon < b ? String(decoding: bytes[a..<colon], as: UTF8.self) : ""
        if WordBook.patternKeys.contains(key) {
          families[k].fields.append((key, WordBook.phrases(bytes[after..<b])))
        } else if !families[k].fields.isEmpty {
          families[k].fields[families[k].fields.count - 1].words += WordBook.phrases(bytes[a..<b])
        } else {
          throw WordBookError(
            file: file, line: number,
            message: "句式的每一行要以条件开头（" + WordBook.patternKeys.joined(separator: "、") + "）")
        }
      case .phrases, .list: families[k].words += WordBook.phrases(line)
      case .characters:
        for s in line.unicodeScalars where s != " " && s != "|" && s != "\u{3000}" {
          families[k].words.append(String(s))
        }
      }
    }
  }

  static func note(_ line: String) -> String? {
    for prefix in ["说明：", "说明:"] where line.hasPrefix(prefix) {
      return line.dropFirst(prefix.count).trimmingBlanks()
    }
    return nil
  }

  /// Offsets of `bytes[start..<end]` without blanks (space, tab, CR, U+3000) at either end.
  static func trimmed(_ bytes: [UInt8], _ start: Int, _ end: Int) -> (Int, Int) {
    var a = start
    var b = end
    while a < b {
      if bytes[a] == 0x20 || bytes[a] == 0x09 || bytes[a] == 0x0D {
        a += 1
      } else if a + 2 < b && bytes[a] == 0xE3 && bytes[a + 1] == 0x80 && bytes[a + 2] == 0x80 {
        a += 3
      } else {
        break
      }
    }
    while b > a {
      if bytes[b - 1] == 0x20 || bytes[b - 1] == 0x09 || bytes[b - 1] == 0x0D {
        b -= 1
      } else if b - 3 >= a && bytes[b - 3] == 0xE3 && bytes[b - 2] == 0x80 && bytes[b - 1] == 0x80 {
        b -= 3
      } else {
        break
      }
    }
    return (a, b)
  }

  /// The phrases of a words line's bytes: `|`-separated, blanks around them dropped.
  static func phrases(_ line: ArraySlice<UInt8>) -> [String] {
    let bytes = Array(line)
    var out: [String] = []
    var start = 0
    for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x7C {
      let (a, b) = trimmed(bytes, start, i)
      if a < b { out.append(String(decoding: bytes[a..<b], as: UTF8.self)) }
      start = i + 1
    }
    return out
  }

  /// The phrases of a words line: `|`-separated, blanks around them dropped.
  static func phrases(_ line: String) -> [String] {
    line.split(separator: "|").map { $0.trimmingBlanks() }.filter {
      !$0.isEmpty
    }
  }

  /// The conditions a shape (句式) may state; docs/rubric.md and rhetorical_question.words
  /// explain each.
  public static let patternKeys = [
    "类型", "词", "后面接", "后面不接", "前面不是", "前面要有", "分句里没有", "后面要有", "结尾", "可跨分句",
    "买家刚抱怨", "整条回复没有", "句中要有", "句中前面没有", "后文要有",
  ]

  static func validName(_ name: String) -> Bool {
    !name.isEmpty
      && name.unicodeScalars.allSatisfy {
        ($0 >= "a" && $0 <= "z") || ($0 >= "0" && $0 <= "9") || $0 == "-"
      }
  }

  /// The words as shipped: the embedded words files. They are checked by the tests, so a
  /// mistake in them is a programming error.
  public static let standard: WordBook = {
    do {
      return try WordBook(files: EmbeddedWords.files)
    } catch let error as WordBookError {
      preconditionFailure("\(error.file):\(error.line): \(error.message)")
    } catch {
      preconditionFailure("\(error)")
    }
  }()

  // MARK: Edits

  /// Words added to (`+`) or removed from (`-`) a family, as a rubric file writes them.
  public struct Edit: Equatable {
    public var family: String
    public var add: Bool
    public var words: [String]
    public init(family: String, add: Bool, words: [String]) {
      self.family = family
      self.add = add
      self.words = words
    }
  }

  /// The book with edits applied: added phrases go to the end of their family (in the order
  /// written, once each); removed ones are dropped wherever they stand (compared normalised).
  public func applying(_ edits: [Edit]) -> WordBook {
    var book = self
    for edit in edits {
      guard let k = book.slots[edit.family] else { continue }
      if edit.add {
        for word in edit.words where !book.families[k].words.contains(word) {
          book.families[k].words.append(word)
        }
      } else {
        let gone = Set(edit.words.map { TextNormalizer.normalize($0) })
        book.families[k].words.removeAll { gone.contains(TextNormalizer.normalize($0)) }
      }
    }
    return book
  }
}

/// A phrase family of the rubric, named in code. Where its phrases occur in a reply is found by
/// the rubric's matcher (`RubricWords`); the phrases themselves live in the words files.
public struct Lexicon: Equatable, Sendable {
  /// The family's place among the phrase families (the same in every rubric: edits change
  /// words, not families). The only stored field: a lexicon is a plain number, so the rules'
  /// tables of lexicons are copied and dropped without touching a reference count.
  public let slot: Int
  public init(_ name: String) {
    guard let slot = WordBook.standard.phraseSlot(of: name) else {
      preconditionFailure("no phrase family \(name) in the words files")
    }
    self.slot = slot
  }

  /// The family's name in the words files.
  public var name: String { Self.names[slot] }

  private static let names: [String] = WordBook.standard.phraseFamilies.map {
    WordBook.standard.families[$0].name
  }
}

/// A word list (词表) of the standard words that code compares a found phrase with (is this
/// objection cue one of the after-sales words?). Which phrases of a rubric each list holds is
/// worked out once, when the rubric's words are built (`RubricWords.list(_:holds:)`): asking per
/// reply is a bit, not a hash of the phrase.
struct WordList: Sendable {
  /// The list's place among the standard lists (`families`).
  let number: Int

  init(_ name: String) {
    guard let slot = WordBook.standard.slot(of: name),
      let number = Self.families.firstIndex(of: slot)
    else { preconditionFailure("no word list \(name) in the words files") }
    self.number = number
  }

  /// The standard book's word lists, by their place among its families.
  static let families = WordBook.standard.families.indices.filter {
    WordBook.standard.families[$0].kind == .list
  }
  /// Words of bits per phrase, a bit per list.
  static let words = families.count / 64 + 1
}

/// A small set of characters (a 字类 of the words files), tested by a linear scan: for a few
/// dozen scalars that is cheaper than hashing, and it is on the hot path of every reply.
struct ScalarSet: Sendable {
  let values: [UInt32]
  /// A bit for each member's value modulo 64: a scalar whose bit is clear is no member (most
  /// scalars tested are not), without the scan.
  let mask: UInt64
  init(_ scalars: String) {
    values = scalars.unicodeScalars.map(\.value)
    mask = values.reduce(0) { $0 | 1 << UInt64($1 & 63) }
  }

  /// The character class of that name in the words files.
  init(named name: String) {
    guard let family = WordBook.standard.family(name), family.kind == .characters else {
      preconditionFailure("no character class \(name) in the words files")
    }
    self.init(family.words.joined())
  }

  @inline(__always)
  func contains(_ x: Unicode.Scalar) -> Bool {
    let v = x.value
    if mask & 1 << UInt64(v & 63) == 0 { return false }
    for a in values where a == v { return true }
    return false
  }

  /// Each member as a one-character word, for the word searches of `ScalarSearch`.
  var asWords: [[Unicode.Scalar]] { values.compactMap { Unicode.Scalar($0).map { [$0] } } }
}

/// The words of one rubric (the standard ones with the rubric file's edits) and the matcher
/// built from them. Built once per rubric; every reply judged by it is scanned with it.
public final class RubricWords {
  public let book: WordBook
  let index: PhraseIndex
  /// The phrases of each phrase family, by slot.
  let phrases: [[String]]

  /// Where each family's phrases start in one numbering of all the rubric's phrases.
  private let phraseStart: [Int]
  /// For each phrase in that numbering, the word lists that hold it: `listWords` words of a bit
  /// per list (`WordList.number`).
  private let listBits: [UInt64]
  private let listWords: Int
  /// The step reading's word lists and character classes, and the reception steps' phrase
  /// families: one instance per rubric, so that a rubric built for another thread shares no
  /// object with this one (both are read from the standard words, as the steps' code expects).
  let stepCues = StepCues()
  let flowCues = ReceptionFlowCues()
  /// The rhetorical-question detector (its patterns, anchor index, word lists and prefilter),
  /// likewise one per rubric and built anew for another thread.
  let rhetoric: RhetoricalQuestionDetector

  public init(edits: [WordBook.Edit] = []) {
    let book = edits.isEmpty ? WordBook.standard : WordBook.standard.applying(edits)
    self.book = book
    let phrases = book.phraseFamilies.map { book.families[$0].words }
    precondition(phrases.count <= 256, "a reply keeps a bit per phrase family, 256 at most")
    self.phrases = phrases
    index = PhraseIndex(families: phrases)
    rhetoric = RhetoricalQuestionDetector()
    // Compared as strings, as a `Set<String>` of the list would compare them.
    var lists: [String: [Int]] = [:]
    for (number, family) in WordList.families.enumerated() {
      for word in WordBook.standard.families[family].words {
        lists[word, default: []].append(number)
      }
    }
    let stride = WordList.words
    var start: [Int] = []
    var count = 0
    for family in phrases {
      start.append(count)
      count += family.count
    }
    var bits = [UInt64](repeating: 0, count: count * stride)
    for (slot, family) in phrases.enumerated() {
      for (i, phrase) in family.enumerated() {
        guard let numbers = lists[phrase] else { continue }
        for number in numbers {
          bits[(start[slot] + i) * stride + (number >> 6)] |= 1 << UInt64(number & 63)
        }
      }
    }
    self.phraseStart = start
    self.listBits = bits
    self.listWords = stride
  }

  /// The same words as `other`, for another thread to read replies with. The objects a reply
  /// holds on to (these words, their matcher, the step cues, the rhetorical detector) are new, so
  /// that their reference counts are written by that thread alone: a count two cores write moves
  /// its cache line between them at every reply. The matcher's tables are shared (nothing writes
  /// them); the cues and the detector, whose lists a reply's scan copies, are built again.
  init(copying other: RubricWords) {
    book = other.book
    index = PhraseIndex(copying: other.index)
    rhetoric = RhetoricalQuestionDetector()
    phrases = other.phrases
    phraseStart = other.phraseStart
    listBits = other.listBits
    listWords = other.listWords
  }

  /// Whether the phrase of `hit` is one of `list`'s words.
  @inline(__always)
  func list(_ list: WordList, holds hit: PhraseHit) -> Bool {
    let phrase = phraseStart[hit.lexicon] + hit.phrase
    let word = listBits[phrase * listWords + (list.number >> 6)]
    return word & (1 << UInt64(list.number & 63)) != 0
  }

  /// The phrases of a family in this rubric.
  public func phrases(_ lexicon: Lexicon) -> [String] { phrases[lexicon.slot] }
}

extension Reply {
  /// Whether the phrase of `hit` is one of `list`'s words (what `word(hit)` compared with the
  /// list's words would say).
  @inline(__always)
  func word(_ hit: PhraseHit, isIn list: WordList) -> Bool { words.list(list, holds: hit) }
}

extension Substring {
  /// The text without the blanks around it: what Foundation's
  /// `trimmingCharacters(in: .whitespaces)` gives (tab, the space separators and U+200B), found
  /// scalar by scalar instead of through `NSString`, which took about half of the words files'
  /// reading time at start-up.
  func trimmingBlanks() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !Self.isBlank($0) }) else { return "" }
    let last = scalars.lastIndex(where: { !Self.isBlank($0) })!
    return String(self[first..<scalars.index(after: last)])
  }

  private static func isBlank(_ s: Unicode.Scalar) -> Bool {
    switch s.value {
    case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
    default: return false
    }
  }
}
