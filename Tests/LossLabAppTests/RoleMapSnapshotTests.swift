import LossKit
import TestSupport
import Testing
@testable import LossLabApp

/// What each cell of a screen means (its role and emphasis), compared with the role maps in `Snapshots/`.
///
/// The text snapshots show the graphemes; these show that the title bar, the selected row, the
/// key bar and the chart's series keep their roles.
@Suite struct RoleMapSnapshotTests {
    @Test(arguments: [("lab-mse", ""), ("lab-step-midway", "<Space><Space>")])
    func labAt80x24(name: String, keys: String) throws {
        var state = AppState(width: 80, height: 24, lessons: FixtureLessons.lessons, page: .lab,
                             lab: LabState(input: LabState.exampleInput, losses: [.mse]))
        LossLabApp.run(&state, try KeyNotation.parse(keys))
        let mismatch = Snapshot.mismatch(RoleMap.text(of: LossLabApp.render(state)), named: "\(name)-80x24-roles")
        #expect(mismatch == nil, "\(mismatch ?? "")")
    }
}
