import Foundation
import KefuText
import XCTest

@testable import KefuRecords

/// The strict record parser: what it takes it reads exactly as JSONSerialization does; what it
/// does not take goes to JSONSerialization, so every file reads, or is refused with the same
/// message, as before it existed.
final class RecordJSONTests: XCTestCase {
  /// A record with every field kefu writes, one per line as kefu writes them.
  static let record = """
    {
      "schema": 1,
      "session_id": "20261123T060509Z-9f3a6c1e2b7d",
      "scenario": {"path":"scenarios/01-starter-greeting.kefu","hash":"ab12","title":"进店问好"},
      "rubric_version": "3",
      "seed": 4503599627370495,
      "mode": "shift",
      "players": [
        {"name":"张三","id":"2026001","class":"电商1班","role":"seller"}
      ],
      "started_at": "2026-11-23T14:05:09+08:00",
      "finished": true,
      "buyer_end": null,
      "limit_s": 6.5,
      "messages": [
        {"role":"buyer","text":"在吗？\\n有货吗","ms":0},
        {"role":"seller","text":"亲，您好\\u0021 \\"现货\\" \\ud83d\\ude00 \\\\ \\/ \\t","ms":3800,"first_key_ms":1500},
        {"role":"seller","text":"好的","ms":5200,"first_key_ms":null}
      ],
      "stopped_ms": 9000,
      "shift": {"id":"s-1","buyer":2,"arrival_ms":10000,"others":[{"buyer":1,"product":"白色连衣裙 199元","addons":[["腰带","皮带"]],"said":[{"ms":0,"text":"在吗"}]}]},
      "grade": {"score":82,"tier":2,"outcome":"deal","steps":{"greet":1},"ratio":0.25,"list":[1,2.5,-3]}
    }

    """

  func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

  /// The record (or the refusal) each way: the strict parser first, and JSONSerialization alone.
  func bothWays(_ text: String) -> (String, String) {
    func outcome(_ read: () throws -> SessionRecord) -> String {
      do {
        return "\(try read())"
      } catch {
        return "\(error)"
      }
    }
    return (
      outcome { try SessionRecord.parse(Array(text.utf8), path: "a.json") },
      outcome { try SessionRecord.parseThroughFoundation(bytes(text), path: "a.json") }
    )
  }

  func testKefusOwnRecordReadsTheSameAsThroughJSONSerialization() throws {
    XCTAssertNotNil(RecordJSON.parse(bytes(Self.record)), "the strict parser takes it")
    let fast = try SessionRecord.parse(Array(Self.record.utf8), path: "a.json")
    let slow = try SessionRecord.parseThroughFoundation(bytes(Self.record), path: "a.json")
    XCTAssertEqual(fast, slow)
    XCTAssertEqual(fast.storedScore, slow.storedScore)
    XCTAssertEqual(fast.messages[1].text, "亲，您好! \"现货\" 😀 \\ / \t")
    XCTAssertEqual(fast.seed, 4_503_599_627_370_495)
    XCTAssertEqual(fast.limitSeconds, 6.5)
    XCTAssertEqual(fast.shift?.others.first?.addons, [["腰带", "皮带"]])
    XCTAssertEqual(fast.storedScore, 82)
    // And a record as kefu writes it, round trip.
    let written = Fixtures.record().fileText
    XCTAssertNotNil(RecordJSON.parse(bytes(written)))
    XCTAssertEqual(try SessionRecord.parse(Array(written.utf8), path: "w.json"), Fixtures.record())
  }

  func testNumbersAreReadOnlyWhereBothParsersAgree() {
    func number(_ literal: String) -> RecordJSON? {
      guard case .object(let members)? = RecordJSON.parse(bytes("{\"n\":\(literal)}")) else {
        return nil
      }
      return members.first?.value
    }
    guard case .int(0)? = number("-0"),
      case .int(123_456_789_012_345_678)? = number("123456789012345678"),
      case .int(-2)? = number("-2"), case .double(6.5)? = number("6.5"),
      case .double(0.001)? = number("0.001"), case .double(-0.0)? = number("-0.0"),
      case .double(12345.6789012345)? = number("12345.6789012345")
    else { return XCTFail("plain numbers are read") }
    // Left to JSONSerialization: exponents (it reads some of them as NSDecimalNumber, whose
    // double is not the nearest), integers past 18 digits, fractions past 15, and non-JSON.
    for literal in [
      "1e3", "1E3", "1.5e2", "1234567890123456789", "12345.67890123456", "01", "1.", ".5", "+1",
      "-", "--1", "0x10", "NaN", "Infinity", "1_000",
    ] {
      XCTAssertNil(number(literal), literal)
    }
  }

  func testStringsAreStrict() {
    func string(_ literal: String) -> String? {
      guard case .object(let members)? = RecordJSON.parse(bytes("{\"s\":\(literal)}")),
        case .string(let s) = members[0].value
      else { return nil }
      return s
    }
    XCTAssertEqual(string(#""\u4f60\u597D""#), "你好")
    XCTAssertEqual(string(#""\ud83d\ude00""#), "😀")
    XCTAssertEqual(string(#""\b\f\n\r\t""#), "\u{8}\u{C}\n\r\t")
    XCTAssertEqual(string(#""\u0000""#), "\u{0}")
    XCTAssertEqual(string("\"\u{7F}\u{85}\""), "\u{7F}\u{85}", "only C0 controls must be escaped")
    for bad in [
      #""\ud83d""#, #""\ude00x""#, #""\ud83d\u0041""#, #""\x""#, #""\u12""#, #""\u12G4""#,
      "\"a\tb\"", "\"a\nb\"", "\"open", #""\"#, #""\u"#, "'single'",
    ] {
      XCTAssertNil(string(bad), bad)
    }
  }

  func testAnythingButOnePlainObjectIsLeftToJSONSerialization() {
    for text in [
      "", "   ", "[{}]", "42", "\"x\"", "null", "{} x", "{}{}", "{\"a\":1,}", "{\"a\":[1,]}",
      "{,}", "{\"a\" 1}", "{\"a\":1 \"b\":2}", "{a:1}", "{\"a\":tru}", "{\"a\":nul}",
      "{\"a\":True}",
      "\u{C}{}", "{\"a\":\u{B}1}", "{\"a\":1", "{\"a\":[1,2}",
      "{\"a\":" + String(repeating: "[", count: 65) + String(repeating: "]", count: 65) + "}",
    ] {
      XCTAssertNil(RecordJSON.parse(bytes(text)), text.debugDescription)
    }
    XCTAssertNotNil(RecordJSON.parse(bytes(" \r\n\t{ \"a\" : [ ] , \"b\" : { } }\n ")))
    let deepButFine =
      "{\"a\":" + String(repeating: "[", count: 63) + String(repeating: "]", count: 63) + "}"
    XCTAssertNotNil(RecordJSON.parse(bytes(deepButFine)))
  }

  /// The record's `grade` is passed over but for its score: the parser takes exactly the
  /// grades it would take anywhere else, and refuses the same broken ones.
  func testTheGradeIsCheckedAsStrictlyAsAnyOtherValue() {
    func score(_ parsed: RecordJSON?) -> String {
      guard let parsed else { return "refused" }
      guard let grade = parsed["grade"] else { return "no grade" }
      guard case .object(let members) = grade else { return "not an object" }
      return members.filter { $0.key == "score" }.isEmpty
        ? "no score" : "\(grade["score"].map { "\($0)" } ?? "")"
    }
    let deep = String(repeating: "[", count: 62) + String(repeating: "]", count: 62)
    let tooDeep = String(repeating: "[", count: 63) + String(repeating: "]", count: 63)
    var refused = 0
    for value in [
      "{}", "{\"score\":82}", "{\"score\":82,\"score\":7}", "{\"tier\":2,\"score\":-3.5}",
      "{\"score\":\"82\"}", "{\"score\":{\"a\":[1,{}]}}", "{\"t\":\"\\u4f60\\ud83d\\ude00\\n\\/\"}",
      "{\"a\":[1,2.5,-3,true,false,null,\"x\",[],{}],\"score\":1}", "{\"a\":\(deep)}",
      "{\"a\":\(tooDeep)}", "{\"a\":\"\\ud83d\"}", "{\"a\":\"\\ude00\"}",
      "{\"a\":\"\\ud83d\\u0041\"}",
      "{\"a\":\"\\x\"}", "{\"a\":\"\\u12G4\"}", "{\"a\":\"a\tb\"}", "{\"a\":1e3}", "{\"a\":01}",
      "{\"a\":1234567890123456789}", "{\"a\":[1,]}", "{\"a\":1,}", "{\"a\" 1}", "{a:1}",
      "{\"a\":tru}", "{\"a\":{\"b\":1 \"c\":2}}", "{\"a\":[1 2]}", "{\"a\":\"open}", "{\"a\":",
      "{\"score\":1e3}", "{\"score\":[1,]}", "[1,2]", "\"x\"", "null",
    ] {
      // The same value under another key is read by the ordinary path.
      let asGrade = RecordJSON.parse(bytes("{\"n\":1,\"grade\":\(value),\"m\":2}"))
      let asOther = RecordJSON.parse(bytes("{\"n\":1,\"other\":\(value),\"m\":2}"))
      XCTAssertEqual(asGrade == nil, asOther == nil, value)
      if asOther == nil { refused += 1 }
      if let asOther, let asGrade {
        XCTAssertEqual(
          score(asGrade),
          score(.object([("grade", asOther["other"]!)])), value)
        XCTAssertEqual("\(asGrade["m"]!)", "int(2)", value)
      }
    }
    XCTAssertEqual(refused, 21)
    // A nested `grade` (not the record's own) is read whole.
    guard
      case .object(let inner)? = RecordJSON.parse(bytes("{\"a\":{\"grade\":{\"x\":1}}}"))?["a"]?[
        "grade"]
    else { return XCTFail("nested grade") }
    XCTAssertEqual(inner.map(\.key), ["x"])
  }

  /// The strict parser runs before the checks of the file's bytes: what it takes has passed
  /// them all, and a file that fails one (not UTF-8, a NUL, UTF-16, empty) is still refused
  /// with that check's message, wherever the bad bytes stand (a message, the grade, a key).
  func testBytesThatFailAFileCheckAreNamedAsBefore() {
    func reason(_ b: [UInt8]) -> String {
      do {
        _ = try SessionRecord.parse(b, path: "a.json")
        return "read"
      } catch {
        return (error as? RecordError)?.reason ?? "\(error)"
      }
    }
    /// What the checks say of `b`, in their order; nil when it passes them all.
    func checks(_ b: [UInt8]) -> String? {
      var body = b[...]
      if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
      if body.allSatisfy({ [0x20, 0x0A, 0x0D, 0x09].contains($0) }) { return "空的" }
      if TextFile.looksLikeUTF16(body) { return "UTF-16" }
      if body.contains(0) { return "二进制" }
      if let bad = TextFile.firstInvalidUTF8(body) {
        let (line, col) = SessionRecord.position(of: bad, in: body)
        return "第 \(line) 行第 \(col) 列不是 UTF-8"
      }
      return nil
    }
    let original = Array(Self.record.utf8)
    let spots = ["在吗", "张三", "\"score\"", "\"ratio\"", "\"text\"", "进店问好"].map { word in
      original.indices.first { original[$0...].starts(with: Array(word.utf8)) }!
    }
    var rng = SplitMix64(seed: 6_122_026)
    let inserts: [[UInt8]] = [
      [0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE4, 0xBD], [0x00],
      [0x80], [0xF0, 0x9F, 0x98], [0xE4, 0x00, 0xA0], [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80],
    ]
    var refused = 0
    for round in 0..<400 {
      var b = original
      let at = round < 66 ? spots[round % spots.count] + 1 : rng.below(b.count)
      b.insert(contentsOf: inserts[round % inserts.count], at: at)
      let said = reason(b)
      if let check = checks(b) {
        XCTAssertTrue(said.contains(check), "\(said) / \(check)")
        refused += 1
      }
    }
    XCTAssertGreaterThan(refused, 250)
    XCTAssertEqual(reason(Array("  \n".utf8)), "记录损坏：文件是空的")
    XCTAssertTrue(
      reason([0xFF, 0xFE] + Array("{}".utf16).flatMap { [UInt8($0), 0] }).contains("UTF-16"))
  }

  /// The parser's UTF-8 test of a string is the file check's, byte for byte.
  func testTheParsersUTF8CheckIsTheFileChecks() {
    var rng = SplitMix64(seed: 12)
    let pieces: [UInt8] = [
      0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xA0, 0xED, 0x9F, 0xEF,
      0xF0, 0x90, 0xF4, 0x8F, 0xF5, 0xFF, 0xE4, 0xBD,
    ]
    for _ in 0..<20_000 {
      let b = (0..<(1 + rng.below(6))).map { _ in pieces[rng.below(pieces.count)] }
      let fileCheck = TextFile.firstInvalidUTF8(b[...]) == nil
      XCTAssertEqual(
        b.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) } != nil, fileCheck,
        "\(b)")
      var i = 0
      var walk = true
      b.withUnsafeBufferPointer { p in
        while i < p.count {
          if p[i] < 0x80 { i += 1; continue }
          guard let n = RecordJSON.utf8Length(p, i) else { walk = false; return }
          i += n
        }
      }
      XCTAssertEqual(walk, fileCheck, "\(b)")
      let quoted =
        Array("{\"g\":\"".utf8) + b.map { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 ? 0x41 : $0 }
        + Array("\"}".utf8)
      let asKey =
        Array("{\"grade\":{\"".utf8) + b.map { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 ? 0x41 : $0 }
        + Array("\":1}}".utf8)
      let skipped =
        Array("{\"grade\":{\"x\":[\"".utf8)
        + b.map { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 ? 0x41 : $0 } + Array("\"]}}".utf8)
      let clean = TextFile.firstInvalidUTF8(quoted[...]) == nil
      XCTAssertEqual(RecordJSON.parse(skipped[...]) != nil, clean)
      XCTAssertEqual(RecordJSON.parse(quoted[...]) != nil, clean)
      XCTAssertEqual(RecordJSON.parse(asKey[...]) != nil, clean)
    }
  }

  func testTheLastOfTwoEqualKeysCountsBothWays() throws {
    let text = Self.record.replacingOccurrences(
      of: "\"mode\": \"shift\"", with: "\"mode\": \"solo\", \"mode\": \"pair\"")
    let (fast, slow) = bothWays(text)
    XCTAssertEqual(fast, slow)
    XCTAssertEqual(try SessionRecord.parse(Array(text.utf8), path: "a.json").mode, .pair)
  }

  func testWhatOnlyJSONSerializationTakesStillReads() throws {
    // Trailing commas and exponents: JSONSerialization takes them, and so does kefu.
    let text = Self.record
      .replacingOccurrences(of: "\"ms\":3800", with: "\"ms\":3.8e3")
      .replacingOccurrences(of: "\"role\":\"seller\"}\n  ]", with: "\"role\":\"seller\"},\n  ]")
    XCTAssertNil(RecordJSON.parse(bytes(text)))
    let r = try SessionRecord.parse(Array(text.utf8), path: "a.json")
    XCTAssertEqual(r.messages[1].ms, 3800)
  }

  /// Every mutation of a record reads to the same record, or is refused with the same message,
  /// as through JSONSerialization alone.
  func testMutatedRecordsReadTheSameEitherWay() {
    var rng = SplitMix64(seed: 20_261_206)
    let values = [
      "1e3", "1.0", "-0", "-0.0", "99999999999999999999", "18446744073709551615", "1.5", "\"6\"",
      "true", "false", "null", "[]", "{}", "0.1", "123456789012345678", "2592000000", "2592000001",
      "-1", "1e400", "12345.6789012345", "12345.67890123456", "3600.001", "01", "9e15",
      "8999999999999999", "\"\\ud800\"", "\"a\\u0000b\"", "[[\"a\"],[1]]", "[[\"a\"],[]]",
    ].map { Array($0.utf8) }
    let keys = [
      "schema", "ms", "limit_s", "seed", "first_key_ms", "finished", "stopped_ms", "buyer_end",
      "text", "role", "mode", "players", "messages", "started_at", "score", "session_id", "name",
      "arrival_ms", "buyer", "addons", "product", "said", "shift", "scenario", "path", "grade",
    ].map { Array("\"\($0)\"".utf8) }
    let original = Array(Self.record.utf8)
    let places = keys.map { key in original.indices.filter { original[$0...].starts(with: key) } }
    var compared = 0
    var read = 0
    for round in 0..<600 {
      var b = original
      switch round % 5 {
      case 0, 1, 2:  // a field's value replaced
        let k = rng.below(keys.count)
        let key = keys[k]
        let starts = places[k]
        guard let at = starts.isEmpty ? nil : starts[rng.below(starts.count)] else { continue }
        var i = at + key.count
        while i < b.count, b[i] == 0x20 || b[i] == 0x3A { i += 1 }
        var j = i
        var depth = 0
        var inString = false
        while j < b.count {
          let c = b[j]
          if inString {
            if c == 0x5C { j += 1 } else if c == 0x22 { inString = false }
          } else if c == 0x22 {
            inString = true
          } else if c == 0x5B || c == 0x7B {
            depth += 1
          } else if c == 0x5D || c == 0x7D {
            if depth == 0 { break }
            depth -= 1
          } else if c == 0x2C && depth == 0 {
            break
          }
          j += 1
        }
        b.replaceSubrange(i..<j, with: values[rng.below(values.count)])
      case 3:  // cut short
        b = Array(b[..<rng.below(b.count)])
      default:  // a byte changed
        let pieces = Array(",:[]{}\" \\0-.eEtn".utf8)
        b[rng.below(b.count)] = pieces[rng.below(pieces.count)]
      }
      let text = String(decoding: b, as: UTF8.self)
      guard Array(text.utf8) == b else { continue }
      let (fast, slow) = bothWays(text)
      XCTAssertEqual(fast, slow, text)
      compared += 1
      if fast.hasPrefix("SessionRecord(") { read += 1 }
    }
    XCTAssertGreaterThan(compared, 500)
    XCTAssertGreaterThan(read, 50, "many mutations still read")
  }
}
