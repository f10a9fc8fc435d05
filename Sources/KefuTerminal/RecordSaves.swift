/// A record written after every turn. A failed save (a full disk, a folder gone) does not end
/// play: the student is told once, play goes on, and the next change tries again.
struct RecordSaves {
  /// Why the last save failed, nil when it succeeded.
  private(set) var failure: String?

  /// Runs `write`; returns the notice to show when it fails after a save that did not
  /// (「记录无法保存（…），」 + `goingOn`), nil otherwise.
  mutating func attempt(_ write: () throws -> Void, goingOn: String) -> String? {
    do {
      try write()
      failure = nil
      return nil
    } catch {
      defer { failure = "\(error)" }
      return failure == nil ? "记录无法保存（\(error)），\(goingOn)" : nil
    }
  }
}
