/// Time spent in each stage of `run`, summed over the documents (`run --stage-times`, for
/// `make bench`). With `--jobs 1` the stages of one document never overlap.
struct StageTimes: Sendable {
  var ingest: Duration = .zero
  var referencesAndCitations: Duration = .zero
  var entitiesAndClaims: Duration = .zero
  var export: Duration = .zero
  var writing: Duration = .zero

  static func += (total: inout StageTimes, other: StageTimes) {
    total.ingest += other.ingest
    total.referencesAndCitations += other.referencesAndCitations
    total.entitiesAndClaims += other.entitiesAndClaims
    total.export += other.export
    total.writing += other.writing
  }

  /// Runs `work`, adding how long it took to `total`.
  static func timed<T, Failure: Error>(
    _ total: inout Duration, _ work: () throws(Failure) -> T
  ) throws(Failure) -> T {
    let start = ContinuousClock.now
    defer { total += ContinuousClock.now - start }
    return try work()
  }

  /// One line, seconds per stage: `stage seconds: ingest=0.412 references=0.120 …`.
  var line: String {
    let fields: [(String, Duration)] = [
      ("ingest", ingest), ("references", referencesAndCitations),
      ("entities", entitiesAndClaims), ("export", export), ("write", writing),
    ]
    return "stage seconds: " + fields.map { name, duration in
      let seconds = Double(duration.components.seconds)
        + Double(duration.components.attoseconds) / 1e18
      return "\(name)=\((seconds * 1000).rounded() / 1000)"
    }.joined(separator: " ")
  }
}
