import ArgumentParser
import LessonKit
import LossKit
import LossLabApp

/// The options that say how the app draws, shared by the app, `lab` and `screen`.
struct DisplayArguments: ParsableArguments {
    @Flag(help: "Draw with ASCII only (xhat, sum, ASCII charts); also chosen when the locale is not UTF-8.")
    var ascii = false

    @Flag(name: .customLong("no-color"), help: "Draw without colour (bold and reverse only); NO_COLOR does the same.")
    var noColor = false

    @Option(help: "Read the lessons from this folder instead of the built-in ones.")
    var lessons: String?

    /// The lessons to show: the built-in ones, or those of `--lessons`, refused with every problem listed.
    func lessonList() throws -> [Lesson] {
        guard let lessons else { return LessonLibrary.bundled.lessons }
        let library: LessonLibrary
        do { library = try LessonLibrary.load(folder: lessons) } catch { throw CommandFailure("--lessons: \(error)") }
        guard library.diagnostics.isEmpty else {
            throw CommandFailure("--lessons: the folder has problems (see `losslab lessons check \(lessons)`):\n"
                + library.diagnostics.map { "\($0)" }.joined(separator: "\n"))
        }
        return library.lessons
    }
}

/// The Lab's starting values, shared by `lab` and `screen`.
struct LabArguments: ParsableArguments {
    @Option(help: ArgumentHelp("The losses the Lab shows: \(LossList.choices).", valueName: "losses"))
    var loss: String?

    @Option(name: .customLong("x"), parsing: .unconditional, help: "The original values x, such as 1,0,1, or @FILE: a text list, @x.npy (@x.npy[i] for image i), @data.csv:COLUMN or a PGM image.")
    var x: String?

    @Option(name: .customLong("xhat"), parsing: .unconditional, help: "The reconstruction x̂, as many values as x (or @FILE); logits z with --logits.")
    var xhat: String?

    @OptionGroup var computation: ComputationArguments

    @Option(help: "Read the vectors as an image of ROWSxCOLUMNS pixels, such as 5x5, and draw the loss per pixel (PGM files give their own).",
            transform: ImageShape.argument)
    var shape: ImageShape?

    /// Whether any Lab value was given, so the app should open in the Lab.
    var isGiven: Bool { loss != nil || x != nil || xhat != nil }

    /// The Lab these arguments describe, validated like `losslab explain` (x and x̂ must come together).
    func labState(notation: Notation) throws -> LabState {
        let losses = try loss.map(LossList.argument) ?? [Loss.initial]
        let c = computation
        func lab(_ input: LossInput, x: (String, DataRead)? = nil, xhat: (String, DataRead)? = nil) -> LabState {
            var lab = LabState(input: input, x: x, xhat: xhat, losses: losses, convention: c.convention, reduction: c.reduction,
                               precision: c.dtype, logits: c.logits)
            lab.scale = c.scale
            return lab
        }
        guard x != nil || xhat != nil else {
            guard c.logits else { return lab(LabState.exampleInput) }
            return lab(try! LossInput(x: LabState.exampleInput.x, xhat: LabState.exampleInput.xhat.map(Double.logit),
                                      losses: losses, logits: true))
        }
        guard let x, let xhat else {
            throw ValidationError("give both --x and --xhat (as many values each)")
        }
        let read: (input: LossInput, x: DataRead, xhat: DataRead)
        do {
            read = try VectorArgument.readBoth(x: x, xhat: xhat, losses: losses, logits: c.logits, scale: c.scale)
        } catch {
            throw CommandFailure(error.message(notation))
        }
        // A file's name stays in its field; typed numbers are shown as numbers.
        var lab = lab(read.input, x: x.hasPrefix("@") ? (x, read.x) : nil, xhat: xhat.hasPrefix("@") ? (xhat, read.xhat) : nil)
        lab.shape = shape ?? read.x.shape ?? read.xhat.shape
        if let shape = lab.shape, shape.count != read.input.x.count {
            throw CommandFailure("--shape \(shape) has \(shape.count) pixels but the vectors have \(read.input.x.count) values")
        }
        return lab
    }
}

extension ImageShape {
    /// Reads `--shape`, saying what is allowed when the text is not a usable shape.
    static func argument(_ text: String) throws -> ImageShape {
        guard let shape = ImageShape(text) else {
            throw ValidationError("write ROWSxCOLUMNS, both from 1 and at most "
                + "\(maximumCount) pixels in all, such as 28x28")
        }
        return shape
    }
}
