/// Text for kefu's HTML pages (the class report, the branch map).
public enum HTMLText {
  /// Text safe inside HTML and SVG elements and attribute values: the five markup characters
  /// as entities, and control characters (which have no place in XML text) as a space.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text.unicodeScalars {
      switch ch {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default:
        if ch.value < 0x20 && ch != "\t" { out += " " } else { out.unicodeScalars.append(ch) }
      }
    }
    return out
  }
}
