import LossKit

/// The catalogues the typed answers are judged against: every loss, asked for its value, a term and a gradient.
let catalogues: [MistakeCatalogue] = Loss.all.flatMap { loss in
    [MistakeCatalogue.Quantity.loss, .term(element: 1), .gradient(element: 2)].map {
        MistakeCatalogue(spec: LossSpec(loss: loss), x: [1, 0, 1], prediction: [0.9, 0.2, 0.6], quantity: $0)
    }
}

/// Typed answers: a read answer is finite and quoted printably, feedback on it is printable, and an
/// error quotes nothing raw.
func fuzz(_ bytes: [UInt8]) {
    let answer: AnswerExpression
    do {
        answer = try AnswerExpression(String(decoding: bytes, as: UTF8.self))
    } catch {
        requirePrintable(error.description, "an answer error")
        return
    }
    require(answer.value.isFinite, "\(answer.text.debugDescription) read as \(answer.value)")
    requirePrintable(answer.quoted(), "a quoted answer")
    requirePrintable(answer.quoted(.ascii), "a quoted answer in ASCII")
    for note in answer.notes { requirePrintable(note, "an answer's note") }
    for catalogue in catalogues {
        if let feedback = catalogue.feedback(for: answer, tolerance: 5e-3) { requirePrintable(feedback.text, "feedback") }
    }
}
