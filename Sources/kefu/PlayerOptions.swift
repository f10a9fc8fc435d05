import Foundation
import KefuRecords
import KefuRubric

/// `--name NAME --id 学号 --class 班级` with defaults from `KEFU_NAME`, `KEFU_ID`, `KEFU_CLASS`, and
/// the records folder from `--records` / `KEFU_RECORDS` / `records`, so a lab machine or a shared
/// folder can be preset once.
struct PlayerOptions {
  var name: String
  var id: String
  var className: String
  var recordsDirectory: String

  init(_ args: Arguments, environment: [String: String]) {
    name = RecordPlayer.normalize(args.value("--name") ?? environment["KEFU_NAME"] ?? "")
    id = RecordPlayer.normalize(args.value("--id") ?? environment["KEFU_ID"] ?? "")
    className = RecordPlayer.normalize(args.value("--class") ?? environment["KEFU_CLASS"] ?? "")
    let records = args.value("--records") ?? environment["KEFU_RECORDS"] ?? ""
    recordsDirectory = records.isEmpty ? "records" : records
  }

  func player(role: ChatRole) -> RecordPlayer {
    RecordPlayer(name: name, id: id, className: className, role: role)
  }
}
