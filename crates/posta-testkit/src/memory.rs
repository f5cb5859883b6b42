//! This process's memory, for the benchmarks.

/// A figure from `/proc/self/status` (`"VmRSS:"`, `"VmHWM:"` for the
/// peak), in MB; NaN where there is no such file.
pub fn status_mb(field: &str) -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}
