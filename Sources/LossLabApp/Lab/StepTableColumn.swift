import CellGrid
import LossKit

/// One column of the Lab's step table: its header, width, and how to compute a row's cell.
///
/// The columns of a loss are a view of its own term columns (`LossSpec.columns`), the same list
/// `explain` prints and JSON writes.
struct StepTableColumn {
    var header: String
    var width: Int
    /// Columns with a lower priority are left out first when the table is too narrow.
    var priority: Int
    /// True for the columns that show the term's parts (hidden until the step is revealed).
    var isComputed: Bool
    var cell: (_ row: StepTableRow) -> String

    /// The columns for the Lab's losses, the most important kept when `width` is too small for all.
    ///
    /// One loss shows every quantity of its term; several show each one's loss side by side. A
    /// column is widened to fit its header and the cells of `rows` (the visible ones) with room
    /// before each, so neighbouring numbers (such as "1 − 1e-6" or "−0.002477") never touch.
    static func columns(for lab: LabState, notation s: Notation, width: Int, rows: [StepTableRow]) -> [StepTableColumn] {
        func num(_ v: Double) -> String { s.reading(v) }
        var all: [StepTableColumn] = [
            .init(header: "i", width: 6, priority: 9, isComputed: false) { String($0.index + 1) },
            .init(header: s.x("i"), width: 8, priority: 8, isComputed: false) { num($0.x) },
        ]
        if lab.logits {
            all.append(.init(header: s.z("i"), width: 8, priority: 8, isComputed: false) { num($0.terms[0].logit ?? 0) })
            all.append(.init(header: "\(s.sigma)(\(s.z("i")))", width: 8, priority: 6, isComputed: true) { num($0.terms[0].xhat) })
        } else {
            all.append(.init(header: s.xhat("i"), width: 8, priority: 8, isComputed: false) { num($0.terms[0].xhat) })
        }
        let losses = lab.losses
        if losses.count == 1 {
            let termColumns = lab.data.spec(losses[0]).columns(s)
            for (k, column) in termColumns.enumerated() where column.inTables {
                all.append(.init(header: column.symbol, width: 10, priority: column.priority, isComputed: true) { num($0.terms[0].parts[k]) })
            }
            if !termColumns.contains(where: \.isLoss) {
                all.append(.init(header: "loss" + s.subI, width: 10, priority: 7, isComputed: true) { num($0.terms[0].loss) })
            }
        } else {
            for (k, loss) in losses.enumerated() {
                all.append(.init(header: "\(loss.shortName) term", width: 10, priority: 7, isComputed: true) { num($0.terms[k].loss) })
            }
        }
        // ∂L/∂x̂ᵢ of the whole loss under the Lab's n and reduction, as `explain` prints it; the first
        // column a narrow table leaves out.
        let variable = lab.logits ? s.z("i") : s.xhat("i")
        for (k, loss) in losses.enumerated() {
            let header = (losses.count > 1 ? "\(loss.shortName) " : "") + s.partial("L", by: variable)
            all.append(.init(header: header, width: 10, priority: 2, isComputed: true) { num($0.terms[k].gradient) })
        }
        for k in all.indices {
            let widest = rows.map { all[k].cell($0).displayWidth }.max() ?? 0
            all[k].width = max(all[k].width, all[k].header.displayWidth + 2, widest + 2)
        }
        while all.reduce(0, { $0 + $1.width }) > width, let drop = all.indices.min(by: { all[$0].priority < all[$1].priority }) {
            all.remove(at: drop)
        }
        return all
    }
}

/// The numbers of one visible table row, computed only when the row is drawn.
struct StepTableRow {
    var index: Int
    var x: Double
    /// The element's term under each shown loss, in the Lab's order.
    var terms: [ElementTerm]
}
