// Writes Sources/KefuRubric/Matching/EmbeddedWords.swift from Sources/KefuRubric/Words/*.words,
// so the single binary carries the rubric's words. Run it from the package root after changing
// a words file:
//
//     swift Tools/embed-words/main.swift
//
// It reads only the files (no rubric is built), so it also works while the Swift code already
// names a family that the embedded copy does not hold yet. With `--print` it writes the file's
// text to standard output instead: `EmbeddedWordsTests` runs it so and fails when the embedded
// copy differs (one generator for both).
import Foundation

let sources = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
  .appendingPathComponent("Sources/KefuRubric")
let folder = sources.appendingPathComponent("Words")
let target = sources.appendingPathComponent("Matching/EmbeddedWords.swift")
do {
  let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    .filter { $0.hasSuffix(".words") }.sorted()
  var out = """
    // swift-format-ignore-file
    // Generated from Sources/KefuRubric/Words/*.words — do not edit by hand. After changing a words
    // file run: swift Tools/embed-words/main.swift

    /// The words files, embedded so the single binary needs nothing beside it.
    enum EmbeddedWords {
      static let files: [(rule: String, text: String)] = [

    """
  for name in names {
    let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    if text.contains("\"\"\"#") {
      FileHandle.standardError.write(Data("\(name): 不能含有 \"\"\"#\n".utf8))
      exit(1)
    }
    out += "    (\n      \"\(name.dropLast(6))\",\n      #\"\"\"\n\(text)\n\"\"\"#\n    ),\n"
  }
  out += "  ]\n}\n"
  if CommandLine.arguments.dropFirst().contains("--print") {
    FileHandle.standardOutput.write(Data(out.utf8))
  } else {
    try out.write(to: target, atomically: true, encoding: .utf8)
    print("wrote \(target.path) (\(names.count) words files)")
  }
} catch {
  FileHandle.standardError.write(Data("\(error)\n".utf8))
  exit(1)
}
