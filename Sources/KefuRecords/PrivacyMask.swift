import Foundation

/// Masks real customers' phone numbers and addresses in everything kefu prints from a chat log
/// or record (grade cards, JSON, the class report), unless `--no-mask`. Grading always sees the
/// unmasked text (order confirmation needs to know a phone number was given).
///
/// - Mobile numbers (11 digits from 13x–19x, optionally `+86`; spaces, dashes or dots between
///   groups; half- or full-width digits): `138****0000`.
/// - Landlines with an area code, with or without brackets or a separator: `0571-88886666`,
///   `(0571)88886666`, `（0571）8888-6666`, `057188886666`, `０５７１－８８８８６６６６`:
///   `0571-****6666`.
/// - Addresses: a run of text with a province or city (…省, …市, …自治区/州) followed by detail
///   (区、县、镇、路、街、号、栋、室、村…) keeps the province and city and masks the rest:
///   `浙江省杭州市西湖区文三路90号` → `浙江省杭州市****`. Detail with house numbers but no city
///   (`文三路90号3幢` ) is masked whole: `****`.
public enum PrivacyMask {
  public static func mask(_ text: String) -> String {
    guard
      text.unicodeScalars.contains(where: { $0.properties.numericType != nil || $0.value > 0x2E80 })
    else { return text }
    return maskAddresses(maskPhones(text))
  }

  // MARK: phones

  // ICU's \d is any decimal digit, full-width ０–９ included.
  private static let mobile = try! NSRegularExpression(
    pattern: #"(?<!\d)(?:[+＋]?(?:86|８６)[\s\-－.．]?)?[1１][3-9３-９]\d(?:[\s\-－.．]?\d){8}(?!\d)"#)
  private static let landline = try! NSRegularExpression(
    pattern:
      #"(?<!\d)(?:[(（][0０]\d{2,3}[)）][\s\-－]?|[0０]\d{2,3}[\s\-－.．]?)\d{3,4}[\-－.．]?\d{4}(?!\d)"#)

  static func maskPhones(_ text: String) -> String {
    var result = text
    for (regex, isMobile) in [(mobile, true), (landline, false)] {
      let ns = result as NSString
      let matches = regex.matches(in: result, range: NSRange(location: 0, length: ns.length))
      guard !matches.isEmpty else { continue }
      var out = ""
      var last = 0
      for m in matches {
        out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
        let found = ns.substring(with: m.range)
        let digits = found.unicodeScalars.compactMap { s -> Character? in
          if let v = s.properties.numericType != nil ? Int(s.properties.numericValue ?? -1) : nil,
            v >= 0 && v <= 9
          {
            return Character(String(v))
          }
          return nil
        }
        if isMobile {
          let national = Array(digits.suffix(11))
          out += String(national.prefix(3)) + "****" + String(national.suffix(4))
        } else {
          // The area code is what stands before the bracket or separator, else all but the
          // local number's 8 (or 7) digits.
          let text = Array(found)
          let areaLength =
            text.firstIndex { ")）-－.． ".contains($0) }.map { i in
              text[..<i].filter { $0.isNumber }.count
            } ?? max(3, min(4, digits.count - 7))
          out += String(digits.prefix(areaLength)) + "-****" + String(digits.suffix(4))
        }
        last = m.range.location + m.range.length
      }
      out += ns.substring(from: last)
      result = out
    }
    return result
  }

  // MARK: addresses

  static let cityMarks: [String] = ["特别行政区", "自治区", "自治州", "省", "市", "盟", "地区"]
  static let detailMarks: [Character] = [
    "区", "县", "旗", "镇", "乡", "路", "街", "道", "巷", "弄", "号", "栋", "幢", "座", "室", "村", "楼",
  ]
  static let numberedMarks: [Character] = ["号", "栋", "幢", "室", "弄", "楼", "单", "层"]

  static func maskAddresses(_ text: String) -> String {
    var out = ""
    var run = ""
    func flush() {
      out += maskedRun(run)
      run = ""
    }
    for ch in text {
      if isAddressCharacter(ch) {
        run.append(ch)
      } else {
        flush()
        out.append(ch)
      }
    }
    flush()
    return out
  }

  static func isAddressCharacter(_ ch: Character) -> Bool {
    guard let s = ch.unicodeScalars.first else { return false }
    let v = s.value
    return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19)
      || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) || ch == "-" || ch == "#" || ch == "－"
      || ch == "＃"
  }

  /// A run of address-like characters: masked when it is an address.
  static func maskedRun(_ run: String) -> String {
    guard run.count >= 6 else { return run }
    let chars = Array(run)
    // The province/city part: city marks up to the first piece of detail (so a later 超市 or
    // 城市花园 never uncovers the street).
    var marks: [Range<Int>] = []
    for mark in cityMarks {
      var search = run.startIndex
      while let r = run.range(of: mark, range: search..<run.endIndex) {
        let start = run.distance(from: run.startIndex, to: r.lowerBound)
        marks.append(start..<(start + mark.count))
        search = r.upperBound
      }
    }
    let firstDetail =
      chars.indices.first { i in
        i >= 2 && detailMarks.contains(chars[i]) && !marks.contains { $0.contains(i) }
      } ?? chars.count
    var keepEnd = 0
    for m in marks where m.lowerBound >= 2 && m.upperBound <= firstDetail {
      keepEnd = max(keepEnd, m.upperBound)
    }
    if keepEnd >= chars.count { keepEnd = 0 }
    let hasNumberedDetail = chars.indices.contains { i in
      chars[i].isNumber && i + 1 < chars.count && numberedMarks.contains(chars[i + 1])
    }
    if keepEnd > 0 {
      let rest = chars[keepEnd...]
      let detail = rest.filter { detailMarks.contains($0) }.count
      guard detail >= 2 || hasNumberedDetail else { return run }
      return String(chars[..<keepEnd]) + "****"
    }
    // No city: a street with a house number is still an address.
    let street = chars.contains { "路街巷弄村".contains($0) }
    if street && hasNumberedDetail { return "****" }
    return run
  }
}
