import Foundation
import KefuText

/// What `kefu join` keeps so that running the same command again takes the seat back: the
/// token the host's welcome gave this computer, in a small hidden file in the records folder,
/// `.kefu-join-HOST-PORT.seat`. Without it a restarted `kefu join` is a stranger to the host.
/// Removed when the session ends.
public struct NetSeatFile: Equatable {
  /// The join code the token belongs to: another code is another session.
  public var code: String
  public var token: String

  public init(code: String, token: String) {
    self.code = code
    self.token = token
  }

  /// Where `kefu join HOST:PORT` keeps it. Characters a file name should not carry (a host
  /// written as `../x`) become `_`.
  public static func path(directory: String, host: String, port: Int) -> String {
    let safe = String(
      String.UnicodeScalarView(
        host.unicodeScalars.prefix(100).map {
          $0.isASCII
            && ($0.properties.isAlphabetic || $0.properties.numericType != nil
              || $0 == "." || $0 == "-")
            ? $0 : "_"
        }))
    return directory + "/.kefu-join-\(safe)-\(port).seat"
  }

  public func save(to path: String) throws {
    let text = JSONValue.object([("code", .string(code)), ("token", .string(token))]).text
    try AtomicFile.write(text + "\n", to: path, ownerOnly: true)
  }

  /// The token kept for `code`, nil when there is none, it belongs to another code, or the
  /// file is not one kefu wrote (the folder may be shared).
  public static func token(at path: String, code: String) -> String? {
    guard let bytes = try? TextFile.readBytes(path, limit: 4096),
      let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: []),
      let root = object as? [String: Any], root["code"] as? String == code,
      let token = root["token"] as? String, (1...64).contains(token.utf8.count),
      token.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
    else { return nil }
    return token
  }
}
