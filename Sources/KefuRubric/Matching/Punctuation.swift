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

  /// The table's ASCII rows by code, and the few others (— 、。「」【】) in a short list.
  private static let ascii: [UInt8] = {
    var table = [UInt8](repeating: 0, count: 128)
    for (mark, cuts) in marks where mark.value < 128 { table[Int(mark.value)] = cuts.rawValue }
    return table
  }()
  private static let others: [(UInt32, Punctuation)] = marks.filter { $0.0.value >= 128 }.map {
    ($0.0.value, $0.1)
  }

  /// The cuts a scalar makes.
  @inline(__always)
  static func of(_ c: Unicode.Scalar) -> Punctuation {
    let v = c.value
    if v < 128 { return Punctuation(rawValue: ascii[Int(v)]) }
    // Han characters, the bulk of a reply, are past every mark.
    guard v < 0x3100 else { return [] }
    return other(v)
  }

  /// The cuts of a mark past ASCII.
  private static func other(_ v: UInt32) -> Punctuation {
    for (mark, cuts) in others where mark == v { return cuts }
    return []
  }

  /// The ASCII rows in hand: a loop over a reply takes them once, rather than reading the
  /// lazily built static (a `swift_once` call) for every scalar. `of` as above.
  struct Table {
    private let ascii = Punctuation.ascii

    @inline(__always)
    func of(_ c: Unicode.Scalar) -> Punctuation {
      let v = c.value
      if v < 128 { return Punctuation(rawValue: ascii[Int(v)]) }
      guard v < 0x3100 else { return [] }
      return Punctuation.other(v)
    }
  }
}
