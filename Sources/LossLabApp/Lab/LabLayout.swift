import CellGrid

/// Where each part of the Lab goes inside the body of the screen.
///
/// Stacked below 120 columns (text on top, chart and bars below), side by side from 120 on.
public struct LabLayout: Sendable, Equatable {
    /// The x and x̂ fields and the loss / convention line.
    public var inputs: Rect
    /// The input error, or a hint.
    public var status: Rect
    /// The formula of each shown loss.
    public var formula: Rect
    /// The step table: a header row, then the element rows.
    public var table: Rect
    /// The sum and the division by n.
    public var totals: Rect
    /// The current step with its numbers substituted.
    public var step: Rect
    /// The loss (or gradient) chart.
    public var chart: Rect
    /// The per-element contribution bars.
    public var bars: Rect

    /// The width from which the chart moves beside the text.
    public static let sideBySideWidth = 120

    /// The layout in `body` for `losses` shown losses, `elements` table rows, and the rows the wrapped
    /// texts need: `stepRows` of step text, `statusRows` of status (an error or a note), `totalsRows` of totals.
    ///
    /// The table takes the rows it needs and the totals and step follow right after it. Stacked, the
    /// chart keeps at least `minimumChartRows` (a third of the room when the table is long) and takes
    /// whatever a short table leaves; the table keeps one row (the chosen element, the one being
    /// summed in step mode). When even that leaves the chart too little, the formulas go (the step
    /// text spells them out), then the row of choices under the fields, then the status line unless `keepsStatus` (an error must stay in view).
    public init(body: Rect, losses: Int, elements: Int, stepRows: Int, statusRows: Int = 1,
                totalsRows: Int = 2, keepsStatus: Bool = false) {
        let wide = body.width >= Self.sideBySideWidth
        var text = body
        var graphics = body
        var formulaRows = losses
        var inputRows = 3
        var statusRows = statusRows
        if wide {
            (text, graphics) = body.splitLeft(Self.textWidth(in: body), gap: 1)
        } else {
            // Inputs, hint, formulas, the table's header and one row, totals, step.
            func room() -> Int { body.height - (inputRows + statusRows + formulaRows + 2 + totalsRows + stepRows) }
            if room() < Self.minimumChartRows { formulaRows = 0 }
            if room() < Self.minimumChartRows { inputRows = 2 }
            if room() < Self.minimumChartRows && !keepsStatus { statusRows = 0 }
            let extra = min(max(0, elements - 1), max(0, room() - max(Self.minimumChartRows, room() / 3)))
            (text, graphics) = body.splitBottom(max(0, room() - extra))
        }
        (inputs, text) = text.splitTop(inputRows)
        (status, text) = text.splitTop(statusRows)
        (formula, text) = text.splitTop(formulaRows)
        let tableHeight = min(max(2, text.height - totalsRows - stepRows), 1 + elements)
        (table, text) = text.splitTop(tableHeight)
        (totals, text) = text.splitTop(totalsRows)
        (step, _) = text.splitTop(stepRows)
        if wide {
            (chart, bars) = graphics.splitTop(graphics.height * 3 / 5)
        } else {
            (chart, bars) = graphics.splitLeft(graphics.width * 3 / 5, gap: 1)
        }
    }

    /// The width of the text column in `body`: all of it when stacked, a little over half side by side.
    public static func textWidth(in body: Rect) -> Int {
        body.width >= sideBySideWidth ? body.width * 11 / 20 : body.width
    }

    /// The fewest rows the stacked chart gets: its title, plot (four rows, with the 0 label and the
    /// marker), axis, tick labels and read-out, the axis titles left out (see `LineChart`).
    public static let minimumChartRows = 8

    /// How many element rows the table shows.
    public var tableRows: Int { max(0, table.height - 1) }
}
