import LossKit

/// A Lab field's text and the numbers it stands for, so an unchanged field is never read twice.
///
/// The numbers are what the text was read as (typed numbers, or a data file for `@FILE`), or the
/// exact values the Lab wrote into the field itself: a field shows converted logits at 6 significant
/// digits, yet the Lab goes on computing with the exact values until that field is edited.
struct FieldReading: Sendable, Equatable {
    var text: String
    var values: [Double]
    /// The image's rows and columns when the field names an image file (PGM, or a `.npy` array of 2 or more dimensions).
    var shape: ImageShape?
    /// How a data file's numbers were normalised; nil for typed numbers.
    var normalisation: Normalisation?

    /// The reading of `text` for `vector`: `previous` again if the text is the same, else the text
    /// read as the command line reads an argument (numbers, or `@FILE` for a data file, divided by `scale` when given).
    static func read(_ text: String, for vector: Vector, reusing previous: FieldReading, scale: Double?) throws(InputError) -> FieldReading {
        if previous.text == text { return previous }
        let argument = text.drop { $0 == " " }
        let read = try VectorArgument.read(String(argument), for: vector, scale: scale)
        return FieldReading(text: text, values: read.values, shape: read.shape, normalisation: read.normalisation)
    }
}
