import Foundation

/// A JSON value with object keys in a fixed, caller-given order. kefu writes JSON by hand
/// (JSONEncoder is slow and orders keys at random unless sorted); this is the one writer.
public enum JSONValue: Equatable {
  case null
  case bool(Bool)
  case int(Int)
  /// A number written with at most three decimals, as the contract asks for seconds.
  case seconds(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (a: JSONValue, b: JSONValue) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.seconds(let x), .seconds(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.array(let x), .array(let y)): return x == y
    case (.object(let x), .object(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// Compact JSON text on one line.
  public var text: String {
    var out = ""
    write(to: &out)
    return out
  }

  public func write(to out: inout String) {
    switch self {
    case .null: out += "null"
    case .bool(let b): out += b ? "true" : "false"
    case .int(let i): out += String(i)
    case .seconds(let d): out += JSONValue.formatSeconds(d)
    case .string(let s): JSONValue.writeString(s, to: &out)
    case .array(let items):
      out += "["
      for (i, item) in items.enumerated() {
        if i > 0 { out += "," }
        item.write(to: &out)
      }
      out += "]"
    case .object(let pairs):
      out += "{"
      for (i, (key, value)) in pairs.enumerated() {
        if i > 0 { out += "," }
        JSONValue.writeString(key, to: &out)
        out += ":"
        value.write(to: &out)
      }
      out += "}"
    }
  }

  /// Seconds rounded to 0.001, always with a decimal point: `2.0`, `2.75`, `6.001`.
  public static func formatSeconds(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    let millis = (d * 1000).rounded()
    let whole = Int(millis / 1000)
    var frac = Int(abs(millis).truncatingRemainder(dividingBy: 1000))
    let sign = millis < 0 && whole == 0 ? "-" : ""
    if frac == 0 { return "\(sign)\(whole).0" }
    var digits = String(frac)
    while digits.count < 3 { digits = "0" + digits }
    while digits.hasSuffix("0") {
      digits.removeLast()
      frac /= 10
    }
    return "\(sign)\(whole).\(digits)"
  }

  /// The bytes that send a string off the plain path, a flag per byte value (one load per
  /// byte instead of seven comparisons): below 0x20, `"`, `\\`, and the lead bytes of the
  /// characters `VisibleText` replaces (DEL, 0xC2, 0xD8, 0xE2).
  private static let plainStoppers: [Bool] = (0..<256).map { b in
    b < 0x20 || b == 0x22 || b == 0x5C || b == 0x7F || b == 0xC2 || b == 0xD8 || b == 0xE2
  }

  /// Whether `writeString` copies these bytes (valid UTF-8) as they are between its quotes:
  /// nothing below 0x20, no quote or backslash, and none of the characters `VisibleText`
  /// replaces (DEL, C1 controls, the direction marks and isolates) — exactly, so that `…` or
  /// `“”` (lead byte 0xE2, like U+202E) still count as plain.
  @inline(__always)
  public static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    plainStoppers.withUnsafeBufferPointer { stops in
      var i = 0
      let n = bytes.count
      while i < n {
        let b = bytes[i]
        i += 1
        guard stops[Int(b)] else { continue }
        let next: UInt8 = i < n ? bytes[i] : 0
        let third: UInt8 = i + 1 < n ? bytes[i + 1] : 0
        switch b {
        case 0xC2: if next >= 0x80 && next <= 0x9F { return false }  // U+0080–U+009F
        case 0xD8: if next == 0x9C { return false }  // U+061C
        case 0xE2:
          // U+200E, U+200F, U+202A–U+202E; U+2066–U+2069
          if next == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE)) {
            return false
          }
          if next == 0x81 && third >= 0xA6 && third <= 0xA9 { return false }
        default: return false  // a control, a quote, a backslash, DEL
        }
      }
      return true
    }
  }

  /// Appends `s` as a JSON string literal; non-ASCII text is written as UTF-8, not escaped,
  /// except the characters a terminal would act on (C0, DEL, C1, direction controls: see
  /// `VisibleText`), which are written `\u009b` so JSON shown on a terminal is safe too.
  /// `writeString` into UTF-8 bytes: a string with nothing to escape is copied as it is.
  public static func writeString(_ s: String, to out: inout [UInt8]) {
    // One pass over the bytes: nothing below 0x20, no quote or backslash, and none of the lead
    // bytes of a character `VisibleText` replaces (DEL, 0xC2, 0xD8, 0xE2) is the usual case, and
    // is copied as it is.
    let plain = s.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
      if !isPlain(bytes) { return false }
      out.append(0x22)
      out.append(contentsOf: bytes)
      out.append(0x22)
      return true
    }
    if plain == true { return }
    var needsEscape = false
    for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C {
      needsEscape = true
      break
    }
    if needsEscape || VisibleText.needsWork(s.utf8) {
      // What `writeString(_:to: inout String)` writes, as bytes (no String built scalar by
      // scalar).
      out.append(0x22)
      for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out.append(contentsOf: [0x5C, 0x22])
        case "\\": out.append(contentsOf: [0x5C, 0x5C])
        case "\n": out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case "\r": out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case "\t": out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        default:
          if scalar.value < 0x20 || VisibleText.isHidden(scalar) {
            out.append(contentsOf: [0x5C, UInt8(ascii: "u")])
            let hex = String(scalar.value, radix: 16).utf8
            for _ in hex.count..<4 { out.append(UInt8(ascii: "0")) }
            out.append(contentsOf: hex)
          } else {
            UTF8.encode(scalar) { out.append($0) }
          }
        }
      }
      out.append(0x22)
    } else {
      out.append(0x22)
      out.append(contentsOf: s.utf8)
      out.append(0x22)
    }
  }

  public static func writeString(_ s: String, to out: inout String) {
    out += "\""
    var needsEscape = false
    for u in s.utf8 where u < 0x20 || u == 0x22 || u == 0x5C {
      needsEscape = true
      break
    }
    if !needsEscape && VisibleText.needsWork(s.utf8) { needsEscape = true }
    if !needsEscape {
      out += s
    } else {
      for scalar in s.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
          if scalar.value < 0x20 || VisibleText.isHidden(scalar) {
            let hex = String(scalar.value, radix: 16)
            out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
          } else {
            out.unicodeScalars.append(scalar)
          }
        }
      }
    }
    out += "\""
  }
}
