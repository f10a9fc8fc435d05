import Foundation
import KefuEngine
import KefuRecords
import KefuRubric
import KefuScenario

/// Keeps a session's record on disk: rewritten atomically after every turn, so a crash, Ctrl-C
/// or a closed terminal loses at most the line being typed.
final class SessionRecorder {
  let store: RecordStore
  let session: Session
  private(set) var record: SessionRecord
  private(set) var path: String?
  /// In a shift: what the record adds (updated by the shift before each save).
  var shift: RecordShift?

  init(store: RecordStore, session: Session, mode: SessionMode, players: [RecordPlayer]) {
    self.store = store
    self.session = session
    let started = RecordTime(date: Date())
    record = SessionRecord(
      sessionID: SessionRecord.makeSessionID(startedAt: started),
      scenario: RecordScenario(playing: session.scenario),
      rubricVersion: session.grade().rubricVersion, seed: session.seed, mode: mode,
      players: players, startedAt: started, limitSeconds: session.limitSeconds)
  }

  /// A recorder whose record header was decided elsewhere: in net play the host picks the
  /// session id and start time, and both computers write the same record.
  init(store: RecordStore, session: Session, record: SessionRecord) {
    self.store = store
    self.session = session
    self.record = record
  }

  /// Writes the session as it stands now.
  func save() throws {
    record.messages = session.messages
    record.finished = session.isOver && session.outcome != .unfinished
    record.buyerEnd = session.endReason == .buyer ? (session.outcome == .deal ? .deal : .lost) : nil
    record.ending = record.finished ? (session.outcome == .deal ? .deal : .lost) : nil
    record.stoppedMs = session.stoppedMilliseconds
    record.shift = shift
    record.grade = session.grade().json
    path = try store.save(record)
  }
}
