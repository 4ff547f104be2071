import LossKit

/// One column of the Lab's step table: its header, width, and how to compute a row's cell.
struct StepTableColumn {
    var header: String
    var width: Int
    /// Columns with a lower priority are left out first when the table is too narrow.
    var priority: Int
    /// True for the columns that show the term's parts (hidden until the step is revealed).
    var isComputed: Bool
    var cell: (_ row: StepTableRow) -> String

    /// The columns for the shown losses, most important kept when `width` is too small for all.
    static func columns(for losses: LabLosses, notation s: Notation, width: Int) -> [StepTableColumn] {
        func num(_ v: Double) -> String { s.number(v) }
        var all: [StepTableColumn] = [
            .init(header: "i", width: 6, priority: 9, isComputed: false) { String($0.index + 1) },
            .init(header: s.x("i"), width: 8, priority: 8, isComputed: false) { num($0.x) },
            .init(header: s.xhat("i"), width: 8, priority: 8, isComputed: false) { num($0.xhat) },
        ]
        let xi = s.x("i"), hi = s.xhat("i")
        switch losses {
        case .mse:
            all += [
                .init(header: "\(xi) \(s.minus) \(hi)", width: 11, priority: 5, isComputed: true) { num($0.x - $0.xhat) },
                .init(header: "(\(xi) \(s.minus) \(hi))\(s.squared)", width: 12, priority: 7, isComputed: true) { num($0.loss(.mse)) },
            ]
        case .bce:
            func part(_ row: StepTableRow, _ pick: (TermParts) -> Double?) -> String {
                pick(row.parts(.bce)).map(num) ?? ""
            }
            all += [
                .init(header: "log \(hi)", width: 10, priority: 3, isComputed: true) { row in
                    part(row) { if case let .crossEntropy(_, l, _, _, _) = $0 { l } else { nil } }
                },
                .init(header: "\(xi) log \(hi)", width: 12, priority: 5, isComputed: true) { row in
                    part(row) { if case let .crossEntropy(_, _, v, _, _) = $0 { v } else { nil } }
                },
                .init(header: "log(1\(s.minus)\(hi))", width: 12, priority: 3, isComputed: true) { row in
                    part(row) { if case let .crossEntropy(_, _, _, l, _) = $0 { l } else { nil } }
                },
                .init(header: "(1\(s.minus)\(xi))log(1\(s.minus)\(hi))", width: 17, priority: 5, isComputed: true) { row in
                    part(row) { if case let .crossEntropy(_, _, _, _, v) = $0 { v } else { nil } }
                },
                .init(header: "term", width: 10, priority: 7, isComputed: true) { num($0.loss(.bce)) },
            ]
        case .both:
            all += [
                .init(header: "\(xi) \(s.minus) \(hi)", width: 11, priority: 5, isComputed: true) { num($0.x - $0.xhat) },
                .init(header: "MSE term", width: 11, priority: 7, isComputed: true) { num($0.loss(.mse)) },
                .init(header: "BCE term", width: 11, priority: 7, isComputed: true) { num($0.loss(.bce)) },
            ]
        }
        for k in all.indices { all[k].width = max(all[k].width, all[k].header.displayWidth + 2) }
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
    var xhat: Double
    var convention: Convention

    /// The parts of the term of `kind` for this row.
    func parts(_ kind: LossKind) -> TermParts { kind.term(x: x, xhat: xhat, convention: convention).parts }

    /// The element's loss of `kind`.
    func loss(_ kind: LossKind) -> Double { kind.elementLoss(x: x, xhat: xhat, convention: convention) }
}
