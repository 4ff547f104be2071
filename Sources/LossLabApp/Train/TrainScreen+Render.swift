import CellGrid
import LessonKit
import LossKit
import LossPlot
import TrainingKit

extension TrainScreen {
    /// Draws the settings above, the loss curves at the left, and at the right the test images, each
    /// network's reconstructions and the chosen image's loss per pixel.
    func render(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        var row = 0
        if presenting {
            let readout = readout(width: rect.width - 2, context)
            readout.big.draw(into: &screen, x: rect.x + 2, y: rect.y, rows: readout.big.height, ascii: context.ascii)
            row = readout.big.height
            for line in TextWrap.lines(readout.note, width: rect.width - 2) {
                screen.put(line, in: rect, row: row, column: 2, role: .dim)
                row += 1
            }
        }
        // A room sees the big read-out first; on a short screen the settings give way to the pictures.
        let header = headerText(context, settings: !presenting || rect.height >= Self.presentingSettingsHeight)
        if presenting && !header.isEmpty { row += 1 }
        for item in header {
            for line in TextWrap.lines(item.text, width: rect.width - 2) where row < rect.height - 8 {
                screen.put(line, in: rect, row: row, column: 1, role: item.role)
                row += 1
            }
        }
        let body = rect.splitTop(row + 1).rest
        let chartWidth = body.width >= 100 ? body.width * 11 / 20 : body.width / 2
        let (left, right) = body.splitLeft(chartWidth, gap: 2)
        if let geometry = imageGeometry(right, context) {
            chart(context).render(into: &screen, in: left, mode: context.options.canvas)
            renderImages(into: &screen, rect: right, geometry: geometry, context)
        } else {
            // No room for the pictures: the chart takes the width, and a line says how to see them.
            let (chartRect, line) = body.splitBottom(1)
            chart(context).render(into: &screen, in: chartRect, mode: context.options.canvas)
            let note = TextWrap.shortened("The images need more room: enlarge the terminal.", width: line.width - 1)
            screen.put(note, in: line, row: 0, column: 1, role: .dim)
        }
    }

    /// The room's read-out: each network's latest test loss, under the loss it trains with, in big
    /// digits, and a line that says what they are.
    func readout(width: Int, _ context: ScreenContext) -> (big: BigReadout, note: String) {
        let notation = context.options.notation
        let items = runs.map { run in
            let loss = run.settings.objective.loss
            let value = run.history.last!.test[Loss.all.firstIndex(of: loss)!]
            return BigReadout.Item(name: race ? "\(loss.shortName) net" : "test \(loss.shortName) =", value: notation.reading(value),
                                   role: loss.colour)
        }
        let epoch = runs.map { $0.history.last!.epoch }.min()!
        let note = race ? "Test loss of each network under the loss it trains with, epoch \(epoch)"
            : "Loss on the test images after epoch \(epoch)"
        return (BigReadout(items: items, width: width), context.ascii ? ASCIIText.transliterate(note) : note)
    }

    /// The body height from which a presenting screen still shows the task and the settings.
    static let presentingSettingsHeight = 36

    /// The lines above the run: the lesson's task and the settings (when `settings` is true), and a
    /// divergence if there was one.
    private func headerText(_ context: ScreenContext, settings shown: Bool) -> [(text: String, role: StyleRole)] {
        var items: [(String, StyleRole)] = []
        if shown { items += settingsText(context) }
        if runs.contains(where: \.diverged) {
            items.append(("Training diverged (the outputs became infinite or NaN); the network went back to its last good epoch. "
                + "Try a smaller learning rate (-).", .error))
        }
        return items.map { (context.ascii ? ASCIIText.transliterate($0.0) : $0.0, $0.1) }
    }

    /// The lesson's task and the settings of the run.
    private func settingsText(_ context: ScreenContext) -> [(text: String, role: StyleRole)] {
        var items: [(String, StyleRole)] = []
        if let caption { items.append(("Task: " + caption, .emphasis)) }
        let s = settings
        let losses = race ? Loss.race.map(\.shortName).joined(separator: " vs ") : s.objective.loss.shortName
        let shape = context.ascii ? "\(data.test.shape.rows)x\(data.test.shape.columns)" : "\(data.test.shape)"
        let dot = context.ascii ? " - " : " · "
        items.append(([
            "\(data.name): \(data.train.count) train, \(data.test.count) test images of \(shape)",
            "network \(runs[0].trainer.network.shapeDescription)",
            "loss \(losses)",
            "\(s.optimizer.rawValue) \(context.options.notation == .ascii ? "lr" : "η") = \(Notation.unicode.number(s.effectiveLearningRate))",
            "batch \(s.batchSize)",
            "seed \(s.seed)",
        ].joined(separator: dot), .normal))
        return items
    }

    /// The loss curves: train and test under the training loss, or in race mode each network's test
    /// loss under each racing loss.
    func chart(_ context: ScreenContext) -> LineChart {
        let notation = context.options.notation
        let epochs = runs.map { $0.history.map { Double($0.epoch) } }
        var series: [Series] = []
        let title: String
        if race {
            for (run, x) in zip(runs, epochs) {
                for loss in Loss.race {
                    let k = Loss.all.firstIndex(of: loss)!
                    series.append(Series(name: "\(run.settings.objective.loss.shortName)/\(loss.shortName)",
                                         x: x, y: run.history.map { $0.test[k] }))
                }
            }
            title = "Test loss: trained with / scored with"
        } else {
            let loss = settings.objective.loss
            let k = Loss.all.firstIndex(of: loss)!
            let last = runs[0].history.last!
            series = [Series(name: "train", x: epochs[0], y: runs[0].history.map { $0.train[k] }),
                      Series(name: "test", x: epochs[0], y: runs[0].history.map { $0.test[k] })]
            title = "\(loss.shortName) after epoch \(last.epoch): train \(notation.reading(last.train[k])), test \(notation.reading(last.test[k]))"
        }
        let lastEpoch = runs.map { $0.history.last!.epoch }.max() ?? 0
        return LineChart(title: title, xTitle: "epoch", yTitle: "loss", xRange: 0...Double(max(1, lastEpoch)),
                         series: series, yScale: logY ? .logarithmic : .linear)
    }

    /// The strips of test images and reconstructions, a mark under the chosen one, then its loss per pixel.
    /// The size of each picture in `rect`: room for the loss map below when the pictures still fit,
    /// else the pictures alone; nil when not even they fit.
    private func imageGeometry(_ rect: Rect, _ context: ScreenContext) -> HeatMapGeometry? {
        let strips = 1 + runs.count
        return [min(rect.height / 3, 8), 0].lazy.compactMap { mapRoom -> HeatMapGeometry? in
            let budget = (rect.height - mapRoom - 1 - strips) / strips
            guard budget > 0 else { return nil }
            return HeatMapGeometry.fitting(self.data.test.shape, width: rect.width, height: budget, colour: context.options.colour,
                                           mode: context.options.canvas)
        }.first
    }

    private func renderImages(into screen: inout CellBuffer, rect: Rect, geometry: HeatMapGeometry, _ context: ScreenContext) {
        let mode = context.options.canvas
        let shape = data.test.shape
        let shown = max(1, min(data.test.count, (rect.width + 1) / (geometry.width + 1)))
        let first = min(max(0, selected - shown / 2), data.test.count - shown)
        let xhat = context.options.notation.xhat
        var row = 0
        let labels = ["x: test images \(first + 1) to \(first + shown) of \(data.test.count)"]
            + runs.map { "\(xhat): the \($0.settings.objective.loss.shortName) network" }
        for (strip, label) in labels.enumerated() {
            screen.put(TextWrap.shortened(label, width: rect.width), in: rect, row: row, role: .strong)
            row += 1
            for k in 0..<shown {
                let index = first + k
                let values = strip == 0 ? Array(data.test.image(index)) : runs[strip - 1].reconstruction(of: index, in: data)
                let map = HeatMap(title: "", values: values, shape: shape, scale: .image(0...1))
                map.renderPicture(into: &screen, in: Rect(x: rect.x + k * (geometry.width + 1), y: rect.y + row,
                                                          width: geometry.width, height: geometry.height),
                                  geometry: geometry, mode: mode)
            }
            row += geometry.height
        }
        let mark = (context.ascii ? "^ " : "▲ ") + "image \(selected + 1)"
        let markX = min((selected - first) * (geometry.width + 1), max(0, rect.width - mark.displayWidth))
        screen.put(mark, in: rect, row: row, column: markX, role: .chartYellow)
        row += 2
        renderLossMaps(into: &screen, rect: rect.splitTop(row).rest, context)
    }

    /// The chosen image's loss per pixel under each network's own loss, side by side, where they fit.
    private func renderLossMaps(into screen: inout CellBuffer, rect: Rect, _ context: ScreenContext) {
        guard rect.height > 2 else { return }
        let x = Array(data.test.image(selected))
        let width = (rect.width - 2 * (runs.count - 1)) / runs.count
        for (k, run) in runs.enumerated() {
            let loss = run.settings.objective.loss
            let evaluation = Evaluation(spec: LossSpec(loss: loss, convention: run.settings.objective.convention),
                                        x: x, xhat: run.reconstruction(of: selected, in: data))
            let title = "\(loss.shortName) per pixel, image \(selected + 1): mean \(context.options.notation.reading(evaluation.value))"
            let map = HeatMap(title: context.ascii ? ASCIIText.transliterate(title) : title, values: evaluation.terms.map(\.loss),
                              shape: data.test.shape)
            // A map that would not fit even averaged is left out: the strips above already show the image.
            let titleRows = TextWrap.lines(map.title, width: width).count
            guard map.layout(width: width, height: rect.height - titleRows, colour: context.options.colour,
                             mode: context.options.canvas) != nil else { continue }
            map.render(into: &screen, in: Rect(x: rect.x + k * (width + 2), y: rect.y, width: width, height: rect.height),
                       mode: context.options.canvas, colour: context.options.colour)
        }
    }
}
