import CellGrid
import LessonKit

extension SpanRole {
    /// The screen role a lesson span is drawn in.
    var styleRole: StyleRole {
        switch self {
        case .body: .normal
        case .title, .heading: .heading
        case .strong, .value, .bullet: .strong
        case .emphasis, .link: .emphasis
        case .code: .code
        case .formula: .formula
        case .quote, .tableBorder, .rule: .dim
        case .tableHeader: .tableHeader
        }
    }
}
