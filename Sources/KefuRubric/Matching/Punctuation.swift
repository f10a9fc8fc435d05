/// The rubric's one punctuation table: for each mark, which of the rubric's cuts it makes.
///
/// Every cut reads the normalised reply, and normalisation (NFKC) has already turned the
/// full-width marks ？！，：；～ into ASCII and … ‼ ⁉ into ... !! ?!, so only the marks that
/// survive it are listed. The cuts differ on purpose, each named and tested:
///
/// - `clause`: the reception steps' clauses (`Clauses`): a question is judged within its clause,
///   so brackets, quotes and spaces cut too; a decimal point between digits (9.9元) does not.
/// - `sentence` and `phrase`: the rhetorical detector's sentences and the phrases inside them
///   (a rhetorical question needs its whole sentence; 、 / - — only separate phrases).
/// - `near`: the stretch around a word for `asked_again` and `account_safety` (is the question
///   mark in the same breath as 地址?), cut only at the marks that end a clause.
/// - `trailing`: the marks at the end of a buyer's message that leave its last word readable
///   (「有货吗。」 still ends in 吗); a question mark is not one, it asks by itself.
/// - `chunk`: what separates the chunks of a buyer's message that `crossed_chats` reads as
///   addresses (with spaces); a hyphen or slash inside 3-501室 does not.
struct Punctuation: OptionSet {
  let rawValue: UInt8

  static let clause = Punctuation(rawValue: 1)
  static let sentence = Punctuation(rawValue: 2)
  static let phrase = Punctuation(rawValue: 4)
  static let near = Punctuation(rawValue: 8)
  static let trailing = Punctuation(rawValue: 16)
  static let chunk = Punctuation(rawValue: 32)

  /// The table, one row per mark.
  static let marks: [(Unicode.Scalar, Punctuation)] = [
    (",", [.clause, .phrase, .near, .trailing, .chunk]),
    ("。", [.clause, .sentence, .near, .trailing, .chunk]),
    ("?", [.clause, .sentence, .near]),
    ("!", [.clause, .sentence, .near, .trailing]),
    ("~", [.clause, .sentence, .near, .trailing]),
    (";", [.clause, .sentence, .near, .chunk]),
    (":", [.clause, .phrase]),
    ("\n", [.clause, .sentence, .near]),
    ("\r", [.clause, .sentence]),
    ("\t", [.clause, .phrase]),
    (" ", [.clause, .phrase]),
    (".", [.clause, .sentence, .near, .trailing]),
    ("(", [.clause, .phrase]),
    (")", [.clause, .phrase]),
    ("【", [.clause]),
    ("】", [.clause]),
    ("「", [.clause]),
    ("」", [.clause]),
    ("\"", [.clause]),
    ("、", [.phrase, .trailing, .chunk]),
    ("/", [.phrase]),
    ("-", [.phrase]),
    ("—", [.phrase]),
  ]

  /// The table's rows by code, for every scalar below U+3100 (past the last mark, 】 U+3011),
  /// and one more (0) that every scalar beyond reads: a scalar's cuts are one load, with no branch on
  /// whether it is ASCII, which a reply of Han characters and ASCII marks mispredicted.
  private static let byCode: [UInt8] = {
    var table = [UInt8](repeating: 0, count: Int(lastCode) + 1)
    for (mark, cuts) in marks {
      precondition(mark.value < lastCode, "a punctuation mark past the table")
      table[Int(mark.value)] = cuts.rawValue
    }
    return table
  }()
  @inline(__always) private static var lastCode: UInt32 { 0x3100 }

  /// The cuts a scalar makes.
  @inline(__always)
  static func of(_ c: Unicode.Scalar) -> Punctuation {
    // Han characters, the bulk of a reply, are past every mark: they read the last row.
    Punctuation(rawValue: byCode[Int(min(c.value, lastCode))])
  }

  /// The rows in hand: a loop over a reply takes them once, rather than reading the lazily
  /// built static (a `swift_once` call) for every scalar. `of` as above.
  struct Table {
    private let byCode = Punctuation.byCode

    @inline(__always)
    func of(_ c: Unicode.Scalar) -> Punctuation {
      Punctuation(rawValue: byCode[Int(min(c.value, Punctuation.lastCode))])
    }
  }
}
