import CellGrid
import LossKit

/// Horizontal bars, one per element, showing which elements carry the loss.
///
/// Each row reads `  3 │████▌      0.640 (72%)`; the selected row starts with a pointer (▶ or >), and an
/// infinite value fills its bar and ends in an arrow.
public struct BarChart: Sendable {
    /// One bar: a label such as the element's index, and its value (0 or more).
    public struct Bar: Sendable, Hashable {
        public var label: String
        public var value: Double

        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The line above the bars.
    public var title: String
    public var bars: [Bar]
    /// The bar to highlight and keep in view, such as the Lab's chosen element.
    public var selected: Int?
    public var colour: StyleRole

    public init(title: String, bars: [Bar], selected: Int? = nil, colour: StyleRole = .chartBlue) {
        self.title = title
        self.bars = bars
        self.selected = selected
        self.colour = colour
    }

    /// Per-element contributions of an evaluated loss: labelled by index, valued by each term's loss.
    public init(_ evaluation: Evaluation, notation: Notation, selected: Int? = nil) {
        let loss = evaluation.spec.loss
        self.init(title: "\(loss.shortName) per element: which \(notation.xhat)\(notation.subI) carry the loss",
                  bars: evaluation.terms.map { Bar(label: String($0.index), value: $0.loss) },
                  selected: selected, colour: loss.colour)
    }
}
