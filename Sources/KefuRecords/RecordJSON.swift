import Foundation
import KefuText

/// A JSON value as a record file holds it, for `RecordDecoder`. Object members keep the file's
/// order; when a key occurs twice the last one counts (as JSONSerialization reads it).
///
/// Records are read by `RecordJSON.parse`, a small strict parser that takes only plain JSON as
/// kefu writes it; anything it does not take — a syntax error, but also JSON it leaves to
/// JSONSerialization on purpose (trailing commas, exponents, numbers past 15 digits, very deep
/// nesting) — is read again by JSONSerialization, whose objects `init(foundation:)` turns into
/// this type, and whose errors say where a file is broken. So the parser cannot make a record
/// mean something else: it reads a number only where both give the same value.
enum RecordJSON {
  case null
  case bool(Bool)
  /// An integer written without fraction or exponent, at most 18 digits.
  case int(Int)
  /// A number with a fraction and no exponent, at most 15 digits.
  case double(Double)
  /// A number as JSONSerialization gave it (read by the fallback): its type code decides.
  case number(NSNumber)
  case string(String)
  case array([RecordJSON])
  case object([(key: String, value: RecordJSON)])

  /// The value of `key` in an object (the last one when it occurs twice); nil when absent or
  /// when this is not an object.
  subscript(key: String) -> RecordJSON? {
    guard case .object(let members) = self else { return nil }
    var i = members.count
    while i > 0 {
      i -= 1
      if members[i].key == key { return members[i].value }
    }
    return nil
  }

  var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  // MARK: Fallback: JSONSerialization's objects

  /// JSONSerialization's objects as a `RecordJSON` (object members in key order: a Foundation
  /// dictionary has none of its own). Nil for an object of a kind JSON has not.
  init?(foundation value: Any) {
    switch value {
    case is NSNull: self = .null
    case let s as String: self = .string(s)
    case let n as NSNumber:
      self = String(cString: n.objCType) == "c" ? .bool(n.boolValue) : .number(n)
    case let items as [Any]:
      var out: [RecordJSON] = []
      out.reserveCapacity(items.count)
      for item in items {
        guard let v = RecordJSON(foundation: item) else { return nil }
        out.append(v)
      }
      self = .array(out)
    case let dict as [String: Any]:
      var out: [(key: String, value: RecordJSON)] = []
      out.reserveCapacity(dict.count)
      for key in dict.keys.sorted() {
        guard let v = RecordJSON(foundation: dict[key]!) else { return nil }
        out.append((key, v))
      }
      self = .object(out)
    default: return nil
    }
  }

  // MARK: The strict parser

  /// Parses a record's JSON text (UTF-8, already checked; no BOM): one object, then only
  /// whitespace. Nil for anything it does not take (see the type's comment).
  static func parse(_ bytes: ArraySlice<UInt8>) -> RecordJSON? {
    bytes.withUnsafeBufferPointer { buffer -> RecordJSON? in
      var parser = Parser(bytes: buffer)
      parser.skipSpace()
      guard parser.peek == UInt8(ascii: "{"), let value = parser.value(depth: 0) else {
        return nil
      }
      parser.skipSpace()
      return parser.at == buffer.count ? value : nil
    }
  }

  /// The length of the valid UTF-8 sequence that starts at `i` with a byte of 0x80 or more,
  /// or nil (`TextFile.utf8SequenceLength`, the file check's own test).
  @inline(__always)
  static func utf8Length(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
    TextFile.utf8SequenceLength(bytes, at: i, end: bytes.count)
  }

  /// Nested arrays and objects past this depth are left to JSONSerialization (a record has 4).
  static let maxDepth = 64

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var at = 0
    /// Reused for strings with escapes.
    var scratch: [UInt8] = []

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    var peek: UInt8? { at < bytes.count ? bytes[at] : nil }

    mutating func skipSpace() {
      while at < bytes.count {
        switch bytes[at] {
        case 0x20, 0x0A, 0x0D, 0x09: at += 1
        default: return
        }
      }
    }

    mutating func value(depth: Int) -> RecordJSON? {
      guard let b = peek else { return nil }
      switch b {
      case UInt8(ascii: "{"): return object(depth: depth + 1)
      case UInt8(ascii: "["): return array(depth: depth + 1)
      case UInt8(ascii: "\""): return string().map { .string($0) }
      case UInt8(ascii: "t"): return literal("true", .bool(true))
      case UInt8(ascii: "f"): return literal("false", .bool(false))
      case UInt8(ascii: "n"): return literal("null", .null)
      default: return number()
      }
    }

    mutating func literal(_ word: StaticString, _ value: RecordJSON) -> RecordJSON? {
      let n = word.utf8CodeUnitCount
      guard at + n <= bytes.count else { return nil }
      for k in 0..<n where bytes[at + k] != word.utf8Start[k] { return nil }
      at += n
      return value
    }

    /// The object at `at`. With `only`, the members of other keys are passed over (`skip`), the
    /// object taken or refused exactly as when they are made: a record's `grade` (a third of its
    /// bytes, written for people and never read back but for its score) keeps its `score` alone.
    mutating func object(depth: Int, only: String? = nil) -> RecordJSON? {
      guard depth <= RecordJSON.maxDepth else { return nil }
      at += 1  // {
      var members: [(key: String, value: RecordJSON)] = []
      skipSpace()
      if peek == UInt8(ascii: "}") {
        at += 1
        return .object(members)
      }
      while true {
        skipSpace()
        guard peek == UInt8(ascii: "\""), let key = string() else { return nil }
        skipSpace()
        guard peek == UInt8(ascii: ":") else { return nil }
        at += 1
        skipSpace()
        if let only, key != only {
          guard skip(depth: depth) else { return nil }
        } else if only == nil && depth == 1 && key == "grade" && peek == UInt8(ascii: "{") {
          guard let v = object(depth: depth + 1, only: "score") else { return nil }
          members.append((key, v))
        } else {
          guard let v = value(depth: depth) else { return nil }
          members.append((key, v))
        }
        skipSpace()
        guard let b = peek else { return nil }
        at += 1
        if b == UInt8(ascii: "}") { return .object(members) }
        guard b == UInt8(ascii: ",") else { return nil }
      }
    }

    /// Passes over the value at `at` without making it: true exactly where `value(depth:)`
    /// gives a value (the same grammar, the same limits), false where it gives nil.
    mutating func skip(depth: Int) -> Bool {
      guard let b = peek else { return false }
      switch b {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        let close = b == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let depth = depth + 1
        guard depth <= RecordJSON.maxDepth else { return false }
        at += 1
        skipSpace()
        if peek == close {
          at += 1
          return true
        }
        while true {
          skipSpace()
          if close == UInt8(ascii: "}") {
            guard peek == UInt8(ascii: "\""), skipString() else { return false }
            skipSpace()
            guard peek == UInt8(ascii: ":") else { return false }
            at += 1
            skipSpace()
          }
          guard skip(depth: depth) else { return false }
          skipSpace()
          guard let b = peek else { return false }
          at += 1
          if b == close { return true }
          guard b == UInt8(ascii: ",") else { return false }
        }
      case UInt8(ascii: "\""): return skipString()
      case UInt8(ascii: "t"): return literal("true", .null) != nil
      case UInt8(ascii: "f"): return literal("false", .null) != nil
      case UInt8(ascii: "n"): return literal("null", .null) != nil
      default: return number() != nil
      }
    }

    /// Passes over the string at `at` (its opening quote): true exactly where `string()` gives
    /// a string.
    mutating func skipString() -> Bool {
      at += 1  // "
      while at < bytes.count {
        let b = bytes[at]
        if b == UInt8(ascii: "\"") {
          at += 1
          return true
        }
        if b < 0x20 { return false }
        if b >= 0x80 {
          guard let n = RecordJSON.utf8Length(bytes, at) else { return false }
          at += n
          continue
        }
        guard b == UInt8(ascii: "\\") else {
          at += 1
          continue
        }
        guard escape() != nil else { return false }
      }
      return false
    }

    mutating func array(depth: Int) -> RecordJSON? {
      guard depth <= RecordJSON.maxDepth else { return nil }
      at += 1  // [
      var items: [RecordJSON] = []
      skipSpace()
      if peek == UInt8(ascii: "]") {
        at += 1
        return .array(items)
      }
      while true {
        skipSpace()
        guard let v = value(depth: depth) else { return nil }
        items.append(v)
        skipSpace()
        guard let b = peek else { return nil }
        at += 1
        if b == UInt8(ascii: "]") { return .array(items) }
        guard b == UInt8(ascii: ",") else { return nil }
      }
    }

    /// A string at `at` (its opening quote). Control characters must be escaped; a `\u`
    /// surrogate must be half of a pair; the bytes must be valid UTF-8 (the record's bytes are
    /// not checked before: a string that is not is refused, and the file is checked then).
    mutating func string() -> String? {
      at += 1  // "
      let start = at
      while at < bytes.count {
        let b = bytes[at]
        if b == UInt8(ascii: "\"") {
          // Checked as it was passed over: the decoding below repairs nothing.
          let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
          at += 1
          return s
        }
        if b == UInt8(ascii: "\\") { return escapedString(from: start) }
        if b < 0x20 { return nil }
        if b >= 0x80 {
          // (Checked here, sequence by sequence: `String(validating:)` cost ten times more.)
          guard let n = RecordJSON.utf8Length(bytes, at) else { return nil }
          at += n
          continue
        }
        at += 1
      }
      return nil
    }

    /// The rest of a string that has an escape: decoded into `scratch`.
    mutating func escapedString(from start: Int) -> String? {
      scratch.removeAll(keepingCapacity: true)
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<at]))
      while at < bytes.count {
        let b = bytes[at]
        if b == UInt8(ascii: "\"") {
          at += 1
          return String(decoding: scratch, as: UTF8.self)
        }
        if b < 0x20 { return nil }
        if b >= 0x80 {
          guard let n = RecordJSON.utf8Length(bytes, at) else { return nil }
          scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[at..<(at + n)]))
          at += n
          continue
        }
        guard b == UInt8(ascii: "\\") else {
          scratch.append(b)
          at += 1
          continue
        }
        guard let scalar = escape() else { return nil }
        scratch.append(contentsOf: UTF8.encode(scalar)!)
      }
      return nil
    }

    /// One escape at `at` (its backslash): the character it stands for, `at` moved past it; nil
    /// when JSON does not allow it (an unknown letter, a `\u` surrogate that is not half of a
    /// lead-trail pair).
    mutating func escape() -> Unicode.Scalar? {
      guard at + 1 < bytes.count else { return nil }
      let e = bytes[at + 1]
      at += 2
      switch e {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(e)
      case UInt8(ascii: "b"): return "\u{08}"
      case UInt8(ascii: "f"): return "\u{0C}"
      case UInt8(ascii: "n"): return "\n"
      case UInt8(ascii: "r"): return "\r"
      case UInt8(ascii: "t"): return "\t"
      case UInt8(ascii: "u"):
        guard let unit = hex4(), !UTF16.isTrailSurrogate(unit) else { return nil }
        guard UTF16.isLeadSurrogate(unit) else { return Unicode.Scalar(unit) }
        guard at + 1 < bytes.count, bytes[at] == UInt8(ascii: "\\"),
          bytes[at + 1] == UInt8(ascii: "u")
        else { return nil }
        at += 2
        guard let trail = hex4(), UTF16.isTrailSurrogate(trail) else { return nil }
        return Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(trail) - 0xDC00))
      default: return nil
      }
    }

    mutating func hex4() -> UInt16? {
      guard at + 4 <= bytes.count else { return nil }
      var v: UInt16 = 0
      for _ in 0..<4 {
        let b = bytes[at]
        let d: UInt8
        switch b {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): d = b - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): d = b - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): d = b - UInt8(ascii: "A") + 10
        default: return nil
        }
        v = v << 4 | UInt16(d)
        at += 1
      }
      return v
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?`: an integer of up to 18 digits, or a fraction of up to 15
    /// digits in all. Exponents and longer numbers are left to JSONSerialization.
    mutating func number() -> RecordJSON? {
      let start = at
      var negative = false
      if peek == UInt8(ascii: "-") {
        negative = true
        at += 1
      }
      let intStart = at
      while at < bytes.count, bytes[at] &- UInt8(ascii: "0") < 10 { at += 1 }
      let intDigits = at - intStart
      guard intDigits > 0, intDigits == 1 || bytes[intStart] != UInt8(ascii: "0") else {
        return nil
      }
      var fracDigits = 0
      if peek == UInt8(ascii: ".") {
        at += 1
        let fracStart = at
        while at < bytes.count, bytes[at] &- UInt8(ascii: "0") < 10 { at += 1 }
        fracDigits = at - fracStart
        guard fracDigits > 0 else { return nil }
      }
      if let b = peek, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") { return nil }
      if fracDigits == 0 {
        guard intDigits <= 18 else { return nil }
        var v = 0
        for k in intStart..<at { v = v * 10 + Int(bytes[k] &- UInt8(ascii: "0")) }
        return .int(negative ? -v : v)
      }
      guard intDigits + fracDigits <= 15 else { return nil }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<at]), as: UTF8.self)
      guard let d = Double(text), d.isFinite else { return nil }
      return .double(d)
    }
  }
}
