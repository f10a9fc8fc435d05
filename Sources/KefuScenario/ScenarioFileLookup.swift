import Foundation
import KefuText

/// "Did you mean" for a scenario path that names no file: the `.kefu` file in the same folder
/// whose name is nearest to what was typed (the extension left off, only the start of the name,
/// or a typo or two).
public enum ScenarioFileLookup {
  /// The path of the nearest scenario file, written the way `path` was (same folder prefix), or
  /// nil when nothing is close.
  public static func nearest(to path: String) -> String? {
    let url = URL(fileURLWithPath: path)
    let typed = url.lastPathComponent
    let folderPrefix = path.hasSuffix(typed) ? String(path.dropLast(typed.count)) : ""
    let folder = url.deletingLastPathComponent().path
    guard
      let names = try? FileManager.default.contentsOfDirectory(atPath: folder)
        .filter(isOffered).sorted(),
      !names.isEmpty
    else { return nil }
    let stem = typed.hasSuffix(".kefu") ? String(typed.dropLast(5)) : typed
    let stems = names.map { String($0.dropLast(5)) }
    if let exact = stems.firstIndex(of: stem) { return folderPrefix + names[exact] }
    // Only the start of the name (`07`, `01-starter`): when exactly one file starts so.
    let starting = stems.indices.filter { !stem.isEmpty && stems[$0].hasPrefix(stem) }
    if starting.count == 1 { return folderPrefix + names[starting[0]] }
    if let guess = Suggestion.closest(
      to: stem, in: stems, maxDistance: max(2, stem.count / 3))
    {
      return folderPrefix + guess + ".kefu"
    }
    return nil
  }

  /// A scenario file to offer: not hidden, and a name kefu can open (one that is not UTF-8, a
  /// GBK name, is listed with U+FFFD and would be offered back unopenable).
  static func isOffered(_ name: String) -> Bool {
    name.hasSuffix(".kefu") && !name.hasPrefix(".") && !TextFileError.isUndecoded(name)
  }

  /// A few scenario files of a folder, for the hint when a folder was given instead of a file.
  public static func examples(in folder: String, limit: Int = 3) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
      return []
    }
    let prefix = folder.hasSuffix("/") ? folder : folder + "/"
    return names.filter(isOffered).sorted().prefix(limit)
      .map { prefix + $0 }
  }
}
